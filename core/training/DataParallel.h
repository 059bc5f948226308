#pragma once
#include <memory>

namespace torch::nn {
class Module;
}
namespace hiernet::distributed {
class Communicator;
class GradientReducer;
class RankStatistics;
} // namespace hiernet::distributed
namespace hiernet::models {
class SyncBatchNormGuard;
}

namespace hiernet::training {

class TrainingStep;

/// A training step joined to the other ranks of a data-parallel run, as DistributedDataParallel wraps a
/// module: after each backward the gradients are averaged over the ranks (bucketed, GradientReducer), and
/// with `syncBatchNorm` every batch norm normalises with the global batch's statistics (RankStatistics).
/// The one place the trainer and `hiernet bench train --nproc` attach a step; it lasts as long as the
/// step trains (the batch-norm synchronisation ends with it).
///
///     DataParallel parallel(*communicator, model.module(), step, config.syncBatchNorm);
///     step.run(x, y, lr);   // gradients averaged over the ranks before the update
class DataParallel {
public:
    DataParallel(distributed::Communicator& communicator, torch::nn::Module& module, TrainingStep& step, bool syncBatchNorm);
    ~DataParallel();
    DataParallel(const DataParallel&) = delete;
    DataParallel& operator=(const DataParallel&) = delete;

private:
    TrainingStep& m_step;
    std::unique_ptr<distributed::GradientReducer> m_reducer;
    std::unique_ptr<distributed::RankStatistics> m_statistics;
    std::unique_ptr<models::SyncBatchNormGuard> m_syncBatchNorm;
};

} // namespace hiernet::training

#pragma once
#include "models/BatchNorm.h"

namespace hiernet::distributed {

class Communicator;

/// Batch-norm statistics summed over the ranks of a run: what synchronised batch norm
/// (models::SyncBatchNormGuard) needs from the communicator.
class RankStatistics : public models::BatchStatisticsReducer {
public:
    explicit RankStatistics(Communicator& communicator);
    void sumOverReplicas(at::Tensor& statistics) override;

private:
    Communicator& m_communicator;
};

} // namespace hiernet::distributed

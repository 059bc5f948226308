#include "training/DataParallel.h"

#include "distributed/GradientReducer.h"
#include "distributed/RankStatistics.h"
#include "models/BatchNorm.h"
#include "training/TrainingStep.h"

#include <torch/nn/module.h>

namespace hiernet::training {

DataParallel::DataParallel(
    distributed::Communicator& communicator, torch::nn::Module& module, TrainingStep& step, bool syncBatchNorm)
    : m_step(step)
    , m_reducer(std::make_unique<distributed::GradientReducer>(communicator, module.parameters()))
{
    step.setAfterBackward([reducer = m_reducer.get()] { reducer->finishBackward(); });
    if (syncBatchNorm)
        m_statistics = std::make_unique<distributed::RankStatistics>(communicator);
    m_syncBatchNorm = std::make_unique<models::SyncBatchNormGuard>(m_statistics.get());
}

DataParallel::~DataParallel()
{
    m_step.setAfterBackward({}); // the step may outlive the reducer
}

} // namespace hiernet::training

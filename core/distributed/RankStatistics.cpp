#include "distributed/RankStatistics.h"

#include "distributed/Communicator.h"

namespace hiernet::distributed {

RankStatistics::RankStatistics(Communicator& communicator)
    : m_communicator(communicator)
{
}

void RankStatistics::sumOverReplicas(at::Tensor& statistics)
{
    m_communicator.allreduceSum(statistics, "synchronising batch-norm statistics");
}

} // namespace hiernet::distributed

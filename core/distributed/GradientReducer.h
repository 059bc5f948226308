#pragma once
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace hiernet::distributed {

class Communicator;

/// Averages the gradients of a model's parameters over all ranks, in buckets that start summing
/// while the backward pass still runs (as PyTorch's DistributedDataParallel): a hook on each
/// parameter copies its gradient into its bucket, and a full bucket goes to an asynchronous
/// all-reduce. Buckets start in one fixed order on every rank — a full bucket waits for the ones
/// before it — so the ranks' collectives always pair up. A parameter that got no gradient in a step
/// counts as zero (its bucket starts when the backward pass ends).
///
///     GradientReducer reducer(comm, parameters);
///     loss.backward();            // buckets start on the way
///     reducer.finishBackward();   // every .grad now holds the mean over the ranks
class GradientReducer {
public:
    static constexpr std::int64_t kDefaultBucketBytes = 25LL << 20; // DDP's default

    /// Buckets follow the parameters in reverse (the order backward produces their gradients).
    GradientReducer(
        Communicator& communicator, std::vector<at::Tensor> parameters, std::int64_t bucketBytes = kDefaultBucketBytes);
    ~GradientReducer();
    GradientReducer(const GradientReducer&) = delete;
    GradientReducer& operator=(const GradientReducer&) = delete;

    /// Starts the buckets the backward pass left, waits for all, writes the mean into each .grad.
    /// Throws hiernet::Error when another rank is gone.
    void finishBackward();

    std::size_t bucketCount() const { return m_buckets.size(); }

private:
    struct Bucket;
    void gradientReady(std::size_t parameter, const at::Tensor& gradient);
    void startReadyBuckets();

    Communicator& m_communicator;
    std::vector<at::Tensor> m_parameters;
    std::vector<unsigned> m_hooks;
    std::vector<std::size_t> m_bucketOf; ///< parameter → bucket
    std::vector<std::int64_t> m_offsetOf; ///< parameter → offset in its bucket
    std::vector<bool> m_arrived; ///< parameter → its gradient is in the bucket this step
    std::vector<std::unique_ptr<Bucket>> m_buckets;
    std::size_t m_nextToStart = 0;
    std::mutex m_mutex; ///< hooks run on autograd's threads
};

} // namespace hiernet::distributed

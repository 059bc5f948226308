#pragma once
#include <torch/nn/modules/batchnorm.h>

namespace hiernet::models {

/// Sums per-channel statistics over the replicas of a data-parallel run (the training code provides it).
class BatchStatisticsReducer {
public:
    virtual ~BatchStatisticsReducer() = default;
    /// In place, over all replicas; every replica calls it in the same order.
    virtual void sumOverReplicas(at::Tensor& statistics) = 0;
};

/// While alive on this thread, batch norms in training mode (batchNorm() below) normalise with the mean
/// and variance of the whole global batch, summed over the replicas through `reducer` — synchronised
/// batch norm, as torch.nn.SyncBatchNorm. The gradients then equal those of one process with the
/// global batch. Without it each replica normalises with its own share (as PyTorch DDP does).
class SyncBatchNormGuard {
public:
    explicit SyncBatchNormGuard(BatchStatisticsReducer* reducer);
    ~SyncBatchNormGuard();
    SyncBatchNormGuard(const SyncBatchNormGuard&) = delete;
    SyncBatchNormGuard& operator=(const SyncBatchNormGuard&) = delete;
    static BatchStatisticsReducer* active();

private:
    BatchStatisticsReducer* m_previous;
};

/// bn(x), or synchronised batch norm with bn's parameters and running statistics when a
/// SyncBatchNormGuard is active and bn is training.
torch::Tensor batchNorm(torch::nn::BatchNorm2d bn, const torch::Tensor& x);

/// Functional batch norm in training mode over all replicas of `reducer`: normalises x (N, C, H, W) with
/// the global batch's statistics and updates the running ones (unbiased variance, as torch's).
torch::Tensor syncBatchNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
    torch::Tensor runningMean, torch::Tensor runningVar, double momentum, double eps, BatchStatisticsReducer& reducer);

} // namespace hiernet::models

#include "models/BatchNorm.h"

#include <torch/torch.h>

namespace hiernet::models {
namespace {

thread_local BatchStatisticsReducer* activeReducer = nullptr;

using torch::autograd::AutogradContext;
using torch::autograd::variable_list;

/// Forward and backward each sum one small vector over the replicas: (Σx, Σx², count) per channel, then
/// (Σdy, Σdy·x̂). The weight's and bias's gradients stay local: the gradient averaging sums them.
struct SyncBatchNormFunction : torch::autograd::Function<SyncBatchNormFunction> {
    static torch::Tensor forward(AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& weight,
        const torch::Tensor& bias, torch::Tensor runningMean, torch::Tensor runningVar, double momentum, double eps,
        BatchStatisticsReducer* reducer)
    {
        const auto channels = x.size(1);
        const auto xf = x.to(torch::kFloat32);
        const std::vector<std::int64_t> dims { 0, 2, 3 };
        auto statistics = torch::cat({ xf.sum(dims, false, torch::kFloat64), xf.square().sum(dims, false, torch::kFloat64),
            torch::full({ 1 }, double(x.numel() / channels), xf.options().dtype(torch::kFloat64)) });
        reducer->sumOverReplicas(statistics);
        const double count = statistics[2 * channels].item<double>();
        const auto mean64 = statistics.narrow(0, 0, channels) / count;
        const auto var64 = (statistics.narrow(0, channels, channels) / count - mean64.square()).clamp_min(0);
        const auto mean = mean64.to(torch::kFloat32), var = var64.to(torch::kFloat32);
        const auto invstd = (var + eps).rsqrt();
        {
            torch::NoGradGuard noGrad;
            runningMean.mul_(1 - momentum).add_(mean.to(runningMean.dtype()), momentum);
            runningVar.mul_(1 - momentum).add_((var * (count / std::max(count - 1, 1.0))).to(runningVar.dtype()), momentum);
        }
        // The normalisation itself is the fused eval-mode kernel with the global statistics; x̂ is made
        // again in the backward pass rather than kept.
        ctx->save_for_backward({ x, weight, mean, invstd });
        // The reducer outlives the step (the trainer owns it); autograd's saved data holds plain values.
        ctx->saved_data["reducer"] = reinterpret_cast<std::int64_t>(reducer);
        ctx->saved_data["count"] = count;
        torch::NoGradGuard noGrad;
        return torch::batch_norm(
            x, weight, bias, mean, var, /*training=*/false, 0.0, eps, at::globalContext().userEnabledCuDNN());
    }

    static variable_list backward(AutogradContext* ctx, variable_list gradOutputs)
    {
        const auto saved = ctx->get_saved_variables();
        const auto& x = saved[0];
        const auto& weight = saved[1];
        const auto& mean = saved[2];
        const auto& invstd = saved[3];
        auto* reducer = reinterpret_cast<BatchStatisticsReducer*>(ctx->saved_data["reducer"].toInt());
        const double count = ctx->saved_data["count"].toDouble();
        const auto dtype = x.scalar_type();
        const auto channels = x.size(1);
        const std::vector<std::int64_t> dims { 0, 2, 3 };
        const auto shape = std::vector<std::int64_t> { 1, channels, 1, 1 };
        const auto xhat = (x.to(torch::kFloat32) - mean.view(shape)) * invstd.view(shape);
        const auto dy = gradOutputs[0].to(torch::kFloat32);
        const auto sumDy = dy.sum(dims);
        const auto sumDyXhat = (dy * xhat).sum(dims);
        auto global = torch::cat({ sumDy, sumDyXhat });
        reducer->sumOverReplicas(global);
        const auto meanDy = global.narrow(0, 0, channels) / count;
        const auto meanDyXhat = global.narrow(0, channels, channels) / count;
        const auto dx = (dy - meanDy.view(shape) - xhat * meanDyXhat.view(shape)) * (weight * invstd).view(shape);
        return { dx.to(dtype), sumDyXhat, sumDy, {}, {}, {}, {}, {} };
    }
};

} // namespace

SyncBatchNormGuard::SyncBatchNormGuard(BatchStatisticsReducer* reducer)
    : m_previous(activeReducer)
{
    activeReducer = reducer;
}

SyncBatchNormGuard::~SyncBatchNormGuard()
{
    activeReducer = m_previous;
}

BatchStatisticsReducer* SyncBatchNormGuard::active()
{
    return activeReducer;
}

torch::Tensor syncBatchNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
    torch::Tensor runningMean, torch::Tensor runningVar, double momentum, double eps, BatchStatisticsReducer& reducer)
{
    return SyncBatchNormFunction::apply(x, weight, bias, runningMean, runningVar, momentum, eps, &reducer);
}

torch::Tensor batchNorm(torch::nn::BatchNorm2d bn, const torch::Tensor& x)
{
    auto* reducer = activeReducer;
    if (!reducer || !bn->is_training())
        return bn(x);
    {
        torch::NoGradGuard noGrad;
        bn->num_batches_tracked.add_(1);
    }
    return syncBatchNorm(x, bn->weight, bn->bias, bn->running_mean, bn->running_var, bn->options.momentum().value_or(0.1),
        bn->options.eps(), *reducer);
}

} // namespace hiernet::models

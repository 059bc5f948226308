#include "models/FusedSiblings.h"

#include "models/BatchNorm.h"

#include <torch/torch.h>

namespace hiernet::models {

namespace {

template <typename Module, typename Get>
torch::Tensor stacked(const std::vector<Module>& modules, Get get)
{
    std::vector<torch::Tensor> parts;
    parts.reserve(modules.size());
    for (const auto& m : modules)
        parts.push_back(get(m));
    return torch::cat(parts, 0);
}

/// Batch norm of G siblings over their stacked channels; in training the running statistics go back
/// into each sibling's module, as its own forward would have left them.
torch::Tensor batchNormStacked(const std::vector<torch::nn::BatchNorm2d>& norms, const torch::Tensor& x)
{
    const auto& first = norms.front();
    const bool training = first->is_training();
    auto mean = stacked(norms, [](const auto& bn) { return bn->running_mean; });
    auto var = stacked(norms, [](const auto& bn) { return bn->running_var; });
    const auto weight = stacked(norms, [](const auto& bn) { return bn->weight; });
    const auto bias = stacked(norms, [](const auto& bn) { return bn->bias; });
    const double momentum = first->options.momentum().value_or(0.1);
    auto* replicas = SyncBatchNormGuard::active();
    const auto y = training && replicas ? syncBatchNorm(x, weight, bias, mean, var, momentum, first->options.eps(), *replicas)
                                        : torch::batch_norm(x, weight, bias, mean, var, training, momentum, first->options.eps(),
                                                            at::globalContext().userEnabledCuDNN());
    if (training) {
        torch::NoGradGuard noGrad;
        const auto channels = first->running_mean.size(0);
        for (std::size_t g = 0; g < norms.size(); ++g) {
            norms[g]->running_mean.copy_(mean.narrow(0, std::int64_t(g) * channels, channels));
            norms[g]->running_var.copy_(var.narrow(0, std::int64_t(g) * channels, channels));
            norms[g]->num_batches_tracked.add_(1);
        }
    }
    return y;
}

torch::Tensor convStacked(const std::vector<torch::nn::Conv2d>& convs, const torch::Tensor& x)
{
    const auto& options = convs.front()->options;
    const auto weight = stacked(convs, [](const auto& c) { return c->weight; });
    // Every convolution of these networks pads kernel / 2 (models::conv).
    const std::int64_t padding = weight.size(2) / 2;
    return torch::conv2d(x, weight, {}, options.stride(), {padding, padding}, options.dilation(), std::int64_t(convs.size()));
}

/// One residual block (ResidualBlockImpl::forward) for G siblings at once on N×(G·C)×H×W.
torch::Tensor residualStacked(const std::vector<ResidualBlock>& blocks, const torch::Tensor& x)
{
    auto pick = [&](auto member) {
        std::vector<std::decay_t<decltype((*blocks.front()).*member)>> out;
        for (const auto& b : blocks)
            out.push_back((*b).*member);
        return out;
    };
    const auto kind = blocks.front()->kind;
    auto y = convStacked(pick(&ResidualBlockImpl::conv1), x);
    y = kind == BlockKind::ResNet ? torch::relu(batchNormStacked(pick(&ResidualBlockImpl::bn1), y)) : torch::elu(y);
    y = batchNormStacked(pick(&ResidualBlockImpl::bn2), convStacked(pick(&ResidualBlockImpl::conv2), y));
    const auto shortcut = blocks.front()->projectionConv
                              ? batchNormStacked(pick(&ResidualBlockImpl::projectionBn), convStacked(pick(&ResidualBlockImpl::projectionConv), x))
                              : x;
    y = y + shortcut;
    return kind == BlockKind::ResNet ? torch::relu(y) : y;
}

/// A sibling block list (edge or classifier blocks), block by block, for all siblings at once.
torch::Tensor blocksStacked(std::vector<TreeNode>& siblings, torch::nn::ModuleList TreeNodeImpl::*list, const torch::Tensor& input)
{
    auto x = input;
    const std::size_t count = ((*siblings.front()).*list)->size();
    for (std::size_t i = 0; i < count; ++i) {
        std::vector<ResidualBlock> blocks;
        for (auto& s : siblings)
            blocks.emplace_back(((*s).*list)->ptr<ResidualBlockImpl>(i));
        x = residualStacked(blocks, x);
    }
    return x;
}

} // namespace

bool sameStructure(const TreeNodeImpl& a, const TreeNodeImpl& b)
{
    return !a.stem && !b.stem && a.edgeFrom == b.edgeFrom && a.edgeTo == b.edgeTo && a.classifierFrom == b.classifierFrom &&
           a.classifierTo == b.classifierTo && a.head->eluBefore == b.head->eluBefore;
}

std::vector<std::pair<torch::Tensor, torch::Tensor>> runSiblingsFused(std::vector<TreeNode> siblings, const torch::Tensor& parentFeatures)
{
    const auto g = std::int64_t(siblings.size());
    std::vector<std::pair<torch::Tensor, torch::Tensor>> out;
    if (g == 1) {
        auto f = siblings.front()->edge(parentFeatures);
        out.emplace_back(f, siblings.front()->classify(f));
        return out;
    }
    // Every sibling reads the same features: G copies side by side along the channels.
    const auto edge = blocksStacked(siblings, &TreeNodeImpl::edgeBlocks, parentFeatures.repeat({1, g, 1, 1}));
    auto features = blocksStacked(siblings, &TreeNodeImpl::classifierBlocks, edge);
    if (siblings.front()->head->eluBefore) // the same for all: sameStructure
        features = torch::elu(features);
    const auto n = features.size(0), channels = features.size(1) / g;
    const auto pooled = features.mean({2, 3}).view({n, g, channels});
    // Heads of unequal size: weights padded with zero rows to the largest, outputs cut back per sibling.
    std::int64_t widest = 0;
    for (const auto& s : siblings)
        widest = std::max(widest, s->head->fc->weight.size(0));
    std::vector<torch::Tensor> weights, biases;
    for (const auto& s : siblings) {
        const auto& fc = s->head->fc;
        const auto missing = widest - fc->weight.size(0);
        weights.push_back(torch::constant_pad_nd(fc->weight, {0, 0, 0, missing}));
        biases.push_back(torch::constant_pad_nd(fc->bias, {0, missing}));
    }
    const auto logits = torch::einsum("ngc,gkc->ngk", {pooled, torch::stack(weights)}) + torch::stack(biases);
    const auto edgeChannels = edge.size(1) / g;
    for (std::int64_t i = 0; i < g; ++i)
        out.emplace_back(edge.narrow(1, i * edgeChannels, edgeChannels), logits.select(1, i).narrow(1, 0, siblings[std::size_t(i)]->head->fc->weight.size(0)));
    return out;
}

} // namespace hiernet::models

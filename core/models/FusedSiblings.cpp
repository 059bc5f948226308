#include "models/FusedSiblings.h"

#include "models/HierNet.h"

#include <torch/torch.h>

#include <limits>

namespace hiernet::models {
namespace {

/// Rows [g·rows, (g+1)·rows) of a stacked tensor: sibling g's part.
torch::Tensor sliceOf(const torch::Tensor& stacked, int g, std::int64_t rows)
{
    return stacked.narrow(0, std::int64_t(g) * rows, rows);
}

void bindConv(const torch::nn::Conv2d& stacked, torch::nn::Conv2d& one, int g, int siblings)
{
    if (!stacked)
        return;
    one->weight = sliceOf(stacked->weight, g, stacked->weight.size(0) / siblings);
}

/// The batch norm's affine parameters and running statistics as sibling g's slices. The batch counter is one
/// for the set: the first sibling counts on it, the others on their own (released, never read), so a step
/// counts once whether the siblings run together or one by one.
void bindBatchNorm(const torch::nn::BatchNorm2d& stacked, torch::nn::BatchNorm2d& one, int g, int siblings)
{
    if (!stacked)
        return;
    const auto channels = stacked->weight.size(0) / siblings;
    one->weight = sliceOf(stacked->weight, g, channels);
    one->bias = sliceOf(stacked->bias, g, channels);
    one->running_mean = sliceOf(stacked->running_mean, g, channels);
    one->running_var = sliceOf(stacked->running_var, g, channels);
    if (g == 0)
        one->num_batches_tracked = stacked->num_batches_tracked;
}

void bindBlock(const ResidualBlockImpl& stacked, ResidualBlockImpl& one, int g, int siblings)
{
    bindConv(stacked.conv1, one.conv1, g, siblings);
    bindConv(stacked.conv2, one.conv2, g, siblings);
    bindConv(stacked.projectionConv, one.projectionConv, g, siblings);
    bindBatchNorm(stacked.bn1, one.bn1, g, siblings);
    bindBatchNorm(stacked.bn2, one.bn2, g, siblings);
    bindBatchNorm(stacked.projectionBn, one.projectionBn, g, siblings);
}

/// A sibling's own registered tensors are never read (its members are bound to the set's slices): freed.
void releaseOwnTensors(torch::nn::Module& node)
{
    torch::NoGradGuard noGrad;
    for (auto& p : node.parameters())
        p.set_data(torch::empty({ 0 }, p.options()));
    for (auto& b : node.buffers())
        b.set_data(torch::empty({ 0 }, b.options()));
}

} // namespace

bool sameStructure(const TreeNodeImpl& a, const TreeNodeImpl& b)
{
    // Siblings with an empty edge would read their parent's features as their own: not stacked.
    return !a.stem && !b.stem && a.edgeFrom == b.edgeFrom && a.edgeTo == b.edgeTo && a.edgeTo > a.edgeFrom
        && a.classifierFrom == b.classifierFrom && a.classifierTo == b.classifierTo && a.head->eluBefore == b.head->eluBefore;
}

SiblingSetImpl::SiblingSetImpl(
    const BackboneSpec& spec, int edgeFrom, int edgeTo, int classifierBlockCount, std::vector<int> outputs, bool leaf)
    : eluBefore(leaf && spec.kind == BlockKind::EluResNet)
    , m_outputs(std::move(outputs))
    , m_released(m_outputs.size(), false)
{
    const int g = size();
    edgeBlocks = register_module("edge", torch::nn::ModuleList());
    for (int b = edgeFrom; b < edgeTo; ++b)
        edgeBlocks->push_back(
            ResidualBlock(spec.blockInChannels(b), spec.blockOutChannels(b), spec.blockStride(b), spec.kind, g, b == edgeFrom));
    classifierBlocks = register_module("classifier", torch::nn::ModuleList());
    const int classifierTo = edgeTo + classifierBlockCount;
    for (int b = edgeTo; b < classifierTo; ++b)
        classifierBlocks->push_back(
            ResidualBlock(spec.blockInChannels(b), spec.blockOutChannels(b), spec.blockStride(b), spec.kind, g));
    m_edgeChannels = spec.blockOutChannels(edgeTo - 1);
    const std::int64_t channels = spec.blockOutChannels(classifierTo - 1);
    m_widest = *std::max_element(m_outputs.begin(), m_outputs.end());
    headWeight = register_parameter("head_weight", torch::empty({ std::int64_t(g) * m_widest, channels }));
    headBias = register_parameter("head_bias", torch::zeros({ std::int64_t(g) * m_widest }));
    m_padding = torch::zeros({ g, m_widest }, torch::kBool);
    torch::NoGradGuard noGrad;
    // Each sibling's head as a dense head of its own would start (initializeLayers), the padding rows zero.
    const bool keras = spec.conventions.initialization == "keras";
    if (!keras)
        torch::nn::init::kaiming_normal_(headWeight, 0.0, torch::kFanIn, torch::kReLU);
    for (int s = 0; s < g; ++s) {
        const auto outputs = std::int64_t(m_outputs[std::size_t(s)]);
        if (keras)
            glorotUniform_(headWeight.narrow(0, s * m_widest, outputs));
        headWeight.narrow(0, s * m_widest + outputs, m_widest - outputs).zero_();
        m_padding[s].narrow(0, outputs, m_widest - outputs).fill_(true);
    }
}

SiblingSetImpl::Output SiblingSetImpl::forward(const torch::Tensor& parentFeatures)
{
    auto x = parentFeatures;
    for (const auto& block : *edgeBlocks)
        x = block->as<ResidualBlock>()->forward(x);
    Output out;
    out.edge = x;
    for (const auto& block : *classifierBlocks)
        x = block->as<ResidualBlock>()->forward(x);
    if (eluBefore)
        x = torch::elu(x);
    const std::int64_t n = x.size(0), g = size(), k = m_widest;
    // All heads at once: a grouped 1×1 convolution over the pooled features, one group per sibling (N×G×K).
    const auto pooled = x.mean({ 2, 3 }).view({ n, -1, 1, 1 });
    const auto logits = torch::conv2d(pooled, headWeight.view({ g * k, -1, 1, 1 }), headBias, at::IntArrayRef { 1 },
        at::IntArrayRef { 0 }, at::IntArrayRef { 1 }, g)
                            .view({ n, g, k });
    if (m_padding.device() != logits.device())
        m_padding = m_padding.to(logits.device()); // once: a copy per step would wait for the device
    out.logits = logits.masked_fill(m_padding, -std::numeric_limits<float>::infinity());
    return out;
}

void SiblingSetImpl::bind(int g, TreeNodeImpl& node)
{
    if (!m_released[std::size_t(g)]) {
        releaseOwnTensors(node);
        m_released[std::size_t(g)] = true;
    }
    node.train(is_training());
    for (std::size_t i = 0; i < edgeBlocks->size(); ++i)
        bindBlock(*edgeBlocks[i]->as<ResidualBlock>(), *node.edgeBlocks[i]->as<ResidualBlock>(), g, size());
    for (std::size_t i = 0; i < classifierBlocks->size(); ++i)
        bindBlock(*classifierBlocks[i]->as<ResidualBlock>(), *node.classifierBlocks[i]->as<ResidualBlock>(), g, size());
    node.head->fc->weight = headWeight.narrow(0, std::int64_t(g) * m_widest, m_outputs[std::size_t(g)]);
    node.head->fc->bias = headBias.narrow(0, std::int64_t(g) * m_widest, m_outputs[std::size_t(g)]);
}

std::vector<SavedSlice> SiblingSetImpl::savedSlices(int g, const std::string& ownPrefix, const std::string& nodePrefix) const
{
    std::vector<SavedSlice> out;
    const auto siblings = std::int64_t(size());
    auto add = [&](const std::string& saved, const std::string& own, const torch::Tensor& tensor) {
        if (tensor.dim() == 0) { // the batch counter: every sibling saves the set's
            out.push_back({ nodePrefix + saved, ownPrefix + own });
            return;
        }
        const auto rows = tensor.size(0) / siblings;
        out.push_back({ nodePrefix + saved, ownPrefix + own, g * rows, rows });
    };
    // Parameters then buffers, each in the order a TreeNode of one sibling lists its own.
    for (const auto& p : named_parameters()) {
        if (p.key() == "head_weight" || p.key() == "head_bias")
            continue;
        add(p.key(), p.key(), p.value());
    }
    out.push_back({ nodePrefix + "head.fc.weight", ownPrefix + "head_weight", g * m_widest, m_outputs[std::size_t(g)] });
    out.push_back({ nodePrefix + "head.fc.bias", ownPrefix + "head_bias", g * m_widest, m_outputs[std::size_t(g)] });
    for (const auto& b : named_buffers())
        add(b.key(), b.key(), b.value());
    return out;
}

} // namespace hiernet::models

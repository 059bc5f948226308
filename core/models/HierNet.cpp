#include "models/HierNet.h"

#include "models/FusedSiblings.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

namespace hiernet::models {
namespace {

int channelsAfter(const BackboneSpec& spec, int blocks)
{
    return blocks == 0 ? 16 : spec.blockOutChannels(blocks - 1);
}

// Copies parameters and buffers between two modules of the same structure.
void copyModule(const torch::nn::Module& from, torch::nn::Module& to)
{
    torch::NoGradGuard noGrad;
    const auto params = from.named_parameters();
    const auto buffers = from.named_buffers();
    for (auto& p : to.named_parameters())
        p.value().copy_(params[p.key()]);
    for (auto& b : to.named_buffers())
        b.value().copy_(buffers[b.key()]);
}

} // namespace

nlohmann::json TreeLayout::toJson() const
{
    return {{"split_points", splitPoints}, {"additional_blocks", additionalBlocks}};
}

TreeLayout TreeLayout::fromJson(const nlohmann::json& json)
{
    return {json.at("split_points").get<std::vector<int>>(), json.at("additional_blocks").get<std::vector<int>>()};
}

TreeLayout TreeLayout::paperDefaults(BlockKind kind, int n)
{
    // Table 1 (ResNet) and Table 2 (ELU-ResNet) for n = 3, 5, 7, 9, 18.
    const int ns[] = {3, 5, 7, 9, 18};
    const int resnetSplits[] = {5, 9, 12, 16, 38}, resnetExtra[] = {2, 3, 4, 5, 4};
    const int eluSplits[] = {6, 9, 15, 19, 38}, eluExtra[] = {2, 3, 2, 5, 4};
    for (int i = 0; i < 5; ++i)
        if (ns[i] == n)
            return kind == BlockKind::ResNet ? TreeLayout{{resnetSplits[i]}, {resnetExtra[i]}}
                                             : TreeLayout{{eluSplits[i]}, {eluExtra[i]}};
    // Smaller nets (not in the paper): split after the first stage, one additional block.
    return {{n}, {1}};
}

TreeNodeImpl::TreeNodeImpl(const BackboneSpec& spec, bool withStem, int edgeFrom_, int edgeTo_, int classifierBlockCount, int outputs, bool leaf)
    : edgeFrom(edgeFrom_)
    , edgeTo(edgeTo_)
    , classifierFrom(edgeTo_)
    , classifierTo(edgeTo_ + classifierBlockCount)
{
    if (withStem)
        stem = register_module("stem", Stem(spec.inChannels, spec.kind));
    edgeBlocks = register_module("edge", torch::nn::ModuleList());
    for (int b = edgeFrom; b < edgeTo; ++b)
        edgeBlocks->push_back(ResidualBlock(spec.blockInChannels(b), spec.blockOutChannels(b), spec.blockStride(b), spec.kind));
    classifierBlocks = register_module("classifier", torch::nn::ModuleList());
    for (int b = classifierFrom; b < classifierTo; ++b)
        classifierBlocks->push_back(ResidualBlock(spec.blockInChannels(b), spec.blockOutChannels(b), spec.blockStride(b), spec.kind));
    head = register_module("head", ClassifierHead(channelsAfter(spec, classifierTo), outputs, spec.kind, leaf && spec.kind == BlockKind::EluResNet));
}

torch::Tensor TreeNodeImpl::edge(const torch::Tensor& input)
{
    auto x = stem ? stem(input) : input;
    for (const auto& block : *edgeBlocks)
        x = block->as<ResidualBlock>()->forward(x);
    return x;
}

torch::Tensor TreeNodeImpl::classify(const torch::Tensor& features)
{
    auto x = features;
    for (const auto& block : *classifierBlocks)
        x = block->as<ResidualBlock>()->forward(x);
    return head(x);
}

void validateLayout(const BackboneSpec& spec, const grouping::Hierarchy& hierarchy, const TreeLayout& layout)
{
    spec.validate();
    hierarchy.validate();
    if (int(hierarchy.classNames().size()) != spec.numClasses)
        throw Error("the hierarchy has " + std::to_string(hierarchy.classNames().size()) + " classes but the backbone "
                    + std::to_string(spec.numClasses));
    const auto& sp = layout.splitPoints;
    const auto& extra = layout.additionalBlocks;
    const int blocks = spec.blockCount();
    for (std::size_t d = 0; d < sp.size(); ++d) {
        if (sp[d] < 0 || sp[d] > blocks)
            throw Error("split point " + std::to_string(sp[d]) + " is outside the backbone (" + spec.name() + " has blocks 0…"
                        + std::to_string(blocks - 1) + "; a split point is a block boundary 0…" + std::to_string(blocks) + ")");
        if (d > 0 && sp[d] <= sp[d - 1])
            throw Error("split points must increase (level " + std::to_string(d + 1) + ": " + std::to_string(sp[d]) + " after "
                        + std::to_string(sp[d - 1]) + ")");
    }
    if (extra.size() > sp.size())
        throw Error("additional blocks are given for " + std::to_string(extra.size()) + " levels but split points for "
                    + std::to_string(sp.size()));
    int deepestGroupOfGroups = -1;
    for (int h = 0; h < int(hierarchy.nodes().size()); ++h)
        if (!hierarchy.node(h).isClass() && !hierarchy.isLeafGroup(h))
            deepestGroupOfGroups = std::max(deepestGroupOfGroups, hierarchy.depthOf(h));
    if (int(sp.size()) != deepestGroupOfGroups + 1)
        throw Error("the hierarchy needs " + std::to_string(deepestGroupOfGroups + 1) + " split point(s), one per level of groups, but "
                    + std::to_string(sp.size()) + " were given");
    for (std::size_t d = 0; d < extra.size(); ++d) {
        if (extra[d] < 0)
            throw Error("additional blocks cannot be negative");
        if (sp[d] + extra[d] > blocks)
            throw Error("level " + std::to_string(d + 1) + ": " + std::to_string(extra[d]) + " additional block(s) after split point "
                        + std::to_string(sp[d]) + " would need blocks up to " + std::to_string(sp[d] + extra[d] - 1) + ", but "
                        + spec.name() + " ends at block " + std::to_string(blocks - 1));
    }
}

HierNetImpl::HierNetImpl(const BackboneSpec& spec, const grouping::Hierarchy& hierarchy, const TreeLayout& layout)
    : m_spec(spec)
    , m_hierarchy(hierarchy)
    , m_layout(layout)
{
    validateLayout(spec, hierarchy, layout);
    for (int h = 0; h < int(hierarchy.nodes().size()); ++h)
        if (!hierarchy.node(h).isClass())
            m_nodeIds.push_back(h);
    const int count = int(m_nodeIds.size());
    m_children.resize(std::size_t(count));
    m_leafClasses.resize(std::size_t(count));
    auto nodes = register_module("nodes", torch::nn::ModuleList());
    const auto& sp = layout.splitPoints;
    for (int t = 0; t < count; ++t) {
        const int h = m_nodeIds[std::size_t(t)];
        const auto& hn = hierarchy.node(h);
        const int depth = hierarchy.depthOf(h);
        const int from = depth == 0 ? 0 : sp[std::size_t(depth - 1)];
        const bool leafGroup = hierarchy.isLeafGroup(h);
        for (int c : hn.children) {
            if (leafGroup)
                m_leafClasses[std::size_t(t)].push_back(hierarchy.node(c).classId);
            else
                m_children[std::size_t(t)].push_back(treeNodeOf(c));
        }
        const int to = leafGroup ? spec.blockCount() : sp[std::size_t(depth)];
        const int extra = leafGroup ? 0 : (std::size_t(depth) < layout.additionalBlocks.size() ? layout.additionalBlocks[std::size_t(depth)] : 0);
        TreeNode node(spec, depth == 0, from, to, extra, int(hn.children.size()), leafGroup);
        nodes->push_back(node);
        m_nodes.push_back(node);
        if (leafGroup)
            m_maxGroupSize = std::max(m_maxGroupSize, int(hn.children.size()));
    }
    std::vector<std::int64_t> order;
    for (int t = 0; t < count; ++t)
        for (int c : m_leafClasses[std::size_t(t)])
            order.push_back(c);
    m_leafOrderToClass = torch::tensor(order, torch::kInt64);
    m_classToLeafOrder = torch::empty_like(m_leafOrderToClass);
    m_classToLeafOrder.index_put_({m_leafOrderToClass}, torch::arange(std::int64_t(order.size()), torch::kInt64));
    initializeHeNormal(*this);
}

int HierNetImpl::treeNodeOf(int hierarchyNode) const
{
    for (std::size_t t = 0; t < m_nodeIds.size(); ++t)
        if (m_nodeIds[t] == hierarchyNode)
            return int(t);
    throw Error("hierarchy node " + std::to_string(hierarchyNode) + " is not a group");
}

std::vector<std::pair<int, int>> HierNetImpl::truePath(int classId) const
{
    std::vector<std::pair<int, int>> path;
    const auto hierarchyPath = m_hierarchy.pathToClass(classId);
    for (std::size_t i = 0; i < hierarchyPath.size(); ++i) {
        const int t = treeNodeOf(hierarchyPath[i]);
        const int next = i + 1 < hierarchyPath.size() ? hierarchyPath[i + 1] : m_hierarchy.classNode(classId);
        const auto& children = m_hierarchy.node(hierarchyPath[i]).children;
        path.emplace_back(t, int(std::find(children.begin(), children.end(), next) - children.begin()));
    }
    return path;
}

HierNetImpl::Output HierNetImpl::forwardAll(const torch::Tensor& x)
{
    const int count = nodeCount();
    std::vector<torch::Tensor> features(static_cast<std::size_t>(count)), logits(static_cast<std::size_t>(count)),
        pathLogProb(static_cast<std::size_t>(count));
    Output out;
    out.nodeLogProbs.resize(std::size_t(count));
    std::vector<torch::Tensor> leafOutputs;
    pathLogProb[0] = torch::zeros({x.size(0), 1}, x.options());
    features[0] = m_nodes[0]->edge(x);
    logits[0] = m_nodes[0]->classify(features[0]);
    // Tree nodes are in depth-first order: a parent (and with it its children's edges) comes first.
    for (int t = 0; t < count; ++t) {
        const auto logp = torch::log_softmax(logits[std::size_t(t)], 1);
        out.nodeLogProbs[std::size_t(t)] = logp;
        const auto& children = m_children[std::size_t(t)];
        runChildren(t, features[std::size_t(t)], features, logits);
        for (std::size_t c = 0; c < children.size(); ++c)
            pathLogProb[std::size_t(children[c])] = pathLogProb[std::size_t(t)] + logp.slice(1, std::int64_t(c), std::int64_t(c) + 1);
        if (isLeafGroup(t))
            leafOutputs.push_back(logp + pathLogProb[std::size_t(t)]);
        features[std::size_t(t)] = torch::Tensor(); // the children have what they need
        logits[std::size_t(t)] = torch::Tensor();
    }
    // Kept on the input's device after the first call: a host-to-device copy per step would make every
    // step wait for the GPU, and could not be captured in a CUDA graph.
    if (m_classToLeafOrder.device() != x.device())
        m_classToLeafOrder = m_classToLeafOrder.to(x.device());
    out.logConditional = torch::cat(leafOutputs, 1).index_select(1, m_classToLeafOrder);
    return out;
}

void HierNetImpl::runChildren(int t, const torch::Tensor& parentFeatures, std::vector<torch::Tensor>& features, std::vector<torch::Tensor>& logits)
{
    const auto& children = m_children[std::size_t(t)];
    std::vector<bool> done(children.size(), false);
    for (std::size_t i = 0; i < children.size(); ++i) {
        if (done[i])
            continue;
        // The siblings that can run with child i: all of them when fused, else i alone.
        std::vector<int> set{children[i]};
        for (std::size_t j = i + 1; m_fusedSiblings && j < children.size(); ++j)
            if (!done[j] && sameStructure(*m_nodes[std::size_t(children[i])], *m_nodes[std::size_t(children[j])])) {
                set.push_back(children[j]);
                done[j] = true;
            }
        if (set.size() == 1) {
            auto& node = m_nodes[std::size_t(set[0])];
            features[std::size_t(set[0])] = node->edge(parentFeatures);
            logits[std::size_t(set[0])] = node->classify(features[std::size_t(set[0])]);
            continue;
        }
        std::vector<TreeNode> siblings;
        for (int c : set)
            siblings.push_back(m_nodes[std::size_t(c)]);
        const auto results = runSiblingsFused(siblings, parentFeatures);
        for (std::size_t k = 0; k < set.size(); ++k) {
            features[std::size_t(set[k])] = results[k].first;
            logits[std::size_t(set[k])] = results[k].second;
        }
    }
}

HierNetImpl::Route HierNetImpl::route(const torch::Tensor& x)
{
    const auto n = x.size(0);
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
    Route out;
    out.predictions = torch::full({n}, -1, longOptions);
    out.leafGroup = torch::full({n}, -1, longOptions);
    out.leafLogProbs = torch::full({n, std::int64_t(m_maxGroupSize)}, -std::numeric_limits<float>::infinity(), x.options());
    routeRecursive(0, x, torch::arange(n, longOptions), out);
    return out;
}

void HierNetImpl::routeRecursive(int t, const torch::Tensor& input, const torch::Tensor& index, Route& out)
{
    if (index.numel() == 0)
        return;
    const auto features = m_nodes[std::size_t(t)]->edge(input);
    const auto logits = m_nodes[std::size_t(t)]->classify(features);
    const auto choice = logits.argmax(1);
    if (isLeafGroup(t)) {
        const auto classes = torch::tensor(std::vector<std::int64_t>(m_leafClasses[std::size_t(t)].begin(), m_leafClasses[std::size_t(t)].end()),
                                           torch::kInt64).to(index.device());
        out.predictions.index_put_({index}, classes.index_select(0, choice));
        out.leafGroup.index_fill_(0, index, t);
        out.leafLogProbs.index_put_({index, torch::indexing::Slice(0, logits.size(1))}, torch::log_softmax(logits, 1).to(out.leafLogProbs.dtype()));
        return;
    }
    const auto& children = m_children[std::size_t(t)];
    for (std::size_t c = 0; c < children.size(); ++c) {
        const auto selected = (choice == std::int64_t(c)).nonzero().squeeze(1);
        if (selected.numel() > 0)
            routeRecursive(children[c], features.index_select(0, selected), index.index_select(0, selected), out);
    }
}

void HierNetImpl::transferFrom(BackboneImpl& backbone, bool seedLeafHeads)
{
    if (backbone.spec().kind != m_spec.kind || backbone.spec().n != m_spec.n || backbone.spec().inChannels != m_spec.inChannels)
        throw Error("transfer: the backbone is " + backbone.spec().name() + " but the HierNet is built on " + m_spec.name());
    torch::NoGradGuard noGrad;
    for (auto& node : m_nodes) {
        if (node->stem)
            copyModule(*backbone.stem, *node->stem);
        for (int b = node->edgeFrom; b < node->edgeTo; ++b)
            copyModule(*backbone.blocks[std::size_t(b)], *node->edgeBlocks[std::size_t(b - node->edgeFrom)]);
        for (int b = node->classifierFrom; b < node->classifierTo; ++b)
            copyModule(*backbone.blocks[std::size_t(b)], *node->classifierBlocks[std::size_t(b - node->classifierFrom)]);
    }
    if (!seedLeafHeads)
        return;
    if (backbone.spec().numClasses != m_spec.numClasses)
        throw Error("transfer: the backbone has " + std::to_string(backbone.spec().numClasses) + " outputs but the HierNet "
                    + std::to_string(m_spec.numClasses) + " classes");
    for (int t = 0; t < nodeCount(); ++t) {
        if (!isLeafGroup(t))
            continue;
        const auto rows = torch::tensor(std::vector<std::int64_t>(m_leafClasses[std::size_t(t)].begin(), m_leafClasses[std::size_t(t)].end()),
                                        torch::kInt64).to(backbone.head->fc->weight.device());
        m_nodes[std::size_t(t)]->head->fc->weight.copy_(backbone.head->fc->weight.index_select(0, rows));
        m_nodes[std::size_t(t)]->head->fc->bias.copy_(backbone.head->fc->bias.index_select(0, rows));
    }
}

} // namespace hiernet::models

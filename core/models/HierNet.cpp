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

} // namespace

nlohmann::json TreeLayout::toJson() const
{
    return { { "split_points", splitPoints }, { "additional_blocks", additionalBlocks } };
}

TreeLayout TreeLayout::fromJson(const nlohmann::json& json)
{
    return { json.at("split_points").get<std::vector<int>>(), json.at("additional_blocks").get<std::vector<int>>() };
}

TreeLayout TreeLayout::paperDefaults(BlockKind kind, int n)
{
    // Table 1 (ResNet) and Table 2 (ELU-ResNet) for n = 3, 5, 7, 9, 18.
    const int ns[] = { 3, 5, 7, 9, 18 };
    const int resnetSplits[] = { 5, 9, 12, 16, 38 }, resnetExtra[] = { 2, 3, 4, 5, 4 };
    const int eluSplits[] = { 6, 9, 15, 19, 38 }, eluExtra[] = { 2, 3, 2, 5, 4 };
    for (int i = 0; i < 5; ++i)
        if (ns[i] == n)
            return kind == BlockKind::ResNet ? TreeLayout { { resnetSplits[i] }, { resnetExtra[i] } }
                                             : TreeLayout { { eluSplits[i] }, { eluExtra[i] } };
    // Smaller nets (not in the paper): split after the first stage, one additional block.
    return { { n }, { 1 } };
}

TreeNodeImpl::TreeNodeImpl(
    const BackboneSpec& spec, bool withStem, int edgeFrom_, int edgeTo_, int classifierBlockCount, int outputs, bool leaf)
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
        classifierBlocks->push_back(
            ResidualBlock(spec.blockInChannels(b), spec.blockOutChannels(b), spec.blockStride(b), spec.kind));
    head = register_module(
        "head", ClassifierHead(channelsAfter(spec, classifierTo), outputs, spec.kind, leaf && spec.kind == BlockKind::EluResNet));
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
        throw Error("the hierarchy needs " + std::to_string(deepestGroupOfGroups + 1)
            + " split point(s), one per level of groups, but " + std::to_string(sp.size()) + " were given");
    for (std::size_t d = 0; d < extra.size(); ++d) {
        if (extra[d] < 0)
            throw Error("additional blocks cannot be negative");
        if (sp[d] + extra[d] > blocks)
            throw Error("level " + std::to_string(d + 1) + ": " + std::to_string(extra[d])
                + " additional block(s) after split point " + std::to_string(sp[d]) + " would need blocks up to "
                + std::to_string(sp[d] + extra[d] - 1) + ", but " + spec.name() + " ends at block " + std::to_string(blocks - 1));
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
        const int extra = leafGroup
            ? 0
            : (std::size_t(depth) < layout.additionalBlocks.size() ? layout.additionalBlocks[std::size_t(depth)] : 0);
        m_nodes.push_back(TreeNode(spec, depth == 0, from, to, extra, int(hn.children.size()), leafGroup));
        if (leafGroup)
            m_maxGroupSize = std::max(m_maxGroupSize, int(hn.children.size()));
    }
    buildSiblingSets();
    initializeLayers(*this, spec.conventions);
}

void HierNetImpl::buildSiblingSets()
{
    const auto count = m_nodes.size();
    m_placeInSet.assign(count, { -1, -1 });
    m_childRuns.assign(count, {});
    m_siblingList = register_module("siblings", torch::nn::ModuleList());
    for (std::size_t t = 0; t < count; ++t) {
        const auto& children = m_children[t];
        std::vector<bool> taken(children.size(), false);
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (taken[i])
                continue;
            // Child i and the later children of its structure run (and are stored) together.
            ChildRun run;
            std::vector<std::int64_t> indices { std::int64_t(i) };
            run.members = { children[i] };
            for (std::size_t j = i + 1; j < children.size(); ++j)
                if (!taken[j] && sameStructure(*m_nodes[std::size_t(children[i])], *m_nodes[std::size_t(children[j])])) {
                    taken[j] = true;
                    indices.push_back(std::int64_t(j));
                    run.members.push_back(children[j]);
                }
            run.firstChild = int(indices.front());
            run.childIndex = torch::tensor(indices, torch::kInt64);
            run.allLeafGroups = true;
            for (std::size_t k = 0; k < indices.size(); ++k) {
                run.consecutive = run.consecutive && indices[k] == indices.front() + std::int64_t(k);
                run.allLeafGroups = run.allLeafGroups && isLeafGroup(run.members[k]);
            }
            if (run.members.size() > 1)
                stackSiblings(run);
            m_childRuns[t].push_back(std::move(run));
        }
    }
    // The nodes that are not stacked keep their own modules, under their tree index as before.
    auto nodes = register_module("nodes", std::make_shared<torch::nn::Module>());
    for (std::size_t t = 0; t < count; ++t)
        if (m_placeInSet[t].first < 0)
            nodes->register_module(std::to_string(t), m_nodes[t]);
}

void HierNetImpl::stackSiblings(ChildRun& run)
{
    const auto& first = *m_nodes[std::size_t(run.members.front())];
    std::vector<int> outputs;
    for (int c : run.members)
        outputs.push_back(int(m_hierarchy.node(m_nodeIds[std::size_t(c)]).children.size()));
    run.set = int(m_sets.size());
    SiblingSet set(m_spec, first.edgeFrom, first.edgeTo, first.classifierTo - first.classifierFrom, outputs,
        isLeafGroup(run.members.front()));
    m_siblingList->push_back(set);
    m_sets.push_back(set);
    for (std::size_t g = 0; g < run.members.size(); ++g)
        m_placeInSet[std::size_t(run.members[g])] = { run.set, int(g) };
}

TreeNode HierNetImpl::node(int treeNode)
{
    const auto [set, g] = m_placeInSet[std::size_t(treeNode)];
    if (set >= 0)
        m_sets[std::size_t(set)]->bind(g, *m_nodes[std::size_t(treeNode)]);
    return m_nodes[std::size_t(treeNode)];
}

void HierNetImpl::bindSiblings()
{
    for (std::size_t t = 0; t < m_nodes.size(); ++t)
        if (const auto [set, g] = m_placeInSet[t]; set >= 0)
            m_sets[std::size_t(set)]->bind(g, *m_nodes[t]);
}

std::vector<SavedSlice> HierNetImpl::savedLayout() const
{
    std::vector<SavedSlice> out;
    for (std::size_t t = 0; t < m_nodes.size(); ++t) {
        const std::string prefix = "nodes." + std::to_string(t) + ".";
        const auto [set, g] = m_placeInSet[t];
        if (set >= 0) {
            const auto slices = m_sets[std::size_t(set)]->savedSlices(g, "siblings." + std::to_string(set) + ".", prefix);
            out.insert(out.end(), slices.begin(), slices.end());
            continue;
        }
        for (const auto& p : m_nodes[t]->named_parameters())
            out.push_back({ prefix + p.key(), prefix + p.key() });
        for (const auto& b : m_nodes[t]->named_buffers())
            out.push_back({ prefix + b.key(), prefix + b.key() });
    }
    return out;
}

std::vector<std::int64_t> HierNetImpl::leafColumns(bool fused) const
{
    std::vector<std::int64_t> columnOf(std::size_t(m_spec.numClasses), -1);
    std::int64_t next = 0;
    auto place = [&](int t) {
        const auto& classes = m_leafClasses[std::size_t(t)];
        for (std::size_t k = 0; k < classes.size(); ++k)
            columnOf[std::size_t(classes[k])] = next + std::int64_t(k);
        next += std::int64_t(classes.size());
    };
    // In the order forwardAll appends the leaf outputs: the root, then each node's child runs.
    if (isLeafGroup(0))
        place(0);
    for (const auto& runs : m_childRuns)
        for (const auto& run : runs) {
            if (run.set >= 0 && fused && run.allLeafGroups) {
                const auto widest = std::int64_t(m_sets[std::size_t(run.set)]->widest());
                const auto start = next;
                for (std::size_t g = 0; g < run.members.size(); ++g) {
                    next = start + std::int64_t(g) * widest;
                    place(run.members[g]);
                }
                next = start + std::int64_t(run.members.size()) * widest;
                continue;
            }
            for (int c : run.members)
                if (isLeafGroup(c))
                    place(c);
        }
    return columnOf;
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
    const auto count = m_nodes.size();
    if (!m_fusedSiblings)
        bindSiblings();
    Pass pass;
    pass.features.resize(count);
    pass.path.resize(count);
    pass.out.nodeLogProbs.resize(count);
    pass.features[0] = m_nodes[0]->edge(x);
    pass.out.nodeLogProbs[0] = torch::log_softmax(m_nodes[0]->classify(pass.features[0]), 1);
    if (isLeafGroup(0))
        pass.leafParts.push_back(pass.out.nodeLogProbs[0]);
    // Tree nodes are in depth-first order: a node has run (as its parent's child) before its own children.
    for (std::size_t t = 0; t < count; ++t) {
        for (auto& run : m_childRuns[t]) {
            if (run.set >= 0 && m_fusedSiblings)
                runSet(int(t), run, pass);
            else
                for (int c : run.members)
                    runNode(int(t), c, pass);
        }
        pass.features[t] = torch::Tensor(); // the children have what they need
    }
    // Kept on the input's device after the first call: a host-to-device copy per step would make every
    // step wait for the GPU, and could not be captured in a CUDA graph.
    auto& columns = m_classColumns[m_fusedSiblings ? 1 : 0];
    if (!columns.defined() || columns.device() != x.device())
        columns = torch::tensor(leafColumns(m_fusedSiblings), torch::kInt64).to(x.device());
    const auto leaves = pass.leafParts.size() == 1 ? pass.leafParts.front() : torch::cat(pass.leafParts, 1);
    pass.out.logConditional = leaves.index_select(1, columns);
    return std::move(pass.out);
}

void HierNetImpl::runNode(int parent, int child, Pass& pass)
{
    auto& node = m_nodes[std::size_t(child)];
    const auto features = node->edge(pass.features[std::size_t(parent)]);
    const auto logp = torch::log_softmax(node->classify(features), 1);
    pass.out.nodeLogProbs[std::size_t(child)] = logp;
    const auto& siblings = m_children[std::size_t(parent)];
    const auto index = std::int64_t(std::find(siblings.begin(), siblings.end(), child) - siblings.begin());
    const auto into = pass.out.nodeLogProbs[std::size_t(parent)].narrow(1, index, 1);
    const auto& above = pass.path[std::size_t(parent)];
    pass.path[std::size_t(child)] = above.defined() ? above + into : into;
    if (isLeafGroup(child))
        pass.leafParts.push_back(logp + pass.path[std::size_t(child)]);
    else
        pass.features[std::size_t(child)] = features;
}

void HierNetImpl::runSet(int parent, ChildRun& run, Pass& pass)
{
    auto& set = m_sets[std::size_t(run.set)];
    const auto result = set->forward(pass.features[std::size_t(parent)]);
    const auto logp = torch::log_softmax(result.logits, 2); // N×G×K, −inf past a sibling's outputs
    // Each sibling's path: the parent's log-probability of it, plus the parent's own path.
    const auto& parentLogp = pass.out.nodeLogProbs[std::size_t(parent)];
    const auto g = std::int64_t(run.members.size());
    torch::Tensor into;
    if (run.consecutive) {
        into = parentLogp.narrow(1, run.firstChild, g);
    } else {
        if (run.childIndex.device() != parentLogp.device())
            run.childIndex = run.childIndex.to(parentLogp.device());
        into = parentLogp.index_select(1, run.childIndex);
    }
    if (pass.path[std::size_t(parent)].defined())
        into = pass.path[std::size_t(parent)] + into;
    const std::int64_t channels = set->edgeChannels();
    for (std::int64_t s = 0; s < g; ++s) {
        const auto c = std::size_t(run.members[std::size_t(s)]);
        pass.out.nodeLogProbs[c] = logp.select(1, s).narrow(1, 0, set->outputs(int(s)));
        pass.path[c] = into.narrow(1, s, 1);
        if (!isLeafGroup(int(c)))
            pass.features[c] = result.edge.narrow(1, s * channels, channels);
    }
    if (run.allLeafGroups) {
        pass.leafParts.push_back((logp + into.unsqueeze(2)).flatten(1)); // one part, padded columns included
        return;
    }
    for (int c : run.members)
        if (isLeafGroup(c))
            pass.leafParts.push_back(pass.out.nodeLogProbs[std::size_t(c)] + pass.path[std::size_t(c)]);
}

HierNetImpl::Route HierNetImpl::route(const torch::Tensor& x)
{
    const auto n = x.size(0);
    const auto longOptions = torch::TensorOptions().dtype(torch::kInt64).device(x.device());
    bindSiblings();
    Route out;
    out.predictions = torch::full({ n }, -1, longOptions);
    out.leafGroup = torch::full({ n }, -1, longOptions);
    out.leafLogProbs = torch::full({ n, std::int64_t(m_maxGroupSize) }, -std::numeric_limits<float>::infinity(), x.options());
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
        const auto classes = torch::tensor(
            std::vector<std::int64_t>(m_leafClasses[std::size_t(t)].begin(), m_leafClasses[std::size_t(t)].end()), torch::kInt64)
                                 .to(index.device());
        out.predictions.index_put_({ index }, classes.index_select(0, choice));
        out.leafGroup.index_fill_(0, index, t);
        out.leafLogProbs.index_put_(
            { index, torch::indexing::Slice(0, logits.size(1)) }, torch::log_softmax(logits, 1).to(out.leafLogProbs.dtype()));
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
    if (seedLeafHeads && backbone.spec().numClasses != m_spec.numClasses)
        throw Error("transfer: the backbone has " + std::to_string(backbone.spec().numClasses) + " outputs but the HierNet "
            + std::to_string(m_spec.numClasses) + " classes");
    std::map<std::string, torch::Tensor> source; // the backbone's tensors by name
    for (const auto& t : savedTensors(backbone))
        source[t.name] = t.tensor;
    // The backbone's stem and blocks under the saved name of every copy in the tree (and its FC rows).
    std::map<std::string, torch::Tensor> into;
    auto copyPrefix = [&](const std::string& from, const std::string& to) {
        for (auto it = source.lower_bound(from); it != source.end() && it->first.rfind(from, 0) == 0; ++it)
            into[to + it->first.substr(from.size())] = it->second;
    };
    for (std::size_t t = 0; t < m_nodes.size(); ++t) {
        const auto& node = *m_nodes[t];
        const std::string prefix = "nodes." + std::to_string(t) + ".";
        if (node.stem)
            copyPrefix("stem.", prefix + "stem.");
        for (int b = node.edgeFrom; b < node.edgeTo; ++b)
            copyPrefix("blocks." + std::to_string(b) + ".", prefix + "edge." + std::to_string(b - node.edgeFrom) + ".");
        for (int b = node.classifierFrom; b < node.classifierTo; ++b)
            copyPrefix(
                "blocks." + std::to_string(b) + ".", prefix + "classifier." + std::to_string(b - node.classifierFrom) + ".");
        if (!seedLeafHeads || !isLeafGroup(int(t)))
            continue;
        const auto& classes = m_leafClasses[t];
        const auto& fc = source.at("head.fc.weight");
        const auto rows = torch::tensor(std::vector<std::int64_t>(classes.begin(), classes.end()), torch::kInt64).to(fc.device());
        into[prefix + "head.fc.weight"] = fc.index_select(0, rows);
        into[prefix + "head.fc.bias"] = source.at("head.fc.bias").index_select(0, rows);
    }
    torch::NoGradGuard noGrad;
    for (auto& t : savedTensors(*this))
        if (const auto it = into.find(t.name); it != into.end())
            t.tensor.copy_(it->second);
}

} // namespace hiernet::models

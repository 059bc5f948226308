#pragma once
#include "grouping/Hierarchy.h"
#include "models/Backbone.h"
#include "models/FusedSiblings.h"
#include "models/SavedLayout.h"

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace hiernet::models {

/// Where the tree cuts the backbone: splitPoints[d] ends the edges into depth-d nodes (the root's
/// edge is stem + blocks [0, splitPoints[0])); a depth-d node that holds groups classifies after
/// additionalBlocks[d] more backbone blocks; an edge into a leaf group runs to the last block.
struct TreeLayout {
    std::vector<int> splitPoints;
    std::vector<int> additionalBlocks;

    nlohmann::json toJson() const;
    static TreeLayout fromJson(const nlohmann::json& json);
    /// The paper's settings per n (Table 1 for ResNet, Table 2 for ELU-ResNet) for a two-level tree.
    static TreeLayout paperDefaults(BlockKind kind, int n);
};

/// One node of the tree: its incoming edge (the root's starts with the stem) and its classifier
/// (additional blocks, (ELU,) GAP, FC over its children).
class TreeNodeImpl : public torch::nn::Module {
public:
    /// `leaf`: the node classifies classes (its head then has the ELU of an ELU-ResNet), not groups.
    TreeNodeImpl(const BackboneSpec& spec, bool withStem, int edgeFrom, int edgeTo, int classifierBlocks, int outputs, bool leaf);

    /// Edge features from the parent's features (or the image at the root).
    torch::Tensor edge(const torch::Tensor& input);
    /// Logits over the children from the edge features.
    torch::Tensor classify(const torch::Tensor& features);

    int edgeFrom, edgeTo, classifierFrom, classifierTo; ///< backbone block ranges
    Stem stem { nullptr };
    torch::nn::ModuleList edgeBlocks { nullptr };
    torch::nn::ModuleList classifierBlocks { nullptr };
    ClassifierHead head { nullptr };
};
TORCH_MODULE(TreeNode);

/// HierNet (paper §3): CNNs organised as the class hierarchy; every root-to-leaf path is the backbone.
///
///     HierNet net(backboneSpec, hierarchy, TreeLayout{{5}, {2}});
///     auto out = net->forwardAll(x);   // conditional log-probabilities (dataset class order) + every node's
///     auto route = net->route(x);      // Algorithm 1, each image evaluated along its own path only
///
/// Siblings of the same structure own their parameters together (SiblingSet: one tensor per layer for all of
/// them); checkpoints still name and shape every tensor per tree node ("nodes.T.edge.0.conv1.weight", the
/// SavedLayout), as node(t) shows it.
class HierNetImpl : public torch::nn::Module, public SavedLayout {
public:
    /// Throws hiernet::Error before building anything when the layout does not fit the backbone and tree.
    HierNetImpl(const BackboneSpec& spec, const grouping::Hierarchy& hierarchy, const TreeLayout& layout);

    struct Output {
        torch::Tensor logConditional; ///< N×K, dataset class order, log of leaf softmax × branch probabilities
        std::vector<torch::Tensor> nodeLogProbs; ///< per tree node (index as nodeIds()), N×children log-softmax
    };
    Output forwardAll(const torch::Tensor& x);

    struct Route {
        torch::Tensor predictions; ///< N, dataset class ids
        torch::Tensor leafGroup; ///< N, tree node index of the leaf group reached
        torch::Tensor leafLogProbs; ///< N×maxGroupSize (−inf padded): log-softmax inside the reached group
    };
    /// Algorithm 1, batched by route: each node runs only on the images routed to it.
    Route route(const torch::Tensor& x);

    const grouping::Hierarchy& hierarchy() const { return m_hierarchy; }
    const BackboneSpec& spec() const { return m_spec; }
    const TreeLayout& layout() const { return m_layout; }
    /// Hierarchy node id of tree node t (tree nodes are the hierarchy's non-class nodes, depth first).
    const std::vector<int>& nodeIds() const { return m_nodeIds; }
    int treeNodeOf(int hierarchyNode) const;
    /// Tree-node children of a tree node (empty for a leaf group).
    const std::vector<int>& childNodes(int treeNode) const { return m_children[std::size_t(treeNode)]; }
    /// Class ids of a leaf group's outputs, in order.
    const std::vector<int>& leafClasses(int treeNode) const { return m_leafClasses[std::size_t(treeNode)]; }
    bool isLeafGroup(int treeNode) const { return !m_leafClasses[std::size_t(treeNode)].empty(); }
    /// Tree nodes from the root to the leaf group holding `classId`, and the child index taken at each.
    std::vector<std::pair<int, int>> truePath(int classId) const;
    /// Tree node t as a module of its own (edge, classifier blocks, head). A stacked sibling's runs on its
    /// slices of the SiblingSet's tensors, gradients included (bound here, in the current grad mode); its own
    /// registered tensors are empty: read a node's tensors through training::moduleState, not its parameters().
    TreeNode node(int treeNode);
    int nodeCount() const { return int(m_nodes.size()); }

    /// Runs stacked siblings (FusedSiblings.h) as one network in forwardAll: the same results with one
    /// grouped kernel per layer instead of one per sibling, and one batched head and log-softmax per set.
    void setFusedSiblings(bool fused) { m_fusedSiblings = fused; }
    bool fusedSiblings() const { return m_fusedSiblings; }
    /// The stacked sibling sets, in the order their parents come in the tree.
    const std::vector<SiblingSet>& siblingSets() const { return m_sets; }

    /// Copies a trained backbone's stem and blocks (BN statistics included) into every copy in the tree;
    /// with `seedLeafHeads`, each leaf FC starts from the backbone FC rows of its classes.
    void transferFrom(BackboneImpl& backbone, bool seedLeafHeads);

    /// Every node's tensors under its own names ("nodes.T.…"), on the stacked siblings' slices.
    std::vector<SavedSlice> savedLayout() const override;

private:
    /// Children of one node that run together: a SiblingSet (set ≥ 0) or one node.
    struct ChildRun {
        int set = -1;
        std::vector<int> members; ///< tree nodes, in the parent's child order
        int firstChild = 0; ///< the first member's index among the parent's children
        bool consecutive = true; ///< members are children firstChild, firstChild + 1, …
        bool allLeafGroups = false;
        torch::Tensor childIndex; ///< the members' child indices (used where not consecutive)
    };
    /// What forwardAll builds up, node by node.
    struct Pass {
        std::vector<torch::Tensor> features; ///< edge features, kept until the node's children ran
        std::vector<torch::Tensor> path; ///< N×1 log-probability of reaching the node (undefined: the root, 0)
        std::vector<torch::Tensor> leafParts;
        Output out;
    };
    void buildSiblingSets();
    void stackSiblings(ChildRun& run);
    void runNode(int parent, int child, Pass& pass);
    void runSet(int parent, ChildRun& run, Pass& pass);
    /// Column of each class in forwardAll's concatenated leaf outputs (fused or branch by branch).
    std::vector<std::int64_t> leafColumns(bool fused) const;
    void bindSiblings();
    void routeRecursive(int treeNode, const torch::Tensor& features, const torch::Tensor& index, Route& out);

    BackboneSpec m_spec;
    grouping::Hierarchy m_hierarchy;
    TreeLayout m_layout;
    std::vector<int> m_nodeIds;
    std::vector<std::vector<int>> m_children;
    std::vector<std::vector<int>> m_leafClasses;
    std::vector<TreeNode> m_nodes;
    std::vector<SiblingSet> m_sets;
    torch::nn::ModuleList m_siblingList { nullptr }; ///< the same, registered ("siblings.S.…")
    std::vector<std::pair<int, int>> m_placeInSet; ///< per tree node: (set, sibling index), (−1, −1) if not stacked
    std::vector<std::vector<ChildRun>> m_childRuns;
    torch::Tensor m_classColumns[2]; ///< leafColumns(false / true), on the input's device after the first call
    int m_maxGroupSize = 0;
    bool m_fusedSiblings = false;
};
TORCH_MODULE(HierNet);

/// Checks a layout against a backbone and hierarchy; throws hiernet::Error saying what to change.
void validateLayout(const BackboneSpec& spec, const grouping::Hierarchy& hierarchy, const TreeLayout& layout);

} // namespace hiernet::models

#pragma once
#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace hiernet::grouping {

/// A class hierarchy: a rooted tree whose leaves are the dataset's classes and whose inner nodes are
/// named super-classes. Node 0 is the root. An inner node holds either classes only (a leaf group) or
/// inner nodes only.
///
/// JSON (written by toJson, read by fromJson together with the nested form of
/// resources/data/cifar100_semantic_hierarchy.json):
///
///     {"format": "hiernet-hierarchy", "version": 1, "classes": ["T-shirt/top", …],
///      "root": "root",
///      "nodes": [{"name": "root", "children": ["tops", "footwear"]},
///                {"name": "tops", "children": ["T-shirt/top", "Shirt"]}, …]}
class Hierarchy {
public:
    struct Node {
        std::string name;
        int classId = -1; ///< ≥ 0 for a class leaf
        std::vector<int> children; ///< node indices
        int parent = -1;
        bool isClass() const { return classId >= 0; }
    };

    struct Statistics {
        int depth = 0; ///< levels of inner nodes below the root (1 = one level of groups)
        std::vector<int> groupsPerLevel; ///< inner nodes at depth 1, 2, …
        std::vector<int> firstLevelSizes; ///< classes under each child of the root
        double balance = 1.0; ///< entropy of first-level sizes / log(#groups); 1 = even
    };

    /// A group made by grouping: its classes, or (for a deeper tree) its sub-groups.
    struct Group {
        std::string name;
        std::vector<int> classes; ///< class indices, for a leaf group
        std::vector<Group> children;
    };

    Hierarchy() = default;
    /// A tree of named groups under the root; throws hiernet::Error when it breaks a rule.
    static Hierarchy fromGroupTree(const std::vector<std::string>& classNames, const std::vector<Group>& groups);
    /// One leaf group per entry of `groups` (class indices), named "group 1", "group 2", ….
    static Hierarchy fromGroups(const std::vector<std::string>& classNames, const std::vector<std::vector<int>>& groups);
    /// Groups by coarse label: `coarseOfClass[c]` is the coarse label of class c.
    static Hierarchy fromCoarseLabels(const std::vector<std::string>& classNames, const std::vector<std::string>& coarseNames,
        const std::vector<int>& coarseOfClass);
    /// Parses either JSON form. `knownClasses`, when not empty, fixes the class ids (dataset order) and
    /// every class must appear exactly once. `source` names the file in errors.
    static Hierarchy fromJson(const std::string& text, const std::vector<std::string>& knownClasses, const std::string& source);
    static Hierarchy load(const std::string& path, const std::vector<std::string>& knownClasses = {});
    std::string toJson() const;
    /// Writes atomically.
    void save(const std::string& path) const;

    /// Throws hiernet::Error when the tree breaks a rule (class missing or twice, empty or mixed inner node, names not unique).
    void validate() const;

    const std::vector<std::string>& classNames() const { return m_classNames; }
    const std::vector<Node>& nodes() const { return m_nodes; }
    const Node& node(int index) const { return m_nodes[std::size_t(index)]; }
    int classNode(int classId) const;
    bool isLeafGroup(int index) const;
    /// Inner nodes other than the root, in depth-first order.
    std::vector<int> innerNodes() const;
    /// Leaf groups in depth-first order.
    std::vector<int> leafGroups() const;
    /// Class ids in depth-first order (the leaf order ↔ dataset class id permutation).
    std::vector<int> leafOrder() const;
    /// Inner nodes from the root (included) to the class's leaf group.
    std::vector<int> pathToClass(int classId) const;
    /// Class ids under a node, depth-first.
    std::vector<int> classesUnder(int index) const;
    /// For each class, which child of the root holds it.
    std::vector<int> firstLevelPartition() const;
    int depthOf(int index) const;
    Statistics statistics() const;

    // Hand edits. Each keeps the tree valid (empty groups disappear) or throws hiernet::Error.
    /// Moves a class into another leaf group.
    void moveClass(int classId, int targetGroup);
    /// Moves every child of `source` into `target` (siblings or not) and removes `source`; returns the target's new index.
    int mergeGroups(int target, int source);
    /// Moves `classIds` out of their leaf group into a new sibling group; returns its index.
    int splitGroup(int group, const std::vector<int>& classIds, const std::string& newName = {});
    void rename(int index, const std::string& name);
    int findNode(const std::string& name) const;

    bool operator==(const Hierarchy& other) const;
    bool operator!=(const Hierarchy& other) const { return !(*this == other); }

private:
    void rebuild(); ///< drops empty inner nodes, renumbers depth-first and fixes parents
    std::string uniqueName(const std::string& base) const;

    std::vector<std::string> m_classNames;
    std::vector<Node> m_nodes;
};

/// Adjusted Rand index of two labelings of the same items (1 = identical partitions, ~0 = chance).
double adjustedRandIndex(const std::vector<int>& a, const std::vector<int>& b);

} // namespace hiernet::grouping

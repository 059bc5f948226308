#pragma once
#include "grouping/Hierarchy.h"

#include <string>
#include <vector>

namespace hiernet::grouping {

/// A class that sits in a different group in the other hierarchy.
struct MovedClass {
    int classId = -1;
    std::string from; ///< its leaf group in the first hierarchy
    std::string to; ///< its leaf group in the second
};

/// How two hierarchies over the same classes differ.
struct HierarchyComparison {
    double leafGroupAri = 1.0; ///< adjusted Rand index of the leaf-group partitions
    double firstLevelAri = 1.0; ///< … of the partitions by the root's children
    /// Classes outside their group's best match: each leaf group of the first hierarchy is matched to
    /// the second's leaf group sharing most of its classes (ties: the lower node index); its classes
    /// that are elsewhere moved.
    std::vector<MovedClass> moved;
};

/// Throws hiernet::Error when the class lists differ.
HierarchyComparison compareHierarchies(const Hierarchy& a, const Hierarchy& b);

} // namespace hiernet::grouping

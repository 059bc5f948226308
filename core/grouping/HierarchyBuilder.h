#pragma once
#include "grouping/PaperSettings.h"
#include "data/Dataset.h"
#include "grouping/Cpm.h"
#include "grouping/GroupingEngine.h"
#include "grouping/Hierarchy.h"

#include <string>
#include <vector>

namespace hiernet::grouping {

/// One level of recursive grouping.
struct GroupingLevel {
    double pMin = kPaperPMin;
    int gMax = kPaperGMax;
    double balance = 0.0; ///< balance-aware grouping's α (GroupingEngine::setBalance); 0 = the paper's rule
};

/// Parses "P1:G1,P2:G2,…"; throws hiernet::Error naming the bad part.
std::vector<GroupingLevel> parseLevels(const std::string& text);

/// Groups the CPM with the first level, then applies each further level inside every group of the
/// previous one (on the group's sub-CPM). A group that a level leaves whole, or cuts into single
/// classes only, stays as it is. Groups are named from their members (nameGroupsFromMembers).
Hierarchy buildHierarchy(const Cpm& cpm, const std::vector<GroupingLevel>& levels);

/// A deeper level's grouping inside one group of a tree: that level's merges over the group's classes
/// (local indices into `classes`) and its p_min — what a dendrogram draws inside the group.
struct LevelTree {
    int level = 2;
    std::vector<int> classes;
    std::vector<Merge> merges;
    double pMin = 0;
};
/// One LevelTree per group of `hierarchy` that a further level of `levels` (the levels after the first) splits,
/// each grouped with `balance`; empty with no further level. Made once per change of the tree, not per drawing.
std::vector<LevelTree> levelTrees(
    const Cpm& cpm, const Hierarchy& hierarchy, const std::vector<GroupingLevel>& levels, double balance);

/// The hierarchy of a dataset's coarse labels (CIFAR-100's 20 super-classes): one group per coarse
/// label, named by it. Throws hiernet::Error when the dataset has no coarse labels or a class carries two.
Hierarchy hierarchyFromCoarseLabels(const data::Dataset& dataset);

} // namespace hiernet::grouping

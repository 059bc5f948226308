#pragma once
#include "grouping/Cpm.h"

#include <vector>

namespace hiernet::grouping {

/// What the CPM says of one group before anything is trained on it.
struct GroupQuality {
    std::vector<int> classes;
    /// The mean, over the group's classes, of the share of their CPM row that falls inside the group:
    /// the backbone's own chance of keeping an image of the group inside it.
    double withinMass = 0.0;
    /// The share of the group's validation images that the backbone predicted as a class of the group
    /// (from the hard confusion counts; −1 when the CPM has none).
    double withinHits = -1.0;
};

/// How good a grouping promises to be, from the CPM alone.
struct GroupingQuality {
    std::vector<GroupQuality> groups;
    /// The root's accuracy the CPM implies: the within-group share of every class, weighted by its
    /// validation images (equally where the counts are unknown).
    double rootEstimate = 0.0;
    /// The same from the hard counts: validation images predicted inside their true group (−1 without counts).
    double rootEstimateHard = -1.0;
    int largest = 0;
    int smallest = 0;
    double sizeEntropy = 0.0; ///< of the group sizes, in bits
    double balance = 1.0; ///< sizeEntropy / log2(number of groups); 1 = equal sizes (and for one group)
};

/// Assesses a partition of the CPM's classes into groups (each class in exactly one); throws
/// hiernet::Error when `groups` is not one.
GroupingQuality assessGrouping(const Cpm& cpm, const std::vector<std::vector<int>>& groups);

} // namespace hiernet::grouping

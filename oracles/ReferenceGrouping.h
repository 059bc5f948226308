#pragma once
#include <vector>

namespace hiernet::grouping {

/// The paper's grouping rule written the straightforward way: every iteration recomputes the mean
/// proximity of every pair of groups from the CPM. Slow (O(n³) per run); the tests' oracle for
/// GroupingEngine and the baseline of `hiernet bench grouping`. `balance` is the α of balance-aware
/// grouping (GroupingEngine::setBalance): pairs are ranked by proximity × (2 / (|A| + |B|))^α.
std::vector<std::vector<int>> referenceGrouping(
    const std::vector<double>& cpm, int n, double pMin, int gMax, double balance = 0.0);

} // namespace hiernet::grouping

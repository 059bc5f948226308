#pragma once
#include <cstdint>
#include <vector>

namespace hiernet::grouping {

/// A random CPM with block structure, like a trained network's: classes fall into hidden clusters,
/// confusions are larger inside a cluster, rows sum to 1. Row-major n×n: `hiernet bench grouping`'s input, and the tests'.
std::vector<double> syntheticCpm(int n, std::uint64_t seed);
/// The same matrix rounded to float: half the memory, for `hiernet bench grouping` at 10,000 classes.
std::vector<float> syntheticCpmFloat(int n, std::uint64_t seed);

} // namespace hiernet::grouping

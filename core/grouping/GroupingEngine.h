#pragma once
#include "util/HugePageAllocator.h"

#include <cstddef>
#include <vector>

namespace hiernet::grouping {

/// One merge of the paper's grouping: node `first` (earlier in the group list) and node `second`
/// became node `result`, a group of `size` classes.
struct Merge {
    int first = 0;
    int second = 0;
    int result = 0;
    /// What the rule ranks pairs by and compares with p_min: the group proximity (the mean of
    /// CPM[a][b] + CPM[b][a] over the pairs of members), times (2 / size)^α with balance α > 0.
    double proximity = 0.0;
    /// The group proximity itself (equal to `proximity` when α = 0).
    double linkage = 0.0;
    int size = 0;
};

/// Why the grouping stops at a p_min after the merges it makes.
struct GroupingStop {
    enum class Reason {
        BelowPMin, ///< the next pair's proximity is not above p_min (`next` is that merge)
        GMaxReached, ///< every pair left would make a group larger than g_max (`smallestPairSize`)
        OneGroup, ///< every class is in one group
    };
    Reason reason = Reason::OneGroup;
    Merge next; ///< BelowPMin: the merge that p_min stops
    int smallestPairSize = 0; ///< GMaxReached: classes in the smallest union of two groups left
};

/// The number of groups against p_min for one g_max, as the steps of a staircase: with p_min at
/// `thresholds[i]` the grouping makes `counts[i]` groups. The thresholds are the distinct running minima
/// of the merge proximities (where the count changes), with a point below the lowest and above the highest.
struct GroupCountCurve {
    std::vector<double> thresholds; ///< ascending
    std::vector<int> counts;
};

/// The pair sums CPM[a][b] + CPM[b][a] of a row-major n×n CPM, once per unordered pair (a < b), in double:
/// half the memory of the full matrix and, being symmetric, all the grouping needs. Row a holds b = a+1 … n−1.
class PairSums {
public:
    PairSums() = default;
    /// From a row-major n×n CPM of float or double; the sums are exact for float input.
    template <typename Value> PairSums(const std::vector<Value>& cpm, int n);

    int size() const { return m_n; }
    double& at(int a, int b) { return m_values[index(a, b)]; }
    double at(int a, int b) const { return m_values[index(a, b)]; }
    /// The stored sums of row a (b = a+1 … n−1): contiguous, for the loops that scan a row.
    const double* row(int a) const { return m_values.data() + m_rowBase[std::size_t(a)]; }

private:
    /// a ≠ b in either order.
    std::size_t index(int a, int b) const
    {
        return a < b ? m_rowBase[std::size_t(a)] + std::size_t(b - a - 1) : m_rowBase[std::size_t(b)] + std::size_t(a - b - 1);
    }

    int m_n = 0;
    std::vector<std::size_t> m_rowBase;
    std::vector<double, HugePageAllocator<double>> m_values;
};

/// The paper's grouping algorithm (§4), answered for any p_min without recomputation.
///
/// Nodes 0…n−1 are the classes; node n+s is the group made by merge s. For a fixed g_max the merge
/// sequence does not depend on p_min, so it is computed once (incremental average linkage over pair
/// sums) and a p_min is answered by cutting it: the merges whose proximity is strictly above p_min.
/// Memory: the pair sums (n²/2 doubles) and, while a merge sequence is computed, one working copy of them;
/// the CPM itself is not kept, so a caller may free it (10,000 classes: 400 MB + 400 MB).
/// Group order follows the reference: untouched classes in class order, then merged groups in the order
/// they were made; a merged group lists the earlier group's members first.
///
///     GroupingEngine engine(cpmValues, n);
///     engine.setMaxGroupSize(50);
///     auto groups = engine.groups(0.0075);   // class indices per group
class GroupingEngine {
public:
    /// `cpm` is row-major n×n.
    GroupingEngine(const std::vector<double>& cpm, int n);
    /// The same from a float CPM (half the caller's memory at 10,000 classes; the sums are still double).
    static GroupingEngine fromFloat(const std::vector<float>& cpm, int n);

    /// Recomputes the merge sequence for a new g_max (≥ 1).
    void setMaxGroupSize(int gMax);
    int maxGroupSize() const { return m_gMax; }
    /// Balance-aware grouping (the paper's future work): pairs are ranked, and compared with p_min, by
    /// proximity × (2 / (|A| + |B|))^α, so larger unions need a closer pair. α = 0 (the default) is the
    /// paper's rule exactly; two single classes score their proximity whatever α. Recomputes the merges.
    void setBalance(double alpha);
    double balance() const { return m_alpha; }

    /// The whole merge sequence for the current g_max (until no pair fits in g_max).
    const std::vector<Merge>& merges() const { return m_merges; }
    /// Number of merges done for this p_min (a prefix of merges()).
    int mergeCount(double pMin) const;
    /// The groups for this p_min, in reference order, each a list of class indices.
    std::vector<std::vector<int>> groups(double pMin) const;
    /// The groups after the first `mergeCount` merges.
    std::vector<std::vector<int>> groupsAfter(int mergeCount) const;
    /// Class indices of a node, in reference order.
    std::vector<int> members(int node) const;
    /// Groups against p_min for the current g_max (the Grouping page's plot).
    GroupCountCurve countCurve() const;
    /// Why the grouping for this p_min makes no further merge.
    GroupingStop stopAt(double pMin) const;

private:
    explicit GroupingEngine(PairSums pairSums);

    int m_n = 0;
    int m_gMax = 0;
    double m_alpha = 0.0;
    PairSums m_pairSums;
    std::vector<Merge> m_merges;
    std::vector<double> m_prefixMinimum; ///< running minimum of merge proximities (for the cut)
    std::vector<int> m_consumedAt; ///< merge step that used a node up; large when never
};

/// Convenience: groups of a row-major n×n CPM for (p_min, g_max).
std::vector<std::vector<int>> groupClasses(const std::vector<double>& cpm, int n, double pMin, int gMax);

} // namespace hiernet::grouping

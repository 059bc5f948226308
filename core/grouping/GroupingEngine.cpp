#include "grouping/GroupingEngine.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace hiernet::grouping {
namespace {
constexpr double kNone = -std::numeric_limits<double>::infinity();
constexpr int kNever = std::numeric_limits<int>::max();
} // namespace

template <typename Value>
PairSums::PairSums(const std::vector<Value>& cpm, int n)
    : m_n(n)
    , m_rowBase(std::size_t(std::max(n, 0)))
{
    if (n < 1 || cpm.size() != std::size_t(n) * std::size_t(n))
        throw Error("grouping: the CPM must be a non-empty square matrix");
    std::size_t base = 0;
    for (int a = 0; a < n; ++a) {
        m_rowBase[std::size_t(a)] = base;
        base += std::size_t(n - a - 1);
    }
    m_values.resize(base);
    // In tiles, so that reading the CPM's columns stays in cache at 10,000 classes.
    constexpr int tile = 64;
    const std::size_t stride = std::size_t(n);
    for (int a0 = 0; a0 < n; a0 += tile)
        for (int b0 = a0; b0 < n; b0 += tile)
            for (int a = a0; a < std::min(a0 + tile, n); ++a)
                for (int b = std::max(b0, a + 1); b < std::min(b0 + tile, n); ++b)
                    at(a, b) = double(cpm[std::size_t(a) * stride + std::size_t(b)])
                        + double(cpm[std::size_t(b) * stride + std::size_t(a)]);
}

template PairSums::PairSums(const std::vector<double>&, int);
template PairSums::PairSums(const std::vector<float>&, int);

GroupingEngine::GroupingEngine(PairSums pairSums)
    : m_n(pairSums.size())
    , m_pairSums(std::move(pairSums))
{
}

GroupingEngine::GroupingEngine(const std::vector<double>& cpm, int n)
    : GroupingEngine(PairSums(cpm, n))
{
}

GroupingEngine GroupingEngine::fromFloat(const std::vector<float>& cpm, int n)
{
    return GroupingEngine(PairSums(cpm, n));
}

void GroupingEngine::setBalance(double alpha)
{
    if (!(alpha >= 0) || !std::isfinite(alpha))
        throw Error("balance α must be a number ≥ 0 (got " + std::to_string(alpha) + ")");
    m_alpha = alpha;
    if (m_gMax > 0)
        setMaxGroupSize(m_gMax);
}

namespace {

/// The state of one merge sequence. Slots hold the live groups; a merged group takes the slot of its earlier
/// half. Pair sums of live groups are sums over member pairs, so a merge updates them by one row addition.
class MergeSequence {
public:
    MergeSequence(const PairSums& pairSums, int gMax, double alpha)
        : m_n(std::size_t(pairSums.size()))
        , m_gMax(gMax)
        , m_alpha(alpha)
        , m_sum(pairSums)
        , m_mergedSums(m_n)
        , m_size(m_n, 1)
        , m_node(m_n)
        , m_bestSlot(m_n, -1)
        , m_bestProximity(m_n, kNone)
        , m_alive(m_n)
    {
        for (std::size_t s = 0; s < m_n; ++s)
            m_node[s] = m_alive[s] = int(s);
        for (std::size_t s = 0; s < m_n; ++s)
            rescan(int(s));
    }

    /// The row whose best pair is the closest (ties to the earlier node); −1 when no pair may merge.
    int closestRow() const
    {
        int row = -1;
        for (int s : m_alive)
            if (m_bestSlot[std::size_t(s)] >= 0
                && (row < 0 || m_bestProximity[std::size_t(s)] > m_bestProximity[std::size_t(row)]
                    || (m_bestProximity[std::size_t(s)] == m_bestProximity[std::size_t(row)]
                        && m_node[std::size_t(s)] < m_node[std::size_t(row)])))
                row = s;
        return row;
    }

    /// Merges `row` with its best partner into node `merged`; returns the merge.
    Merge merge(int row, int merged)
    {
        const int partner = m_bestSlot[std::size_t(row)];
        const Merge done { m_node[std::size_t(row)], m_node[std::size_t(partner)], merged, m_bestProximity[std::size_t(row)],
            linkage(row, partner), m_size[std::size_t(row)] + m_size[std::size_t(partner)] };
        m_alive.erase(std::lower_bound(m_alive.begin(), m_alive.end(), partner));
        for (int used : { row, partner })
            if (m_node[std::size_t(used)] >= int(m_n))
                m_groupSlots.erase(std::find(m_groupSlots.begin(), m_groupSlots.end(), used));
        m_groupSlots.push_back(row);
        addRow(row, partner);
        m_size[std::size_t(row)] += m_size[std::size_t(partner)];
        m_node[std::size_t(row)] = merged;
        // The merged group is last in the list: it has no partners after it.
        m_bestSlot[std::size_t(row)] = -1;
        m_bestProximity[std::size_t(row)] = kNone;
        updateBestPartners(row, partner);
        return done;
    }

private:
    /// Sums of `row` += sums of `partner`, over the live groups; also kept by slot in m_mergedSums for
    /// updateBestPartners. Below both slots the sums are a column of the triangle, one cache line each: they
    /// are fetched ahead.
    void addRow(int row, int partner)
    {
        constexpr std::size_t ahead = 64;
        const std::size_t count = m_alive.size();
        for (std::size_t i = 0; i < count; ++i) {
            if (i + ahead < count) {
                const int later = m_alive[i + ahead];
                if (later != row) {
                    __builtin_prefetch(&m_sum.at(row, later), 1);
                    __builtin_prefetch(&m_sum.at(partner, later), 0);
                }
            }
            const int other = m_alive[i];
            if (other != row)
                m_mergedSums[std::size_t(other)] = m_sum.at(row, other) += m_sum.at(partner, other);
        }
    }
    double linkage(int a, int b) const { return m_sum.at(a, b) / (double(m_size[std::size_t(a)]) * m_size[std::size_t(b)]); }
    double proximity(int a, int b) const { return proximityOf(m_sum.at(a, b), a, b); }
    /// The proximity of groups a and b whose pair sum is `sum`. α = 0 is the paper's rule bit for bit: no
    /// factor at all, not a factor of 1.
    double proximityOf(double sum, int a, int b) const
    {
        const double linkage = sum / (double(m_size[std::size_t(a)]) * m_size[std::size_t(b)]);
        return m_alpha == 0 ? linkage : linkage * std::pow(2.0 / (m_size[std::size_t(a)] + m_size[std::size_t(b)]), m_alpha);
    }

    /// Best partner of a row among the groups after it in list order (node ids grow with list order);
    /// ties go to the earliest partner, as in the reference enumeration i < j. The partners of a class are the
    /// classes after it and every merged group; those of a merged group, the groups merged after it.
    void rescan(int row)
    {
        double best = kNone;
        int bestAt = -1;
        auto consider = [&](int other) {
            if (m_size[std::size_t(row)] + m_size[std::size_t(other)] > m_gMax)
                return;
            const double p = proximity(row, other);
            if (p > best || (p == best && m_node[std::size_t(other)] < m_node[std::size_t(bestAt)])) {
                best = p;
                bestAt = other;
            }
        };
        auto group = m_groupSlots.begin();
        if (m_node[std::size_t(row)] < int(m_n)) {
            for (auto it = std::upper_bound(m_alive.begin(), m_alive.end(), row); it != m_alive.end(); ++it)
                if (m_node[std::size_t(*it)] < int(m_n))
                    consider(*it);
        } else {
            group = std::find(m_groupSlots.begin(), m_groupSlots.end(), row) + 1;
        }
        for (; group != m_groupSlots.end(); ++group)
            consider(*group);
        m_bestProximity[std::size_t(row)] = best;
        m_bestSlot[std::size_t(row)] = bestAt;
    }

    void updateBestPartners(int row, int partner)
    {
        for (int other : m_alive) {
            if (other == row)
                continue;
            const int b = m_bestSlot[std::size_t(other)];
            if (b == row || b == partner) {
                rescan(other);
            } else if (m_size[std::size_t(other)] + m_size[std::size_t(row)] <= m_gMax) {
                // The new group comes last, so it wins only when strictly closer.
                const double p = proximityOf(m_mergedSums[std::size_t(other)], other, row);
                if (p > m_bestProximity[std::size_t(other)]) {
                    m_bestProximity[std::size_t(other)] = p;
                    m_bestSlot[std::size_t(other)] = row;
                }
            }
        }
    }

    std::size_t m_n;
    int m_gMax;
    double m_alpha;
    PairSums m_sum; ///< the working copy: merged groups' sums replace their first half's
    std::vector<double> m_mergedSums; ///< by slot: the last merged group's sums (addRow)
    std::vector<int> m_size, m_node, m_bestSlot;
    std::vector<double> m_bestProximity;
    std::vector<int> m_alive; ///< live slots, ascending
    std::vector<int> m_groupSlots; ///< live slots holding merged groups, in the order they were made
};

} // namespace

void GroupingEngine::setMaxGroupSize(int gMax)
{
    if (gMax < 1)
        throw Error("g_max must be at least 1 (got " + std::to_string(gMax) + ")");
    m_gMax = gMax;
    MergeSequence sequence(m_pairSums, gMax, m_alpha);
    m_merges.clear();
    m_consumedAt.assign(2 * std::size_t(m_n), kNever);
    for (int row = sequence.closestRow(); row >= 0; row = sequence.closestRow()) {
        const int step = int(m_merges.size());
        const auto merge = sequence.merge(row, m_n + step);
        m_consumedAt[std::size_t(merge.first)] = step;
        m_consumedAt[std::size_t(merge.second)] = step;
        m_merges.push_back(merge);
    }
    m_prefixMinimum.resize(m_merges.size());
    double running = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < m_merges.size(); ++i)
        m_prefixMinimum[i] = running = std::min(running, m_merges[i].proximity);
}

int GroupingEngine::mergeCount(double pMin) const
{
    // The first merge whose proximity is not above p_min stops the algorithm; the running minimum
    // finds it by binary search even where rounding makes the sequence rise by an ulp.
    const auto it = std::partition_point(m_prefixMinimum.begin(), m_prefixMinimum.end(), [pMin](double p) { return p > pMin; });
    return int(it - m_prefixMinimum.begin());
}

std::vector<std::vector<int>> GroupingEngine::groups(double pMin) const
{
    return groupsAfter(mergeCount(pMin));
}

std::vector<std::vector<int>> GroupingEngine::groupsAfter(int mergeCount) const
{
    mergeCount = std::clamp(mergeCount, 0, int(m_merges.size()));
    std::vector<std::vector<int>> out;
    out.reserve(std::size_t(m_n - mergeCount));
    // Live nodes in id order are the reference list order: classes first, then groups by creation.
    for (int id = 0; id < m_n + mergeCount; ++id)
        if (m_consumedAt[std::size_t(id)] >= mergeCount)
            out.push_back(members(id));
    return out;
}

std::vector<int> GroupingEngine::members(int id) const
{
    std::vector<int> out;
    std::vector<int> stack { id };
    while (!stack.empty()) {
        const int top = stack.back();
        stack.pop_back();
        if (top < m_n) {
            out.push_back(top);
        } else {
            const auto& merge = m_merges[std::size_t(top - m_n)];
            stack.push_back(merge.second); // popped after the first half
            stack.push_back(merge.first);
        }
    }
    return out;
}

std::vector<std::vector<int>> groupClasses(const std::vector<double>& cpm, int n, double pMin, int gMax)
{
    GroupingEngine engine(cpm, n);
    engine.setMaxGroupSize(gMax);
    return engine.groups(pMin);
}

GroupCountCurve GroupingEngine::countCurve() const
{
    // A merge is done for p_min below the running minimum of the proximities up to it, so the count
    // changes only at those minima.
    std::vector<double> heights;
    double running = std::numeric_limits<double>::infinity();
    for (const auto& merge : m_merges) {
        running = std::min(running, merge.proximity);
        if (running > 0)
            heights.push_back(running);
    }
    std::sort(heights.begin(), heights.end());
    heights.erase(std::unique(heights.begin(), heights.end()), heights.end());
    GroupCountCurve curve;
    auto add = [&](double pMin) {
        curve.thresholds.push_back(pMin);
        curve.counts.push_back(m_n - mergeCount(pMin));
    };
    add(heights.empty() ? 1e-5 : heights.front() / 3);
    for (double h : heights)
        add(h);
    add(heights.empty() ? 1.0 : heights.back() * 3);
    return curve;
}

} // namespace hiernet::grouping

namespace hiernet::grouping {

GroupingStop GroupingEngine::stopAt(double pMin) const
{
    GroupingStop stop;
    const int done = mergeCount(pMin);
    if (done < int(m_merges.size())) {
        stop.reason = GroupingStop::Reason::BelowPMin;
        stop.next = m_merges[std::size_t(done)];
        return stop;
    }
    const auto left = groupsAfter(done);
    if (left.size() <= 1)
        return stop;
    std::vector<int> sizes;
    for (const auto& g : left)
        sizes.push_back(int(g.size()));
    std::partial_sort(sizes.begin(), sizes.begin() + 2, sizes.end());
    stop.reason = GroupingStop::Reason::GMaxReached;
    stop.smallestPairSize = sizes[0] + sizes[1];
    return stop;
}

} // namespace hiernet::grouping

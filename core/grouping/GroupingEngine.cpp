#include "grouping/GroupingEngine.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hiernet::grouping {
namespace {
constexpr double kNone = -std::numeric_limits<double>::infinity();
constexpr int kNever = std::numeric_limits<int>::max();
} // namespace

GroupingEngine::GroupingEngine(const std::vector<double>& cpm, int n)
    : m_n(n)
    , m_pairSum(std::size_t(n) * std::size_t(n))
{
    if (n < 1 || cpm.size() != std::size_t(n) * std::size_t(n))
        throw Error("grouping: the CPM must be a non-empty square matrix");
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            m_pairSum[std::size_t(a) * n + b] = cpm[std::size_t(a) * n + b] + cpm[std::size_t(b) * n + a];
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
    MergeSequence(const std::vector<double>& pairSum, int n, int gMax, double alpha)
        : m_n(std::size_t(n))
        , m_gMax(gMax)
        , m_alpha(alpha)
        , m_sum(pairSum)
        , m_size(m_n, 1)
        , m_node(m_n)
        , m_bestSlot(m_n, -1)
        , m_bestProximity(m_n, kNone)
        , m_alive(m_n)
    {
        for (int s = 0; s < n; ++s)
            m_node[std::size_t(s)] = m_alive[std::size_t(s)] = s;
        for (int s = 0; s < n; ++s)
            rescan(s);
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
        m_alive.erase(std::find(m_alive.begin(), m_alive.end(), partner));
        for (int other : m_alive) {
            at(row, other) += at(partner, other);
            at(other, row) = at(row, other);
        }
        m_size[std::size_t(row)] += m_size[std::size_t(partner)];
        m_node[std::size_t(row)] = merged;
        // The merged group is last in the list: it has no partners after it.
        m_bestSlot[std::size_t(row)] = -1;
        m_bestProximity[std::size_t(row)] = kNone;
        updateBestPartners(row, partner);
        return done;
    }

private:
    double& at(int a, int b) { return m_sum[std::size_t(a) * m_n + std::size_t(b)]; }
    double linkage(int a, int b) const
    {
        return m_sum[std::size_t(a) * m_n + std::size_t(b)] / (double(m_size[std::size_t(a)]) * m_size[std::size_t(b)]);
    }
    /// α = 0 is the paper's rule bit for bit: no factor at all, not a factor of 1.
    double proximity(int a, int b) const
    {
        return m_alpha == 0 ? linkage(a, b)
                            : linkage(a, b) * std::pow(2.0 / (m_size[std::size_t(a)] + m_size[std::size_t(b)]), m_alpha);
    }

    /// Best partner of a row among the groups after it in list order (node ids grow with list order);
    /// ties go to the earliest partner, as in the reference enumeration i < j.
    void rescan(int row)
    {
        double best = kNone;
        int bestAt = -1;
        const int rowNode = m_node[std::size_t(row)];
        for (int other : m_alive) {
            if (m_node[std::size_t(other)] <= rowNode || m_size[std::size_t(row)] + m_size[std::size_t(other)] > m_gMax)
                continue;
            const double p = proximity(row, other);
            if (p > best || (p == best && m_node[std::size_t(other)] < m_node[std::size_t(bestAt)])) {
                best = p;
                bestAt = other;
            }
        }
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
                const double p = proximity(other, row);
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
    std::vector<double> m_sum;
    std::vector<int> m_size, m_node, m_bestSlot;
    std::vector<double> m_bestProximity;
    std::vector<int> m_alive;
};

} // namespace

void GroupingEngine::setMaxGroupSize(int gMax)
{
    if (gMax < 1)
        throw Error("g_max must be at least 1 (got " + std::to_string(gMax) + ")");
    m_gMax = gMax;
    MergeSequence sequence(m_pairSum, m_n, gMax, m_alpha);
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

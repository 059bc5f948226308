#include "grouping/GroupingQuality.h"

#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace hiernet::grouping {

GroupingQuality assessGrouping(const Cpm& cpm, const std::vector<std::vector<int>>& groups)
{
    const int n = cpm.size();
    std::vector<int> groupOf(std::size_t(n), -1);
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (int c : groups[g]) {
            if (c < 0 || c >= n || groupOf[std::size_t(c)] >= 0)
                throw Error("grouping quality: class " + std::to_string(c) + " is not a class of the CPM or is in two groups");
            groupOf[std::size_t(c)] = int(g);
        }
    if (std::find(groupOf.begin(), groupOf.end(), -1) != groupOf.end())
        throw Error("grouping quality: every class of the CPM must be in a group");

    const bool counted = cpm.confusion.size() == cpm.values.size();
    const auto rowShareInside = [&](const std::vector<double>& matrix, int row, double* total) {
        double inside = 0, all = 0;
        for (int col = 0; col < n; ++col) {
            const double v = matrix[std::size_t(row) * std::size_t(n) + std::size_t(col)];
            all += v;
            if (groupOf[std::size_t(col)] == groupOf[std::size_t(row)])
                inside += v;
        }
        if (total)
            *total = all;
        return all > 0 ? inside / all : 0.0;
    };

    GroupingQuality q;
    double weighted = 0, weights = 0, hits = 0, images = 0;
    for (const auto& members : groups) {
        GroupQuality group;
        group.classes = members;
        double mass = 0, groupHits = 0, groupImages = 0;
        for (int c : members) {
            const double share = rowShareInside(cpm.values, c, nullptr);
            mass += share;
            double count = 1;
            if (counted) {
                const double hitShare = rowShareInside(cpm.confusion, c, &count);
                groupHits += hitShare * count;
                groupImages += count;
            }
            weighted += share * count;
            weights += count;
        }
        group.withinMass = members.empty() ? 0.0 : mass / double(members.size());
        if (counted) {
            group.withinHits = groupImages > 0 ? groupHits / groupImages : 0.0;
            hits += groupHits;
            images += groupImages;
        }
        q.groups.push_back(std::move(group));
    }
    q.rootEstimate = weights > 0 ? weighted / weights : 0.0;
    if (counted)
        q.rootEstimateHard = images > 0 ? hits / images : 0.0;

    q.largest = 0;
    q.smallest = n;
    for (const auto& members : groups) {
        const int size = int(members.size());
        q.largest = std::max(q.largest, size);
        q.smallest = std::min(q.smallest, size);
        const double p = double(size) / n;
        if (p > 0)
            q.sizeEntropy -= p * std::log2(p);
    }
    q.balance = groups.size() > 1 ? q.sizeEntropy / std::log2(double(groups.size())) : 1.0;
    return q;
}

} // namespace hiernet::grouping

#include "grouping/HierarchyComparison.h"

#include "util/Error.h"

#include <map>

namespace hiernet::grouping {

namespace {
std::vector<int> leafGroupOfClass(const Hierarchy& h)
{
    std::vector<int> group(h.classNames().size());
    for (std::size_t c = 0; c < group.size(); ++c)
        group[c] = h.node(h.classNode(int(c))).parent;
    return group;
}
} // namespace

HierarchyComparison compareHierarchies(const Hierarchy& a, const Hierarchy& b)
{
    if (a.classNames() != b.classNames())
        throw Error("the two hierarchies are over different classes (" + std::to_string(a.classNames().size()) + " and "
            + std::to_string(b.classNames().size()) + " classes, or names or order differ)");
    HierarchyComparison result;
    const auto groupA = leafGroupOfClass(a), groupB = leafGroupOfClass(b);
    result.leafGroupAri = adjustedRandIndex(groupA, groupB);
    result.firstLevelAri = adjustedRandIndex(a.firstLevelPartition(), b.firstLevelPartition());

    std::map<int, std::map<int, int>> overlap; // group in a → group in b → shared classes
    for (std::size_t c = 0; c < groupA.size(); ++c)
        ++overlap[groupA[c]][groupB[c]];
    std::map<int, int> match;
    for (const auto& [ga, counts] : overlap) {
        int best = -1, bestCount = 0;
        for (const auto& [gb, count] : counts) // ascending gb: the first maximum wins ties
            if (count > bestCount) {
                best = gb;
                bestCount = count;
            }
        match[ga] = best;
    }
    for (std::size_t c = 0; c < groupA.size(); ++c)
        if (groupB[c] != match[groupA[c]])
            result.moved.push_back({ int(c), a.node(groupA[c]).name, b.node(groupB[c]).name });
    return result;
}

} // namespace hiernet::grouping

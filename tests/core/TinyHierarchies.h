// The small hierarchies over six classes c0…c5 that the HierNet and explanation tests share.
#pragma once
#include "grouping/Hierarchy.h"

#include <string>
#include <vector>

namespace hiernet::tiny {

inline std::vector<std::string> classNames(int k)
{
    std::vector<std::string> out;
    for (int i = 0; i < k; ++i)
        out.push_back(std::string("c").append(std::to_string(i))); // GCC 12 -Wstringop-overflow false positive on "c" + …
    return out;
}

/// Two levels: {c0,c3,c5}, {c1}, {c2,c4}.
inline grouping::Hierarchy twoLevels()
{
    return grouping::Hierarchy::fromGroups(classNames(6), { { 0, 3, 5 }, { 1 }, { 2, 4 } });
}

/// Three levels and uneven: root → A(→ A1{c0,c1}, A2{c2}), B{c3,c4,c5} (a leaf group reached one level earlier).
inline grouping::Hierarchy deepUneven()
{
    return grouping::Hierarchy::fromJson(
        R"({"root": {"A": {"A1": ["c0", "c1"], "A2": ["c2"]}, "B": ["c3", "c4", "c5"]}})", classNames(6), "test");
}

} // namespace hiernet::tiny

#pragma once
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"

#include <set>
#include <string>
#include <vector>

namespace hiernet::grouping {

/// A name that says what a group is, made from its members: the two classes most central to it (the
/// largest sum of CPM[a][b] + CPM[b][a] over the other members; ties to the lower class), then how
/// many more — "Shirt · Pullover +2", "Sandal · Sneaker", a lone class "(Bag)".
std::string nameFromMembers(const Cpm& cpm, const std::vector<int>& classes);

/// Names every group of the hierarchy (every inner node but the root) from the classes under it,
/// except the groups whose names are in `keep` (names a user gave). Names stay unique: a name taken
/// by a kept group or a class gets " 2", " 3", ….
void nameGroupsFromMembers(Hierarchy& hierarchy, const Cpm& cpm, const std::set<std::string>& keep = {});

} // namespace hiernet::grouping

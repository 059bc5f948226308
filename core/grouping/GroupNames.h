#pragma once
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"

#include <map>
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

/// The names a user gave to groups (renames, a tree from a file, coarse labels), each with the classes of the
/// group it named. Every other group is named from its members. A regrouping gives each name back to the
/// group of exactly its classes; a hand edit keeps it with its group, whose classes it follows.
///
///     names.give("footwear", {5, 7, 9});
///     names.nameRegrouped(tree, cpm);   // the group {5, 7, 9}, if the new tree has it, is "footwear"
class GivenNames {
public:
    /// Every group (inner node but the root) of a tree whose names were given with it.
    static GivenNames of(const Hierarchy& hierarchy);

    void give(const std::string& name, std::vector<int> classes);
    void forget(const std::string& name);
    bool empty() const { return m_names.empty(); }
    const std::map<std::string, std::vector<int>>& names() const { return m_names; }
    bool operator==(const GivenNames& other) const { return m_names == other.m_names; }

    /// Names a regrouped tree: its groups from their members, then each given name back to the group of
    /// exactly its classes (where the tree has one and the name is free).
    void nameRegrouped(Hierarchy& hierarchy, const Cpm& cpm) const;
    /// Names a tree after hand edits: a group with a given name keeps it (the name now holds its classes), the
    /// other groups are named from their members.
    void nameEdited(Hierarchy& hierarchy, const Cpm& cpm);

private:
    std::map<std::string, std::vector<int>> m_names; ///< name → its group's classes, sorted
};

} // namespace hiernet::grouping

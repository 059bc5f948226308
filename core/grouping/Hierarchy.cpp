#include "grouping/Hierarchy.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace hiernet::grouping {
namespace {

using OrderedJson = nlohmann::ordered_json;

// Collects nodes while parsing: classes by name, checked against the known class list.
class TreeAssembler {
public:
    TreeAssembler(std::vector<std::string> known, std::string source)
        : m_source(std::move(source))
        , m_fixedClasses(!known.empty())
        , m_classNames(std::move(known))
    {
        for (std::size_t i = 0; i < m_classNames.size(); ++i)
            m_classIds[m_classNames[i]] = int(i);
    }

    int addInner(const std::string& name, int parent)
    {
        if (!m_innerNames.insert(name).second)
            throw Error(m_source + ": the group name '" + name + "' is used twice");
        return add(name, -1, parent);
    }

    int addClass(const std::string& name, int parent)
    {
        auto it = m_classIds.find(name);
        if (it == m_classIds.end()) {
            if (m_fixedClasses)
                throw Error(m_source + ": '" + name + "' is not a class of this dataset");
            it = m_classIds.emplace(name, int(m_classNames.size())).first;
            m_classNames.push_back(name);
        }
        if (!m_placed.insert(it->second).second)
            throw Error(m_source + ": class '" + name + "' appears more than once");
        return add(name, it->second, parent);
    }

    std::vector<Hierarchy::Node> nodes;

    void finish(std::vector<std::string>& classNames)
    {
        for (std::size_t i = 0; i < m_classNames.size(); ++i)
            if (!m_placed.count(int(i)))
                throw Error(m_source + ": class '" + m_classNames[i] + "' is missing from the hierarchy");
        for (const auto& name : m_innerNames)
            if (m_classIds.count(name))
                throw Error(m_source + ": the group name '" + name + "' is also a class name");
        classNames = m_classNames;
    }

private:
    int add(const std::string& name, int classId, int parent)
    {
        Hierarchy::Node node;
        node.name = name;
        node.classId = classId;
        node.parent = parent;
        nodes.push_back(node);
        const int index = int(nodes.size()) - 1;
        if (parent >= 0)
            nodes[std::size_t(parent)].children.push_back(index);
        return index;
    }

    std::string m_source;
    bool m_fixedClasses;
    std::vector<std::string> m_classNames;
    std::map<std::string, int> m_classIds;
    std::set<int> m_placed;
    std::set<std::string> m_innerNames;
};

void parseNested(const OrderedJson& value, int parent, TreeAssembler& tree, const std::string& source)
{
    if (value.is_array()) {
        for (const auto& item : value) {
            if (!item.is_string())
                throw Error(source + ": a leaf group must list class names, found " + item.dump());
            tree.addClass(item.get<std::string>(), parent);
        }
    } else if (value.is_object()) {
        for (const auto& [name, child] : value.items())
            parseNested(child, tree.addInner(name, parent), tree, source);
    } else {
        throw Error(source + ": expected an object of groups or a list of classes, found " + value.dump());
    }
}

void parseFlat(const OrderedJson& json, TreeAssembler& tree, const std::string& source)
{
    std::map<std::string, std::vector<std::string>> children;
    std::vector<std::string> order;
    for (const auto& node : json.at("nodes")) {
        if (!node.is_object() || !node.contains("name") || !node["name"].is_string())
            throw Error(source + ": every entry of \"nodes\" needs a \"name\"");
        const auto name = node["name"].get<std::string>();
        if (children.count(name))
            throw Error(source + ": the group name '" + name + "' is used twice");
        std::vector<std::string> list;
        for (const auto& c : node.value("children", OrderedJson::array())) {
            if (!c.is_string())
                throw Error(source + ": children of '" + name + "' must be names, found " + c.dump());
            list.push_back(c.get<std::string>());
        }
        children[name] = list;
        order.push_back(name);
    }
    if (order.empty())
        throw Error(source + ": \"nodes\" is empty");
    const auto rootName = json.contains("root") && json["root"].is_string() ? json["root"].get<std::string>() : order.front();
    if (!children.count(rootName))
        throw Error(source + ": the root '" + rootName + "' is not among the nodes");
    std::vector<std::string> path;
    std::set<std::string> visited;
    std::function<void(const std::string&, int)> walk = [&](const std::string& name, int parent) {
        if (std::find(path.begin(), path.end(), name) != path.end()) {
            std::string cycle;
            for (const auto& p : path)
                cycle += p + " → ";
            throw Error(source + ": the hierarchy has a cycle: " + cycle + name);
        }
        if (!visited.insert(name).second)
            throw Error(source + ": group '" + name + "' has more than one parent");
        path.push_back(name);
        const int index = tree.addInner(name, parent);
        for (const auto& child : children[name]) {
            if (children.count(child))
                walk(child, index);
            else
                tree.addClass(child, index);
        }
        path.pop_back();
    };
    walk(rootName, -1);
    for (const auto& name : order)
        if (!visited.count(name))
            throw Error(source + ": group '" + name + "' is not reachable from the root '" + rootName + "'");
}

} // namespace

Hierarchy Hierarchy::fromGroups(const std::vector<std::string>& classNames, const std::vector<std::vector<int>>& groups)
{
    Hierarchy h;
    h.m_classNames = classNames;
    h.m_nodes.push_back({ "root", -1, {}, -1 });
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const int group = int(h.m_nodes.size());
        h.m_nodes.push_back({ "group " + std::to_string(g + 1), -1, {}, 0 });
        h.m_nodes[0].children.push_back(group);
        for (int c : groups[g]) {
            if (c < 0 || c >= int(classNames.size()))
                throw Error(
                    "group " + std::to_string(g + 1) + " holds class index " + std::to_string(c) + ", which does not exist");
            h.m_nodes.push_back({ classNames[std::size_t(c)], c, {}, group });
            h.m_nodes[std::size_t(group)].children.push_back(int(h.m_nodes.size()) - 1);
        }
    }
    h.rebuild();
    h.validate();
    return h;
}

Hierarchy Hierarchy::fromGroupTree(const std::vector<std::string>& classNames, const std::vector<Group>& groups)
{
    Hierarchy h;
    h.m_classNames = classNames;
    h.m_nodes.push_back({ "root", -1, {}, -1 });
    std::function<void(const Group&, int)> add = [&](const Group& group, int parent) {
        const int index = int(h.m_nodes.size());
        h.m_nodes.push_back({ group.name, -1, {}, parent });
        h.m_nodes[std::size_t(parent)].children.push_back(index);
        for (const auto& child : group.children)
            add(child, index);
        for (int c : group.classes) {
            if (c < 0 || c >= int(classNames.size()))
                throw Error(group.name + " holds class index " + std::to_string(c) + ", which does not exist");
            h.m_nodes.push_back({ classNames[std::size_t(c)], c, {}, index });
            h.m_nodes[std::size_t(index)].children.push_back(int(h.m_nodes.size()) - 1);
        }
    };
    for (const auto& group : groups)
        add(group, 0);
    h.rebuild();
    h.validate();
    return h;
}

Hierarchy Hierarchy::fromCoarseLabels(const std::vector<std::string>& classNames, const std::vector<std::string>& coarseNames,
    const std::vector<int>& coarseOfClass)
{
    std::vector<std::vector<int>> groups(coarseNames.size());
    for (std::size_t c = 0; c < coarseOfClass.size(); ++c) {
        const int coarse = coarseOfClass[c];
        if (coarse < 0 || coarse >= int(coarseNames.size()))
            throw Error("class '" + classNames[c] + "' has no coarse label");
        groups[std::size_t(coarse)].push_back(int(c));
    }
    std::vector<std::string> names;
    std::vector<std::vector<int>> nonEmpty;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (!groups[g].empty()) {
            nonEmpty.push_back(groups[g]);
            names.push_back(coarseNames[g]);
        }
    auto h = fromGroups(classNames, nonEmpty);
    const auto groupsInOrder = h.node(0).children;
    for (std::size_t g = 0; g < groupsInOrder.size(); ++g)
        h.rename(groupsInOrder[g], names[g]);
    return h;
}

Hierarchy Hierarchy::fromJson(const std::string& text, const std::vector<std::string>& knownClasses, const std::string& source)
{
    OrderedJson json;
    try {
        json = OrderedJson::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(source + ": not valid JSON (" + e.what() + ")");
    }
    if (!json.is_object())
        throw Error(source + ": a hierarchy file holds a JSON object");
    std::vector<std::string> known = knownClasses;
    if (known.empty() && json.contains("classes")) {
        // Each entry checked, so that a bad one is named (nlohmann's conversion throws its own type error).
        const auto& names = json["classes"];
        if (!names.is_array())
            throw Error(source + ": \"classes\" must be a list of class names");
        for (const auto& name : names) {
            if (!name.is_string())
                throw Error(source + ": \"classes\" must list class names, found " + name.dump());
            known.push_back(name.get<std::string>());
        }
    }
    TreeAssembler tree(known, source);
    if (json.contains("nodes")) {
        parseFlat(json, tree, source);
    } else if (json.contains("root") && json["root"].is_object()) {
        parseNested(json["root"], tree.addInner("root", -1), tree, source);
    } else {
        throw Error(source + ": neither a \"nodes\" list nor a nested \"root\" object; not a hierarchy file");
    }
    Hierarchy h;
    tree.finish(h.m_classNames);
    h.m_nodes = std::move(tree.nodes);
    // Validate before rebuild: an empty group in a file is an error, not something to drop silently.
    h.validate();
    h.rebuild();
    return h;
}

Hierarchy Hierarchy::load(const std::string& path, const std::vector<std::string>& knownClasses)
{
    if (!io::fileExists(path))
        throw Error(path + ": hierarchy file not found");
    return fromJson(io::readText(path), knownClasses, path);
}

std::string Hierarchy::toJson() const
{
    if (m_nodes.empty())
        throw Error("hierarchy: empty (no tree to write)");
    OrderedJson json;
    json["format"] = "hiernet-hierarchy";
    json["version"] = 1;
    json["classes"] = m_classNames;
    json["root"] = m_nodes.front().name;
    json["nodes"] = OrderedJson::array();
    for (const auto& node : m_nodes) {
        if (node.isClass())
            continue;
        OrderedJson entry;
        entry["name"] = node.name;
        entry["children"] = OrderedJson::array();
        for (int c : node.children)
            entry["children"].push_back(m_nodes[std::size_t(c)].name);
        json["nodes"].push_back(entry);
    }
    return json.dump(2) + "\n";
}

void Hierarchy::save(const std::string& path) const
{
    validate();
    io::writeAtomically(path, toJson());
}

void Hierarchy::validate() const
{
    if (m_nodes.empty() || m_nodes.front().isClass())
        throw Error("hierarchy: the root must be a group");
    std::vector<int> seen(m_classNames.size(), 0);
    std::set<std::string> names;
    for (const auto& node : m_nodes) {
        if (node.isClass()) {
            if (node.classId >= int(seen.size()))
                throw Error("hierarchy: class id " + std::to_string(node.classId) + " does not exist");
            ++seen[std::size_t(node.classId)];
            continue;
        }
        if (node.name.empty())
            throw Error("hierarchy: a group has no name");
        if (!names.insert(node.name).second)
            throw Error("hierarchy: the group name '" + node.name + "' is used twice");
        if (node.children.empty())
            throw Error("hierarchy: group '" + node.name + "' is empty");
        bool classes = false, groups = false;
        for (int c : node.children)
            (m_nodes[std::size_t(c)].isClass() ? classes : groups) = true;
        if (classes && groups)
            throw Error("hierarchy: group '" + node.name + "' mixes classes and groups; put the classes in a group of their own");
    }
    for (std::size_t c = 0; c < seen.size(); ++c) {
        if (seen[c] == 0)
            throw Error("hierarchy: class '" + m_classNames[c] + "' is missing");
        if (seen[c] > 1)
            throw Error("hierarchy: class '" + m_classNames[c] + "' appears " + std::to_string(seen[c]) + " times");
    }
    for (const auto& name : m_classNames)
        if (names.count(name))
            throw Error("hierarchy: the group name '" + name + "' is also a class name");
}

void Hierarchy::rebuild()
{
    std::vector<Node> out;
    std::function<int(int, int)> copy = [&](int index, int parent) {
        const Node& old = m_nodes[std::size_t(index)];
        if (!old.isClass() && classesUnder(index).empty() && parent >= 0)
            return -1;
        const int at = int(out.size());
        out.push_back({ old.name, old.classId, {}, parent });
        for (int child : old.children) {
            const int copied = copy(child, at);
            if (copied >= 0)
                out[std::size_t(at)].children.push_back(copied);
        }
        return at;
    };
    copy(0, -1);
    m_nodes = std::move(out);
}

std::string Hierarchy::uniqueName(const std::string& base) const
{
    for (int i = 1;; ++i) {
        const auto candidate = i == 1 ? base : base + " " + std::to_string(i);
        if (findNode(candidate) < 0)
            return candidate;
    }
}

int Hierarchy::findNode(const std::string& name) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (!m_nodes[i].isClass() && m_nodes[i].name == name)
            return int(i);
    return -1;
}

int Hierarchy::classNode(int classId) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].classId == classId)
            return int(i);
    throw Error("hierarchy: no class with id " + std::to_string(classId));
}

bool Hierarchy::isLeafGroup(int index) const
{
    const auto& node = m_nodes[std::size_t(index)];
    return !node.isClass() && !node.children.empty() && m_nodes[std::size_t(node.children.front())].isClass();
}

std::vector<int> Hierarchy::innerNodes() const
{
    std::vector<int> out;
    for (std::size_t i = 1; i < m_nodes.size(); ++i)
        if (!m_nodes[i].isClass())
            out.push_back(int(i));
    return out;
}

std::vector<int> Hierarchy::leafGroups() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (isLeafGroup(int(i)))
            out.push_back(int(i));
    return out;
}

std::vector<int> Hierarchy::leafOrder() const
{
    return classesUnder(0);
}

std::vector<int> Hierarchy::classesUnder(int index) const
{
    std::vector<int> out;
    std::function<void(int)> walk = [&](int i) {
        const auto& node = m_nodes[std::size_t(i)];
        if (node.isClass())
            out.push_back(node.classId);
        for (int c : node.children)
            walk(c);
    };
    walk(index);
    return out;
}

std::vector<int> Hierarchy::pathToClass(int classId) const
{
    std::vector<int> path;
    for (int i = m_nodes[std::size_t(classNode(classId))].parent; i >= 0; i = m_nodes[std::size_t(i)].parent)
        path.push_back(i);
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<int> Hierarchy::firstLevelPartition() const
{
    std::vector<int> label(m_classNames.size(), -1);
    const auto& top = m_nodes.front().children;
    for (std::size_t g = 0; g < top.size(); ++g)
        for (int c : classesUnder(top[g]))
            label[std::size_t(c)] = int(g);
    return label;
}

int Hierarchy::depthOf(int index) const
{
    int depth = 0;
    for (int i = m_nodes[std::size_t(index)].parent; i >= 0; i = m_nodes[std::size_t(i)].parent)
        ++depth;
    return depth;
}

Hierarchy::Statistics Hierarchy::statistics() const
{
    Statistics s;
    for (int i : innerNodes()) {
        const int d = depthOf(i);
        if (int(s.groupsPerLevel.size()) < d)
            s.groupsPerLevel.resize(std::size_t(d), 0);
        ++s.groupsPerLevel[std::size_t(d - 1)];
        s.depth = std::max(s.depth, d);
    }
    double entropy = 0;
    const double total = double(m_classNames.size());
    for (int g : m_nodes.front().children) {
        const auto size = int(classesUnder(g).size());
        s.firstLevelSizes.push_back(size);
        const double p = size / total;
        entropy -= p * std::log(p);
    }
    const auto k = s.firstLevelSizes.size();
    s.balance = k > 1 ? entropy / std::log(double(k)) : 1.0;
    return s;
}

void Hierarchy::moveClass(int classId, int targetGroup)
{
    if (targetGroup < 0 || targetGroup >= int(m_nodes.size()) || !isLeafGroup(targetGroup))
        throw Error("hierarchy: a class can only move into a group of classes");
    const int leaf = classNode(classId);
    auto& siblings = m_nodes[std::size_t(m_nodes[std::size_t(leaf)].parent)].children;
    siblings.erase(std::find(siblings.begin(), siblings.end(), leaf));
    m_nodes[std::size_t(targetGroup)].children.push_back(leaf);
    m_nodes[std::size_t(leaf)].parent = targetGroup;
    rebuild();
}

int Hierarchy::mergeGroups(int target, int source)
{
    if (target == source || target <= 0 || source <= 0 || target >= int(m_nodes.size()) || source >= int(m_nodes.size())
        || m_nodes[std::size_t(target)].isClass() || m_nodes[std::size_t(source)].isClass())
        throw Error("hierarchy: merge needs two different groups");
    if (isLeafGroup(target) != isLeafGroup(source))
        throw Error("hierarchy: cannot merge a group of classes with a group of groups");
    const auto targetName = m_nodes[std::size_t(target)].name;
    for (int c : m_nodes[std::size_t(source)].children) {
        m_nodes[std::size_t(target)].children.push_back(c);
        m_nodes[std::size_t(c)].parent = target;
    }
    m_nodes[std::size_t(source)].children.clear();
    rebuild();
    return findNode(targetName);
}

int Hierarchy::splitGroup(int group, const std::vector<int>& classIds, const std::string& newName)
{
    if (group < 0 || group >= int(m_nodes.size()) || !isLeafGroup(group))
        throw Error("hierarchy: only a group of classes can be split");
    if (classIds.empty())
        throw Error("hierarchy: choose the classes that go into the new group");
    const int parent = m_nodes[std::size_t(group)].parent;
    const auto name = uniqueName(newName.empty() ? m_nodes[std::size_t(group)].name + " (split)" : newName);
    Node fresh { name, -1, {}, parent };
    m_nodes.push_back(fresh);
    const int created = int(m_nodes.size()) - 1;
    auto& siblings = m_nodes[std::size_t(parent)].children;
    siblings.insert(std::find(siblings.begin(), siblings.end(), group) + 1, created);
    for (int c : classIds) {
        const int leaf = classNode(c);
        if (m_nodes[std::size_t(leaf)].parent != group)
            throw Error("hierarchy: class '" + m_classNames[std::size_t(c)] + "' is not in group '"
                + m_nodes[std::size_t(group)].name + "'");
        auto& members = m_nodes[std::size_t(group)].children;
        members.erase(std::find(members.begin(), members.end(), leaf));
        m_nodes[std::size_t(created)].children.push_back(leaf);
        m_nodes[std::size_t(leaf)].parent = created;
    }
    rebuild();
    return findNode(name);
}

void Hierarchy::rename(int index, const std::string& name)
{
    if (index < 0 || index >= int(m_nodes.size()) || m_nodes[std::size_t(index)].isClass())
        throw Error("hierarchy: only groups can be renamed");
    if (name.empty())
        throw Error("hierarchy: a group name cannot be empty");
    const int existing = findNode(name);
    if ((existing >= 0 && existing != index) || std::find(m_classNames.begin(), m_classNames.end(), name) != m_classNames.end())
        throw Error("hierarchy: the name '" + name + "' is already taken");
    m_nodes[std::size_t(index)].name = name;
}

bool Hierarchy::operator==(const Hierarchy& other) const
{
    if (m_nodes.empty() || other.m_nodes.empty()) // an empty hierarchy (no tree yet) equals only another
        return m_nodes.empty() && other.m_nodes.empty() && m_classNames == other.m_classNames;
    return toJson() == other.toJson();
}

double adjustedRandIndex(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.size() != b.size())
        throw Error("adjusted Rand index: the two labelings cover different numbers of items");
    std::map<std::pair<int, int>, double> table;
    std::map<int, double> rows, cols;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ++table[{ a[i], b[i] }];
        ++rows[a[i]];
        ++cols[b[i]];
    }
    auto choose2 = [](double n) { return n * (n - 1) / 2; };
    double index = 0, rowSum = 0, colSum = 0;
    for (const auto& [key, n] : table)
        index += choose2(n);
    for (const auto& [key, n] : rows)
        rowSum += choose2(n);
    for (const auto& [key, n] : cols)
        colSum += choose2(n);
    const double total = choose2(double(a.size()));
    const double expected = total > 0 ? rowSum * colSum / total : 0;
    const double maximum = (rowSum + colSum) / 2;
    if (maximum == expected)
        return 1.0; // both partitions trivial (all singletons or one group) and identical in structure
    return (index - expected) / (maximum - expected);
}

} // namespace hiernet::grouping

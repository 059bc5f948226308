#include "grouping/GroupNames.h"

#include <algorithm>

namespace hiernet::grouping {

std::string nameFromMembers(const Cpm& cpm, const std::vector<int>& classes)
{
    if (classes.empty())
        return "(empty)";
    if (classes.size() == 1)
        return "(" + cpm.classes[std::size_t(classes[0])] + ")";
    std::vector<int> sorted = classes;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> centrality;
    for (int a : sorted) {
        double sum = 0;
        for (int b : sorted)
            if (b != a)
                sum += cpm.at(a, b) + cpm.at(b, a);
        centrality.push_back(sum);
    }
    // The most central, then the next: a lower class wins unless another is clearly more central
    // (sums in another order differ in the last bits).
    const auto mostCentral = [&](std::size_t skip) {
        std::size_t best = skip == 0 ? 1 : 0;
        for (std::size_t i = 0; i < sorted.size(); ++i)
            if (i != skip && centrality[i] > centrality[best] * (1 + 1e-9) + 1e-15)
                best = i;
        return best;
    };
    const std::size_t first = mostCentral(sorted.size()), second = mostCentral(first);
    std::string name = cpm.classes[std::size_t(sorted[first])] + " · " + cpm.classes[std::size_t(sorted[second])];
    if (classes.size() > 2)
        name += " +" + std::to_string(classes.size() - 2);
    return name;
}

void nameGroupsFromMembers(Hierarchy& hierarchy, const Cpm& cpm, const std::set<std::string>& keep)
{
    std::vector<int> renamed;
    for (int node : hierarchy.innerNodes())
        if (!keep.count(hierarchy.node(node).name))
            renamed.push_back(node);
    // Out of the way first, so that no new name meets an old one that is about to change.
    for (std::size_t i = 0; i < renamed.size(); ++i)
        hierarchy.rename(renamed[i], "\x01renaming " + std::to_string(i));
    const auto& classNames = hierarchy.classNames();
    for (int node : renamed) {
        const std::string base = nameFromMembers(cpm, hierarchy.classesUnder(node));
        std::string name = base;
        for (int k = 2;
             hierarchy.findNode(name) >= 0 || std::find(classNames.begin(), classNames.end(), name) != classNames.end(); ++k)
            name = base + " " + std::to_string(k);
        hierarchy.rename(node, name);
    }
}

namespace {

std::vector<int> sortedClassesUnder(const Hierarchy& h, int node)
{
    auto classes = h.classesUnder(node);
    std::sort(classes.begin(), classes.end());
    return classes;
}

} // namespace

GivenNames GivenNames::of(const Hierarchy& hierarchy)
{
    GivenNames names;
    for (int node : hierarchy.innerNodes())
        names.m_names[hierarchy.node(node).name] = sortedClassesUnder(hierarchy, node);
    return names;
}

void GivenNames::give(const std::string& name, std::vector<int> classes)
{
    std::sort(classes.begin(), classes.end());
    m_names[name] = std::move(classes);
}

void GivenNames::forget(const std::string& name)
{
    m_names.erase(name);
}

void GivenNames::nameRegrouped(Hierarchy& h, const Cpm& cpm) const
{
    nameGroupsFromMembers(h, cpm);
    for (const auto& [name, classes] : m_names)
        for (int node : h.innerNodes())
            if (sortedClassesUnder(h, node) == classes) {
                try {
                    h.rename(node, name);
                } catch (const std::exception&) {
                    // the name is another group's member name: that group keeps it
                }
                break;
            }
}

void GivenNames::nameEdited(Hierarchy& h, const Cpm& cpm)
{
    std::set<std::string> keep;
    for (auto& [name, classes] : m_names) {
        const int node = h.findNode(name);
        if (node >= 0) {
            keep.insert(name);
            classes = sortedClassesUnder(h, node);
        }
    }
    nameGroupsFromMembers(h, cpm, keep);
}

} // namespace hiernet::grouping

#include "grouping/HierarchyBuilder.h"

#include "grouping/GroupNames.h"
#include "grouping/GroupingEngine.h"
#include "util/Error.h"

#include <cmath>
#include <functional>
#include <sstream>

namespace hiernet::grouping {

std::vector<GroupingLevel> parseLevels(const std::string& text)
{
    std::vector<GroupingLevel> levels;
    std::istringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        const auto colon = part.find(':');
        if (colon == std::string::npos)
            throw Error("level '" + part + "': expected P_MIN:G_MAX, e.g. 0.0075:50");
        GroupingLevel level;
        const auto p = part.substr(0, colon), g = part.substr(colon + 1);
        char* end = nullptr;
        level.pMin = std::strtod(p.c_str(), &end);
        if (p.empty() || *end != '\0' || !std::isfinite(level.pMin))
            throw Error("level '" + part + "': p_min '" + p + "' is not a number");
        const long gMax = std::strtol(g.c_str(), &end, 10);
        if (g.empty() || *end != '\0' || gMax < 1)
            throw Error("level '" + part + "': g_max '" + g + "' must be a whole number ≥ 1");
        level.gMax = int(gMax);
        levels.push_back(level);
    }
    if (levels.empty())
        throw Error("no grouping levels given");
    return levels;
}

Hierarchy buildHierarchy(const Cpm& cpm, const std::vector<GroupingLevel>& levels)
{
    if (levels.empty())
        throw Error("no grouping levels given");
    // Each level groups inside every group of the level above; children are named after their parent.
    std::function<std::vector<Hierarchy::Group>(const std::vector<int>&, std::size_t, const std::string&)> split
        = [&](const std::vector<int>& classes, std::size_t level, const std::string& prefix) {
              const auto sub = subMatrix(cpm, classes);
              GroupingEngine engine(sub.values, sub.size());
              engine.setBalance(levels[level].balance);
              engine.setMaxGroupSize(levels[level].gMax);
              std::vector<Hierarchy::Group> groups;
              for (const auto& local : engine.groups(levels[level].pMin)) {
                  Hierarchy::Group g;
                  g.name = prefix + std::to_string(groups.size() + 1);
                  for (int i : local)
                      g.classes.push_back(classes[std::size_t(i)]);
                  if (level + 1 < levels.size() && g.classes.size() > 1) {
                      auto children = split(g.classes, level + 1, g.name + ".");
                      if (children.size() > 1 && children.size() < g.classes.size()) {
                          g.children = std::move(children);
                          g.classes.clear();
                      }
                  }
                  groups.push_back(std::move(g));
              }
              return groups;
          };
    std::vector<int> all(std::size_t(cpm.size()));
    for (int i = 0; i < cpm.size(); ++i)
        all[std::size_t(i)] = i;
    auto hierarchy = Hierarchy::fromGroupTree(cpm.classes, split(all, 0, "group "));
    nameGroupsFromMembers(hierarchy, cpm);
    return hierarchy;
}

Hierarchy hierarchyFromCoarseLabels(const data::Dataset& dataset)
{
    if (!dataset.train.coarseLabels.defined() || dataset.coarseClassNames.empty())
        throw Error(dataset.name + ": has no coarse labels (only CIFAR-100 has them); load a hierarchy file instead");
    const auto fine = dataset.train.labels.contiguous();
    const auto coarse = dataset.train.coarseLabels.contiguous();
    const auto* f = fine.data_ptr<std::int64_t>();
    const auto* c = coarse.data_ptr<std::int64_t>();
    std::vector<int> coarseOfClass(dataset.classNames.size(), -1);
    for (std::int64_t i = 0; i < fine.numel(); ++i) {
        auto& known = coarseOfClass[std::size_t(f[i])];
        if (known >= 0 && known != int(c[i]))
            throw Error(dataset.name + ": class '" + dataset.classNames[std::size_t(f[i])] + "' has two coarse labels ('"
                + dataset.coarseClassNames[std::size_t(known)] + "' and '" + dataset.coarseClassNames[std::size_t(c[i])] + "')");
        known = int(c[i]);
    }
    for (std::size_t k = 0; k < coarseOfClass.size(); ++k)
        if (coarseOfClass[k] < 0)
            throw Error(dataset.name + ": class '" + dataset.classNames[k] + "' has no training images, so no coarse label");
    return Hierarchy::fromCoarseLabels(dataset.classNames, dataset.coarseClassNames, coarseOfClass);
}

namespace {

void addLevelTrees(std::vector<LevelTree>& trees, const Cpm& cpm, const Hierarchy& h, int node,
    const std::vector<GroupingLevel>& levels, std::size_t level, double balance)
{
    // Level L + 2 regroups inside every group at depth L + 1 that the tree splits further.
    if (level >= levels.size() || h.isLeafGroup(node))
        return;
    LevelTree tree;
    tree.level = int(level) + 2;
    tree.classes = h.classesUnder(node);
    const auto sub = subMatrix(cpm, tree.classes);
    GroupingEngine engine(sub.values, sub.size());
    engine.setBalance(balance);
    engine.setMaxGroupSize(levels[level].gMax);
    tree.merges = engine.merges();
    tree.pMin = levels[level].pMin;
    trees.push_back(std::move(tree));
    for (int child : h.node(node).children)
        addLevelTrees(trees, cpm, h, child, levels, level + 1, balance);
}

} // namespace

std::vector<LevelTree> levelTrees(
    const Cpm& cpm, const Hierarchy& hierarchy, const std::vector<GroupingLevel>& levels, double balance)
{
    std::vector<LevelTree> trees;
    if (levels.empty() || hierarchy.nodes().empty())
        return trees;
    for (int g : hierarchy.node(0).children)
        addLevelTrees(trees, cpm, hierarchy, g, levels, 0, balance);
    return trees;
}

} // namespace hiernet::grouping

#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "grouping/PaperSettings.h"

#include "grouping/Cpm.h"
#include "grouping/GroupingQuality.h"
#include "grouping/HierarchyBuilder.h"
#include "grouping/HierarchyComparison.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <optional>
#include <iostream>

namespace hiernet::cli {

namespace {

/// --levels, or one level of --p-min and --g-max; each with --balance.
std::vector<grouping::GroupingLevel> levelsFrom(Arguments& a)
{
    std::vector<grouping::GroupingLevel> levels;
    if (a.has("levels")) {
        levels = grouping::parseLevels(a.text("levels", ""));
        if (a.has("g-max") || a.has("p-min"))
            throw Error("give either --levels or --g-max/--p-min, not both");
    } else {
        grouping::GroupingLevel level;
        level.gMax = int(a.integer("g-max", grouping::kPaperGMax));
        if (level.gMax < 1)
            throw Error("--g-max " + std::to_string(level.gMax) + " must be at least 1");
        level.pMin = a.number("p-min", grouping::kPaperPMin);
        levels.push_back(level);
    }
    const double balance = a.number("balance", 0.0);
    if (!(balance >= 0) || !std::isfinite(balance))
        throw Error("--balance " + a.text("balance", "") + " must be a number ≥ 0 (0 is the paper's rule)");
    for (auto& level : levels)
        level.balance = balance;
    return levels;
}

/// A grouping made: the tree, what the CPM promises of its first level, and how it compares with a reference.
struct Grouped {
    grouping::Cpm cpm;
    std::vector<grouping::GroupingLevel> levels;
    grouping::Hierarchy hierarchy;
    grouping::GroupingQuality quality;
    std::string referencePath;
    std::optional<grouping::HierarchyComparison> reference;
};

nlohmann::json nullUnlessKnown(double value)
{
    return value >= 0 ? nlohmann::json(value) : nlohmann::json(nullptr);
}

void printJson(const Grouped& g)
{
    const auto& top = g.hierarchy.node(0).children;
    nlohmann::json result
        = { { "groups", nlohmann::json::array() }, { "names", nlohmann::json::array() }, { "levels", nlohmann::json::array() } };
    for (int group : top) {
        const auto classes = g.hierarchy.classesUnder(group);
        result["groups"].push_back(classes);
        std::vector<std::string> names;
        for (int c : classes)
            names.push_back(g.cpm.classes[std::size_t(c)]);
        result["names"].push_back(names);
    }
    for (const auto& l : g.levels)
        result["levels"].push_back({ { "p_min", l.pMin }, { "g_max", l.gMax }, { "balance", l.balance } });
    const auto& quality = g.quality;
    nlohmann::json q
        = { { "root_estimate", quality.rootEstimate }, { "root_estimate_hard", nullUnlessKnown(quality.rootEstimateHard) },
              { "largest", quality.largest }, { "smallest", quality.smallest }, { "size_entropy_bits", quality.sizeEntropy },
              { "balance", quality.balance }, { "groups", nlohmann::json::array() } };
    for (std::size_t i = 0; i < top.size(); ++i)
        q["groups"].push_back({ { "name", g.hierarchy.node(top[i]).name }, { "size", quality.groups[i].classes.size() },
            { "within_mass", quality.groups[i].withinMass }, { "within_hits", nullUnlessKnown(quality.groups[i].withinHits) } });
    if (g.reference)
        q["reference"] = { { "file", g.referencePath }, { "leaf_group_ari", g.reference->leafGroupAri },
            { "first_level_ari", g.reference->firstLevelAri } };
    result["quality"] = q;
    result["hierarchy"] = nlohmann::json::parse(g.hierarchy.toJson());
    std::cout << result.dump(2) << "\n";
}

/// A group and, indented, its subgroups; a first-level group with the share of its CPM mass that stays inside.
void printGroup(const Grouped& g, int node, int indent)
{
    const auto& h = g.hierarchy;
    const auto& top = h.node(0).children;
    const auto& n = h.node(node);
    std::cout << std::string(std::size_t(indent), ' ') << n.name << " (" << h.classesUnder(node).size() << "):";
    if (n.parent == 0) {
        const auto at = std::size_t(std::find(top.begin(), top.end(), node) - top.begin());
        std::cout << " [" << std::setprecision(1) << 100 * g.quality.groups[at].withinMass << " % stays inside]";
    }
    if (h.isLeafGroup(node)) {
        for (std::size_t i = 0; i < n.children.size(); ++i)
            std::cout << (i ? ", " : " ") << h.node(n.children[i]).name;
        std::cout << "\n";
        return;
    }
    std::cout << "\n";
    for (int c : n.children)
        printGroup(g, c, indent + 2);
}

void printText(const Grouped& g)
{
    const auto& top = g.hierarchy.node(0).children;
    const auto stats = g.hierarchy.statistics();
    std::cout << top.size() << " groups of " << g.cpm.size() << " classes (depth " << stats.depth << ", balance " << std::fixed
              << std::setprecision(2) << stats.balance << ")\n";
    std::cout << "root accuracy the CPM implies: " << std::setprecision(2) << 100 * g.quality.rootEstimate << " %";
    if (g.quality.rootEstimateHard >= 0)
        std::cout << " (" << 100 * g.quality.rootEstimateHard << " % of the validation images predicted inside their group)";
    std::cout << "\n";
    if (g.reference)
        std::cout << "against " << g.referencePath << ": adjusted Rand index " << std::setprecision(3)
                  << g.reference->leafGroupAri << " (leaf groups), " << g.reference->firstLevelAri << " (first level)\n";
    for (int group : top)
        printGroup(g, group, 2);
}

} // namespace

int runGroup(const std::vector<std::string>& args, const CommandContext& context)
{
    Arguments a(args, { "json" });
    const auto cpmPath = a.required("cpm");
    const bool json = a.flag("json");
    const auto out = a.text("out", "");
    Grouped g;
    g.levels = levelsFrom(a);
    g.referencePath = a.text("reference", "");
    a.finish();

    std::vector<std::string> warnings;
    g.cpm = grouping::loadCpm(cpmPath, &warnings);
    for (const auto& w : warnings)
        std::cerr << "warning: " << w << "\n";
    g.hierarchy = grouping::buildHierarchy(g.cpm, g.levels);
    if (!g.referencePath.empty())
        g.reference = grouping::compareHierarchies(g.hierarchy, grouping::Hierarchy::load(g.referencePath, g.cpm.classes));
    if (!out.empty())
        g.hierarchy.save(out);
    std::vector<std::vector<int>> firstLevel;
    for (int group : g.hierarchy.node(0).children)
        firstLevel.push_back(g.hierarchy.classesUnder(group));
    g.quality = grouping::assessGrouping(g.cpm, firstLevel);
    if (json) {
        printJson(g);
        return 0;
    }
    printText(g);
    if (!out.empty())
        std::cout << "saved " << out << "\n";
    return 0;
}

} // namespace hiernet::cli

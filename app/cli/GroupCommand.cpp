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

int runGroup(const std::vector<std::string>& args)
{
    Arguments a(args, { "json" });
    const auto cpmPath = a.required("cpm");
    const bool json = a.flag("json");
    const auto out = a.text("out", "");
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
    const auto referencePath = a.text("reference", "");
    a.finish();

    std::vector<std::string> warnings;
    const auto cpm = grouping::loadCpm(cpmPath, &warnings);
    for (const auto& w : warnings)
        std::cerr << "warning: " << w << "\n";
    const auto hierarchy = grouping::buildHierarchy(cpm, levels);
    std::optional<grouping::HierarchyComparison> reference;
    if (!referencePath.empty())
        reference = grouping::compareHierarchies(hierarchy, grouping::Hierarchy::load(referencePath, cpm.classes));
    if (!out.empty())
        hierarchy.save(out);

    const auto& top = hierarchy.node(0).children;
    std::vector<std::vector<int>> firstLevel;
    for (int g : top)
        firstLevel.push_back(hierarchy.classesUnder(g));
    const auto quality = grouping::assessGrouping(cpm, firstLevel);
    if (json) {
        nlohmann::json result;
        result["groups"] = nlohmann::json::array();
        result["names"] = nlohmann::json::array();
        for (int g : top) {
            const auto classes = hierarchy.classesUnder(g);
            result["groups"].push_back(classes);
            std::vector<std::string> names;
            for (int c : classes)
                names.push_back(cpm.classes[std::size_t(c)]);
            result["names"].push_back(names);
        }
        result["levels"] = nlohmann::json::array();
        for (const auto& l : levels)
            result["levels"].push_back({ { "p_min", l.pMin }, { "g_max", l.gMax }, { "balance", l.balance } });
        auto& q = result["quality"];
        q["root_estimate"] = quality.rootEstimate;
        q["root_estimate_hard"]
            = quality.rootEstimateHard >= 0 ? nlohmann::json(quality.rootEstimateHard) : nlohmann::json(nullptr);
        q["largest"] = quality.largest;
        q["smallest"] = quality.smallest;
        q["size_entropy_bits"] = quality.sizeEntropy;
        q["balance"] = quality.balance;
        q["groups"] = nlohmann::json::array();
        for (std::size_t i = 0; i < top.size(); ++i)
            q["groups"].push_back({ { "name", hierarchy.node(top[i]).name }, { "size", quality.groups[i].classes.size() },
                { "within_mass", quality.groups[i].withinMass },
                { "within_hits",
                    quality.groups[i].withinHits >= 0 ? nlohmann::json(quality.groups[i].withinHits)
                                                      : nlohmann::json(nullptr) } });
        if (reference)
            q["reference"] = { { "file", referencePath }, { "leaf_group_ari", reference->leafGroupAri },
                { "first_level_ari", reference->firstLevelAri } };
        result["hierarchy"] = nlohmann::json::parse(hierarchy.toJson());
        std::cout << result.dump(2) << "\n";
        return 0;
    }
    const auto stats = hierarchy.statistics();
    std::cout << top.size() << " groups of " << cpm.size() << " classes (depth " << stats.depth << ", balance " << std::fixed
              << std::setprecision(2) << stats.balance << ")\n";
    std::cout << "root accuracy the CPM implies: " << std::setprecision(2) << 100 * quality.rootEstimate << " %";
    if (quality.rootEstimateHard >= 0)
        std::cout << " (" << 100 * quality.rootEstimateHard << " % of the validation images predicted inside their group)";
    std::cout << "\n";
    if (reference)
        std::cout << "against " << referencePath << ": adjusted Rand index " << std::setprecision(3) << reference->leafGroupAri
                  << " (leaf groups), " << reference->firstLevelAri << " (first level)\n";
    std::function<void(int, int)> print = [&](int node, int indent) {
        const auto& n = hierarchy.node(node);
        std::cout << std::string(std::size_t(indent), ' ') << n.name << " (" << hierarchy.classesUnder(node).size() << "):";
        if (n.parent == 0) {
            const auto at = std::size_t(std::find(top.begin(), top.end(), node) - top.begin());
            std::cout << " [" << std::setprecision(1) << 100 * quality.groups[at].withinMass << " % stays inside]";
        }
        if (hierarchy.isLeafGroup(node)) {
            for (std::size_t i = 0; i < n.children.size(); ++i)
                std::cout << (i ? ", " : " ") << hierarchy.node(n.children[i]).name;
            std::cout << "\n";
        } else {
            std::cout << "\n";
            for (int c : n.children)
                print(c, indent + 2);
        }
    };
    for (int g : top)
        print(g, 2);
    if (!out.empty())
        std::cout << "saved " << out << "\n";
    return 0;
}

} // namespace hiernet::cli

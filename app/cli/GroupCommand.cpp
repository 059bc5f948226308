#include "cli/Arguments.h"
#include "cli/Commands.h"
#include "grouping/PaperSettings.h"

#include "grouping/Cpm.h"
#include "grouping/HierarchyBuilder.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>

namespace hiernet::cli {

int runGroup(const std::vector<std::string>& args)
{
    Arguments a(args, {"json"});
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
    a.finish();

    std::vector<std::string> warnings;
    const auto cpm = grouping::loadCpm(cpmPath, &warnings);
    for (const auto& w : warnings)
        std::cerr << "warning: " << w << "\n";
    const auto hierarchy = grouping::buildHierarchy(cpm, levels);
    if (!out.empty())
        hierarchy.save(out);

    const auto& top = hierarchy.node(0).children;
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
            result["levels"].push_back({{"p_min", l.pMin}, {"g_max", l.gMax}});
        result["hierarchy"] = nlohmann::json::parse(hierarchy.toJson());
        std::cout << result.dump(2) << "\n";
        return 0;
    }
    const auto stats = hierarchy.statistics();
    std::cout << top.size() << " groups of " << cpm.size() << " classes (depth " << stats.depth << ", balance "
              << std::fixed << std::setprecision(2) << stats.balance << ")\n";
    std::function<void(int, int)> print = [&](int node, int indent) {
        const auto& n = hierarchy.node(node);
        std::cout << std::string(std::size_t(indent), ' ') << n.name << " (" << hierarchy.classesUnder(node).size() << "):";
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

#include "evaluation/HierarchicalScores.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace hiernet::evaluation {

namespace {

/// Every node's path from depth 1 (the root left out) down to the node itself.
std::vector<std::vector<int>> pathsBelowRoot(const grouping::Hierarchy& hierarchy)
{
    const auto& nodes = hierarchy.nodes();
    std::vector<std::vector<int>> paths(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        for (int at = int(i); at > 0 && nodes[std::size_t(at)].parent >= 0; at = nodes[std::size_t(at)].parent)
            paths[i].push_back(at);
        std::reverse(paths[i].begin(), paths[i].end());
    }
    return paths;
}

/// The hierarchy node of each class id (−1 for an id the hierarchy lacks).
std::vector<int> classNodesOf(const grouping::Hierarchy& hierarchy)
{
    std::vector<int> classNodes(hierarchy.classNames().size(), -1);
    for (std::size_t i = 0; i < hierarchy.nodes().size(); ++i)
        if (hierarchy.nodes()[i].isClass())
            classNodes[std::size_t(hierarchy.nodes()[i].classId)] = int(i);
    return classNodes;
}

double f1(double precision, double recall)
{
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}

/// The node an answer's path has at `depth` (1-based): a class stands for itself below its own depth.
int nodeAtDepth(const std::vector<int>& path, std::size_t depth, bool endsAtClass)
{
    if (depth <= path.size())
        return path[depth - 1];
    return endsAtClass && !path.empty() ? path.back() : -1;
}

} // namespace

HierarchicalScores hierarchicalScores(
    const grouping::Hierarchy& hierarchy, const std::vector<std::int64_t>& labels, const std::vector<int>& answerNodes)
{
    if (labels.size() != answerNodes.size())
        throw Error("hierarchical scores: " + std::to_string(labels.size()) + " labels but " + std::to_string(answerNodes.size())
            + " answers");
    const auto paths = pathsBelowRoot(hierarchy);
    const auto classNodes = classNodesOf(hierarchy);
    std::size_t levels = 0;
    for (int node : classNodes)
        levels = node >= 0 ? std::max(levels, paths[std::size_t(node)].size()) : levels;
    HierarchicalScores s;
    s.count = std::int64_t(labels.size());
    s.levelAccuracy.assign(levels, 0.0);
    double overlap = 0, answered = 0, truth = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const auto label = labels[i];
        const int answer = answerNodes[i];
        if (label < 0 || label >= std::int64_t(classNodes.size()) || classNodes[std::size_t(label)] < 0)
            throw Error("hierarchical scores: class " + std::to_string(label) + " is not in the hierarchy");
        if (answer < 0 || answer >= int(paths.size()))
            throw Error("hierarchical scores: node " + std::to_string(answer) + " is not in the hierarchy");
        const auto& truePath = paths[std::size_t(classNodes[std::size_t(label)])];
        const auto& answerPath = paths[std::size_t(answer)];
        const auto common = std::size_t(
            std::mismatch(truePath.begin(), truePath.end(), answerPath.begin(), answerPath.end()).first - truePath.begin());
        overlap += double(common);
        answered += double(answerPath.size());
        truth += double(truePath.size());
        const double p = answerPath.empty() ? 0.0 : double(common) / double(answerPath.size());
        const double r = double(common) / double(truePath.size());
        s.macroPrecision += p;
        s.macroRecall += r;
        s.macroF1 += f1(p, r);
        const bool answerIsClass = hierarchy.node(answer).isClass();
        for (std::size_t d = 1; d <= levels; ++d) {
            const int want = nodeAtDepth(truePath, d, true);
            s.levelAccuracy[d - 1] += want == nodeAtDepth(answerPath, d, answerIsClass) ? 1.0 : 0.0;
        }
    }
    if (s.count > 0) {
        const double n = double(s.count);
        s.microPrecision = answered > 0 ? overlap / answered : 0.0;
        s.microRecall = overlap / truth;
        s.microF1 = f1(s.microPrecision, s.microRecall);
        s.macroPrecision /= n;
        s.macroRecall /= n;
        s.macroF1 /= n;
        for (auto& level : s.levelAccuracy)
            level /= n;
    }
    return s;
}

HierarchicalScores hierarchicalScoresOfClasses(
    const grouping::Hierarchy& hierarchy, const std::vector<std::int64_t>& labels, const std::vector<std::int64_t>& predictions)
{
    const auto classNodes = classNodesOf(hierarchy);
    std::vector<int> answers;
    answers.reserve(predictions.size());
    for (auto p : predictions) {
        if (p < 0 || p >= std::int64_t(classNodes.size()))
            throw Error("hierarchical scores: class " + std::to_string(p) + " is not in the hierarchy");
        answers.push_back(classNodes[std::size_t(p)]);
    }
    return hierarchicalScores(hierarchy, labels, answers);
}

nlohmann::json HierarchicalScores::toJson() const
{
    return { { "count", count }, { "micro", { { "precision", microPrecision }, { "recall", microRecall }, { "f1", microF1 } } },
        { "macro", { { "precision", macroPrecision }, { "recall", macroRecall }, { "f1", macroF1 } } },
        { "level_accuracy", levelAccuracy } };
}

std::string hierarchicalTable(const std::vector<std::pair<std::string, HierarchicalScores>>& rows)
{
    std::ostringstream out;
    out << "  hierarchical scores (ancestor sets without the root; micro over images, macro per image) and accuracy per level:\n"
        << "    " << std::left << std::setw(16) << "" << std::right << std::setw(8) << "hP" << std::setw(8) << "hR"
        << std::setw(8) << "hF" << std::setw(10) << "macro hF"
        << "  level 1 / 2 / … / leaf\n";
    for (const auto& [name, s] : rows) {
        out << "    " << std::left << std::setw(16) << name << std::right << std::fixed << std::setprecision(2);
        for (double v : { s.microPrecision, s.microRecall, s.microF1 })
            out << std::setw(7) << 100 * v << "%";
        out << std::setw(9) << 100 * s.macroF1 << "%  ";
        for (std::size_t d = 0; d < s.levelAccuracy.size(); ++d)
            out << (d ? " / " : "") << 100 * s.levelAccuracy[d] << "%";
        out << "\n";
    }
    return out.str();
}

} // namespace hiernet::evaluation

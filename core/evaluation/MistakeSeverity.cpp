#include "evaluation/MistakeSeverity.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace hiernet::evaluation {

MistakeSeverity::MistakeSeverity(const grouping::Hierarchy& hierarchy)
{
    const auto& nodes = hierarchy.nodes();
    m_heights.assign(nodes.size(), 0);
    m_parents.resize(nodes.size());
    m_depths.resize(nodes.size());
    m_classNodes.assign(hierarchy.classNames().size(), -1);
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        m_parents[i] = nodes[i].parent;
        m_depths[i] = hierarchy.depthOf(int(i));
        if (nodes[i].isClass())
            m_classNodes[std::size_t(nodes[i].classId)] = int(i);
    }
    // Each class raises its ancestors' heights to its distance from them.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (!nodes[i].isClass())
            continue;
        int distance = 0;
        for (int node = int(i); node >= 0; node = m_parents[std::size_t(node)], ++distance)
            m_heights[std::size_t(node)] = std::max(m_heights[std::size_t(node)], distance);
    }
}

int MistakeSeverity::checkedClassNode(std::int64_t classId) const
{
    const auto classes = std::int64_t(m_classNodes.size());
    if (classId < 0 || classId >= classes || m_classNodes[std::size_t(classId)] < 0)
        throw Error("mistake severity: class " + std::to_string(classId) + " is not in the hierarchy (0…"
            + std::to_string(classes - 1) + ")");
    return m_classNodes[std::size_t(classId)];
}

int MistakeSeverity::lowestCommonAncestor(int a, int b) const
{
    while (m_depths[std::size_t(a)] > m_depths[std::size_t(b)])
        a = m_parents[std::size_t(a)];
    while (m_depths[std::size_t(b)] > m_depths[std::size_t(a)])
        b = m_parents[std::size_t(b)];
    while (a != b) {
        a = m_parents[std::size_t(a)];
        b = m_parents[std::size_t(b)];
    }
    return a;
}

int MistakeSeverity::of(std::int64_t trueClass, std::int64_t predictedClass) const
{
    const int a = checkedClassNode(trueClass), b = checkedClassNode(predictedClass);
    return m_heights[std::size_t(lowestCommonAncestor(a, b))];
}

int MistakeSeverity::ofAnswer(std::int64_t trueClass, int answerNode) const
{
    const int truth = checkedClassNode(trueClass);
    if (answerNode < 0 || answerNode >= int(m_parents.size()))
        throw Error("mistake severity: node " + std::to_string(answerNode) + " is not in the hierarchy");
    const int meet = lowestCommonAncestor(truth, answerNode);
    return meet == answerNode ? 0 : m_heights[std::size_t(meet)];
}

std::vector<int> MistakeSeverity::of(const std::vector<std::int64_t>& labels, const std::vector<std::int64_t>& predictions) const
{
    if (labels.size() != predictions.size())
        throw Error("mistake severity: " + std::to_string(labels.size()) + " labels but " + std::to_string(predictions.size())
            + " predictions");
    std::vector<int> out(labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        out[i] = of(labels[i], predictions[i]);
    return out;
}

SeveritySummary summarizeSeverities(const std::vector<int>& severities, int maximum)
{
    SeveritySummary s;
    s.count = std::int64_t(severities.size());
    s.histogram.assign(std::size_t(std::max(maximum, 0)) + 1, 0);
    double total = 0;
    for (int v : severities) {
        if (v < 0 || v > maximum)
            throw Error("mistake severity " + std::to_string(v) + " is outside 0…" + std::to_string(maximum));
        ++s.histogram[std::size_t(v)];
        total += v;
        s.mistakes += v > 0;
    }
    if (s.count > 0) {
        s.top1 = double(s.count - s.mistakes) / double(s.count);
        s.meanSeverity = total / double(s.count);
    }
    if (s.mistakes > 0)
        s.meanMistakeSeverity = total / double(s.mistakes);
    return s;
}

nlohmann::json SeveritySummary::toJson() const
{
    return { { "count", count }, { "mistakes", mistakes }, { "top1", top1 }, { "mean_mistake_severity", meanMistakeSeverity },
        { "mean_severity", meanSeverity }, { "histogram", histogram } };
}

nlohmann::json SeverityComparison::toJson() const
{
    nlohmann::json out
        = { { "definition", "height of the lowest common ancestor of the true and the predicted class (0 = right)" },
              { "maximum", maximum }, { "hiernet_fast", fast.toJson() }, { "hiernet_slow", slow.toJson() } };
    if (hasBackbone)
        out["backbone"] = backbone.toJson();
    return out;
}

std::string severityTable(const SeverityComparison& c)
{
    std::ostringstream out;
    std::string header = "severity ";
    for (int s = 0; s <= c.maximum; ++s)
        header.append(s ? "/" : "").append(std::to_string(s)); // not "…" + …: GCC 12 -Wstringop-overflow false positive in C++20
    out << "  mistake severity (height of the lowest common ancestor; 0 = right, " << c.maximum << " = across the root):\n"
        << "    " << std::left << std::setw(16) << "" << std::right << std::setw(8) << "top-1" << std::setw(16) << "mean mistake"
        << std::setw(14) << "mean overall"
        << "  " << header << "\n";
    auto row = [&](const std::string& name, const SeveritySummary& s) {
        out << "    " << std::left << std::setw(16) << name << std::right << std::fixed << std::setprecision(2) << std::setw(7)
            << 100 * s.top1 << "%" << std::setprecision(3) << std::setw(16) << s.meanMistakeSeverity << std::setw(14)
            << s.meanSeverity << "  ";
        for (std::size_t i = 0; i < s.histogram.size(); ++i)
            out << (i ? "/" : "") << s.histogram[i];
        out << "\n";
    };
    if (c.hasBackbone)
        row("backbone", c.backbone);
    row("HierNet fast", c.fast);
    row("HierNet slow", c.slow);
    return out.str();
}

std::vector<SeverityRow> severityRows(const SeverityComparison& comparison, const std::optional<SeveritySummary>& sameBudget)
{
    std::vector<SeverityRow> rows;
    if (comparison.hasBackbone)
        rows.push_back({ Predictor::Backbone, comparison.backbone });
    if (sameBudget)
        rows.push_back({ Predictor::SameBudgetBackbone, *sameBudget });
    rows.push_back({ Predictor::HierNetFast, comparison.fast });
    rows.push_back({ Predictor::HierNetSlow, comparison.slow });
    return rows;
}

} // namespace hiernet::evaluation

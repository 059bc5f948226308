#include "evaluation/CoarseRouting.h"

#include "evaluation/HierarchicalScores.h"
#include "evaluation/MistakeSeverity.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <sstream>

namespace hiernet::evaluation {

void checkThreshold(double threshold, const std::string& what)
{
    if (!(threshold >= 0.0 && threshold <= 1.0)) // also refuses NaN
        throw Error(what + " " + std::to_string(threshold) + " is not a probability threshold (0 … 1)");
}

int coarseAnswer(const HierNetEvaluation& e, int image, double threshold)
{
    const auto& nodes = e.routeNodes[std::size_t(image)];
    const auto& probabilities = e.routeProbability[std::size_t(image)];
    int answer = 0; // the root: not even the first choice is sure enough
    for (std::size_t k = 0; k < nodes.size() && probabilities[k] >= threshold; ++k)
        answer = nodes[k];
    return answer;
}

std::vector<int> coarseAnswers(const HierNetEvaluation& e, double threshold)
{
    checkThreshold(threshold, "coarse threshold");
    std::vector<int> answers(std::size_t(e.count));
    for (int i = 0; i < int(e.count); ++i)
        answers[std::size_t(i)] = coarseAnswer(e, i, threshold);
    return answers;
}

bool stopsAtGroup(const HierNetEvaluation& e, int image, double threshold)
{
    return !e.hierarchy.node(coarseAnswer(e, image, threshold)).isClass();
}

CoveragePoint coverageAt(const HierNetEvaluation& e, double threshold)
{
    const auto answers = coarseAnswers(e, threshold);
    const MistakeSeverity severity(e.hierarchy);
    CoveragePoint point;
    point.threshold = threshold;
    point.count = e.count;
    double severities = 0;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const auto& node = e.hierarchy.node(answers[i]);
        const int s = severity.ofAnswer(e.labels[i], answers[i]);
        severities += s;
        if (node.isClass()) {
            ++point.answeredAtClass;
            point.rightAtClass += node.classId == e.labels[i];
        } else {
            ++point.stoppedAtGroup;
            point.groupHoldsTruth += s == 0;
        }
    }
    if (point.count > 0) {
        point.coverage = double(point.answeredAtClass) / double(point.count);
        point.meanSeverity = severities / double(point.count);
        point.hierarchicalF1 = hierarchicalScores(e.hierarchy, e.labels, answers).microF1;
    }
    if (point.answeredAtClass > 0)
        point.leafAccuracy = double(point.rightAtClass) / double(point.answeredAtClass);
    return point;
}

std::vector<double> standardThresholds()
{
    return { 0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99 };
}

std::vector<CoveragePoint> coverageCurve(const HierNetEvaluation& e, const std::vector<double>& thresholds)
{
    std::vector<CoveragePoint> curve;
    for (double t : thresholds)
        curve.push_back(coverageAt(e, t));
    return curve;
}

nlohmann::json CoveragePoint::toJson() const
{
    return { { "threshold", threshold }, { "coverage", coverage }, { "leaf_accuracy", leafAccuracy },
        { "mean_severity", meanSeverity }, { "hierarchical_f1", hierarchicalF1 }, { "answered_at_class", answeredAtClass },
        { "right_at_class", rightAtClass }, { "stopped_at_group", stoppedAtGroup }, { "group_holds_truth", groupHoldsTruth } };
}

nlohmann::json coverageJson(const std::vector<CoveragePoint>& curve)
{
    nlohmann::json points = nlohmann::json::array();
    for (const auto& point : curve)
        points.push_back(point.toJson());
    return { { "definition",
                 "answer with the deepest node of the fast route whose path probability reaches the threshold; coverage = "
                 "share answered at a class, leaf accuracy over those" },
        { "curve", points } };
}

std::string coverageTable(const std::vector<CoveragePoint>& curve)
{
    std::ostringstream out;
    out << "  stop at a group when unsure (threshold τ on the fast route's path probability):\n"
        << "    " << std::setw(6) << "tau" << std::setw(11) << "coverage" << std::setw(16) << "leaf accuracy" << std::setw(15)
        << "mean severity" << std::setw(8) << "hF" << std::setw(20) << "stopped (holds it)\n";
    for (const auto& p : curve)
        out << "    " << std::fixed << std::setprecision(2) << std::setw(6) << p.threshold << std::setw(10) << 100 * p.coverage
            << "%" << std::setw(15) << 100 * p.leafAccuracy << "%" << std::setprecision(3) << std::setw(15) << p.meanSeverity
            << std::setprecision(2) << std::setw(7) << 100 * p.hierarchicalF1 << "%" << std::setw(10) << p.stoppedAtGroup << " ("
            << p.groupHoldsTruth << ")\n";
    return out.str();
}

} // namespace hiernet::evaluation

#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::evaluation {

/// Stop at a group when unsure: the fast routing (Algorithm 1) walks an image from the root to a class, and the
/// path probability of each node on that route is the product of the branch probabilities chosen down to it
/// (the class's is the fast answer's confidence). With a threshold τ the routing answers with the deepest node
/// of the route whose path probability reaches τ — the class when it does, else the group where the route
/// became too unsure ("some shoe" rather than a wrong "Sandal"), the root when even the first choice is below
/// τ. Path probabilities only fall along a route, so τ = 0 answers the class (today's fast routing) and a
/// higher τ stops no later.
///
///     const auto answers = coarseAnswers(evaluation, 0.8);  // hierarchy node per image
///     const auto point = coverageAt(evaluation, 0.8);       // coverage, leaf accuracy, mean severity
int coarseAnswer(const HierNetEvaluation& evaluation, int image, double threshold);
std::vector<int> coarseAnswers(const HierNetEvaluation& evaluation, double threshold);
/// Whether image `image` stops at a group (or the root) at `threshold`.
bool stopsAtGroup(const HierNetEvaluation& evaluation, int image, double threshold);
/// Throws hiernet::Error naming `what` unless 0 ≤ threshold ≤ 1.
void checkThreshold(double threshold, const std::string& what);

/// The routing at one threshold summed up.
struct CoveragePoint {
    double threshold = 0;
    std::int64_t count = 0;
    std::int64_t answeredAtClass = 0; ///< routed down to a class
    std::int64_t rightAtClass = 0;
    std::int64_t stoppedAtGroup = 0; ///< answered with a group (or the root): neither right nor wrong at the leaf
    std::int64_t groupHoldsTruth = 0; ///< of those, groups that hold the true class
    double coverage = 0; ///< answeredAtClass / count
    double leafAccuracy = 0; ///< rightAtClass / answeredAtClass (0 when none is answered at a class)
    double meanSeverity = 0; ///< MistakeSeverity::ofAnswer over every image (a right or coarse-but-right answer counts 0)
    double hierarchicalF1 = 0; ///< micro hF of the answers (HierarchicalScores)

    nlohmann::json toJson() const;
};
CoveragePoint coverageAt(const HierNetEvaluation& evaluation, double threshold);
/// τ = 0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99: the points `hiernet eval` and the report list.
std::vector<double> standardThresholds();
std::vector<CoveragePoint> coverageCurve(const HierNetEvaluation& evaluation, const std::vector<double>& thresholds);
/// {"definition", "curve": [points]} for eval.json and `hiernet eval --json`.
nlohmann::json coverageJson(const std::vector<CoveragePoint>& curve);
/// A text table of the curve, for the CLI and the report.
std::string coverageTable(const std::vector<CoveragePoint>& curve);

} // namespace hiernet::evaluation

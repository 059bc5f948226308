#pragma once
#include "grouping/Hierarchy.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace hiernet::evaluation {

/// Hierarchical precision, recall and F1 (Kiritchenko et al., 2006; computed as HiClass does): the true class
/// and the answer are each extended by their ancestors — the root left out, as every answer shares it — and the
/// overlap of the two sets is counted against the answer's set (precision) and the truth's (recall). Micro sums
/// the counts over all images; macro averages each image's own scores. An answer may be a group (the routing
/// that stops at a group when unsure): its set is the group and the group's ancestors, so a coarse but right
/// answer keeps full precision and loses recall.
///
/// Accuracy per level: at depth d (1 = a child of the root) an answer is right when its node at that depth is
/// the true class's. A class above depth d stands for itself at every deeper level (an uneven tree); a group
/// answer above depth d is not right there. The last level is the leaf: the class right.
struct HierarchicalScores {
    std::int64_t count = 0;
    double microPrecision = 0, microRecall = 0, microF1 = 0;
    double macroPrecision = 0, macroRecall = 0, macroF1 = 0;
    std::vector<double> levelAccuracy; ///< [d − 1]: right at depth d

    /// {"count", "micro": {"precision", "recall", "f1"}, "macro": {…}, "level_accuracy": […]}
    nlohmann::json toJson() const;
};

/// Scores of answers given as hierarchy nodes (a class's node, or a group's); throws hiernet::Error when the
/// lists differ in length or a label or node is outside the hierarchy.
HierarchicalScores hierarchicalScores(
    const grouping::Hierarchy& hierarchy, const std::vector<std::int64_t>& labels, const std::vector<int>& answerNodes);
/// The same for class predictions.
HierarchicalScores hierarchicalScoresOfClasses(
    const grouping::Hierarchy& hierarchy, const std::vector<std::int64_t>& labels, const std::vector<std::int64_t>& predictions);

/// A text table of scores side by side ("HierNet fast", …), for the CLI and the report.
std::string hierarchicalTable(const std::vector<std::pair<std::string, HierarchicalScores>>& rows);

} // namespace hiernet::evaluation

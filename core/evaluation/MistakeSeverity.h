#pragma once
#include "grouping/Hierarchy.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <optional>
#include <vector>

namespace hiernet::evaluation {

/// How bad a mistake is in a hierarchy (Bertinetto et al., "Making Better Mistakes", CVPR 2020): the
/// height of the lowest common ancestor (LCA) of the true and the predicted class. A node's height is
/// the longest path from it down to a class, so a class has height 0 (a right answer), its leaf group
/// height 1 (the right group, the wrong class) and the root the tree's height (the worst mistake).
///
///     MistakeSeverity severity(hierarchy);
///     severity.of(trueClass, predictedClass);   // 0 right, 1 sibling class, …, severity.maximum()
class MistakeSeverity {
public:
    explicit MistakeSeverity(const grouping::Hierarchy& hierarchy);

    /// Height of the LCA of two classes; throws hiernet::Error for a class id outside the hierarchy.
    int of(std::int64_t trueClass, std::int64_t predictedClass) const;
    /// Severity of an answer that may be a group (stop at a group when unsure): 0 when the answer holds the true
    /// class (right, if coarse), otherwise the height of the LCA of the true class and the answer node.
    int ofAnswer(std::int64_t trueClass, int answerNode) const;
    /// The root's height: the largest severity there is.
    int maximum() const { return m_heights.empty() ? 0 : m_heights[0]; }
    /// Per image; labels and predictions of the same length.
    std::vector<int> of(const std::vector<std::int64_t>& labels, const std::vector<std::int64_t>& predictions) const;

private:
    int checkedClassNode(std::int64_t classId) const;
    int lowestCommonAncestor(int a, int b) const;
    std::vector<int> m_heights; ///< per hierarchy node
    std::vector<int> m_parents;
    std::vector<int> m_depths;
    std::vector<int> m_classNodes; ///< hierarchy node of each class id
};

/// A classifier's predictions on a split summed up by severity.
struct SeveritySummary {
    std::int64_t count = 0;
    std::int64_t mistakes = 0;
    double top1 = 0;
    double meanMistakeSeverity = 0; ///< over the mistakes only (0 when there are none)
    double meanSeverity = 0; ///< over every image, right answers counting 0
    std::vector<std::int64_t> histogram; ///< images per severity 0 … maximum

    nlohmann::json toJson() const;
};
SeveritySummary summarizeSeverities(const std::vector<int>& severities, int maximum);

/// The severity summaries of the backbone and of a HierNet's two predictions, measured against one hierarchy.
struct SeverityComparison {
    int maximum = 0;
    bool hasBackbone = false;
    SeveritySummary backbone;
    SeveritySummary fast;
    SeveritySummary slow;

    /// {"definition", "maximum", "backbone" (when there is one), "hiernet_fast", "hiernet_slow"}
    nlohmann::json toJson() const;
};

/// Whose predictions a row of severities sums up.
enum class Predictor { Backbone, SameBudgetBackbone, HierNetFast, HierNetSlow };

struct SeverityRow {
    Predictor predictor;
    SeveritySummary summary;
};
/// The rows every view of the severities shows, in its order: the backbone (where its predictions are at hand),
/// the same-budget backbone (where given), the HierNet's fast and slow answers.
std::vector<SeverityRow> severityRows(
    const SeverityComparison& comparison, const std::optional<SeveritySummary>& sameBudget = std::nullopt);

/// A text table of the comparison, for the CLI and the report ("severity 0 / 1 / 2" counts at the end).
std::string severityTable(const SeverityComparison& comparison);

} // namespace hiernet::evaluation

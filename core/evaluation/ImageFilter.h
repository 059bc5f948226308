#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <string>
#include <vector>

namespace hiernet::evaluation {

/// Which evaluated images to list, and in which order (the Explore gallery, `hiernet route
/// --first-misrouted`). Every condition set must hold.
struct ImageFilter {
    enum class Outcome { All, Correct, Misrouted, WrongInGroup, FastSlowDisagree, StoppedAtGroup };
    enum class Order { Index, ConfidenceAscending, ConfidenceDescending };

    Outcome outcome = Outcome::All;
    int trueClass = -1; ///< −1: any class
    /// Whose answers `predictedClass` and the confidence order refer to (the fast route, the slow answer, the
    /// backbone's): a confusion cell "true i → predicted j" of that predictor, sorted by the wrong answer's confidence.
    Predictor answer = Predictor::HierNetFast;
    int predictedClass = -1; ///< −1: any class
    /// StoppedAtGroup: the images the routing that stops at a group when unsure (CoarseRouting.h) stops at this τ.
    double coarseThreshold = 0;
    int leftPathAt = -1; ///< tree node where the fast route left the true path; −1: any
    /// A per-node confusion cell: images through `node` whose true child is `trueChild` and for which
    /// the node chose `chosenChild`. node −1: no cell.
    int node = -1;
    int trueChild = -1;
    int chosenChild = -1;
    /// Mistake severity of the fast prediction (0 right … the tree's height); −1: any.
    int severity = -1;
    Order order = Order::Index;
};

/// The image indices that pass `filter`, in its order (ties keep index order); throws hiernet::Error when it asks
/// for the backbone's answers and the evaluation has none.
std::vector<int> filterImages(const HierNetEvaluation& evaluation, const ImageFilter& filter);

/// The listed images as CSV: index, true, fast, slow, left_path_at, confidence, severity (names, not ids).
std::string imagesCsv(
    const HierNetEvaluation& evaluation, const std::vector<int>& images, const std::vector<std::string>& classNames);

} // namespace hiernet::evaluation

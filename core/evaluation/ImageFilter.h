#pragma once
#include "evaluation/HierNetEvaluation.h"

#include <string>
#include <vector>

namespace hiernet::evaluation {

/// Which evaluated images to list, and in which order (the Explore gallery, `hiernet route
/// --first-misrouted`). Every condition set must hold.
struct ImageFilter {
    enum class Outcome { All, Correct, Misrouted, WrongInGroup, FastSlowDisagree };
    enum class Order { Index, ConfidenceAscending, ConfidenceDescending };

    Outcome outcome = Outcome::All;
    int trueClass = -1; ///< −1: any class
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

/// The image indices that pass `filter`, in its order (ties keep index order).
std::vector<int> filterImages(const HierNetEvaluation& evaluation, const ImageFilter& filter);

/// The listed images as CSV: index, true, fast, slow, left_path_at, confidence, severity (names, not ids).
std::string imagesCsv(
    const HierNetEvaluation& evaluation, const std::vector<int>& images, const std::vector<std::string>& classNames);

} // namespace hiernet::evaluation

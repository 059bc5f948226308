#pragma once
#include "data/Preprocessing.h"
#include "models/HierNet.h"

#include <c10/core/Device.h>
#include <nlohmann/json_fwd.hpp>

#include <string>
#include <vector>

namespace hiernet::evaluation {

/// One node on a path with its classifier's probabilities over its children.
struct RouteStep {
    int treeNode = -1;
    std::string name;
    std::vector<std::string> childNames;
    std::vector<double> probabilities;
    int chosen = -1; ///< argmax child
    int trueChild = -1; ///< child on the true path (−1 when the node is not on it)
};

/// Why one image got its answer: the route taken (Algorithm 1) and the true path, with every node's
/// child probabilities, the leaf's class probabilities and the top-5 of the conditional distribution.
struct RouteExplanation {
    std::int64_t index = -1;
    std::int64_t trueClass = -1;
    std::int64_t fastPrediction = -1;
    std::int64_t slowPrediction = -1;
    std::vector<RouteStep> taken;
    std::vector<RouteStep> truePath;
    int partedAt = -1; ///< tree node where the taken route leaves the true path, −1 if it does not
    std::vector<std::pair<std::int64_t, double>> leafClasses; ///< classes of the reached leaf group with their leaf probabilities
    std::vector<std::pair<std::int64_t, double>> top5; ///< conditional top-5 (class, probability)
    std::vector<double> conditional; ///< the whole conditional distribution, per class
};

/// Explains one preprocessed image (C×H×W, on any device) in eval mode; `trueClass` −1: not known (no true path).
RouteExplanation explainRoute(models::HierNetImpl& net, const at::Tensor& image, std::int64_t trueClass);

nlohmann::json toJson(const RouteExplanation& explanation, const std::vector<std::string>& classNames);
std::string toText(const RouteExplanation& explanation, const std::vector<std::string>& classNames);

} // namespace hiernet::evaluation

#pragma once
#include "data/Dataset.h"
#include "data/Preprocessing.h"
#include "evaluation/HierarchicalScores.h"
#include "evaluation/MistakeSeverity.h"
#include "grouping/Hierarchy.h"
#include "models/HierNet.h"

#include <c10/core/Device.h>
#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hiernet::evaluation {

/// Accuracy of one tree node's classifier over the images whose true path passes through it.
struct NodeAccuracy {
    std::string name;
    std::int64_t images = 0;
    std::int64_t correct = 0;
    std::int64_t misroutedHere = 0; ///< images whose fast route left the true path at this node
    std::vector<std::string> childNames;
    /// [true child][chosen child] over the images whose true path passes through the node.
    std::vector<std::vector<std::int64_t>> confusion;
    double accuracy() const { return images ? double(correct) / double(images) : 0.0; }
};

/// Hierarchical scores of the HierNet's two answers and of the backbone read through the same hierarchy.
struct HierarchicalComparison {
    HierarchicalScores fast;
    HierarchicalScores slow;
    std::optional<HierarchicalScores> backbone;
    double fastSlowDisagreement = 0; ///< share of images whose fast and slow answers differ

    /// The rows every view of the scores shows, in its order: the backbone (where at hand), fast, slow.
    std::vector<std::pair<Predictor, HierarchicalScores>> rows() const;

    /// {"definition", "hiernet_fast", "hiernet_slow", "backbone" (when there is one), "fast_slow_disagreement"}
    nlohmann::json toJson() const;
};

/// A HierNet evaluated on one split: both accuracies of the paper, per-node figures and per-image results.
struct HierNetEvaluation {
    std::int64_t count = 0;
    double loss = 0; ///< cross-entropy of the conditional distribution
    double conditionalTop1 = 0; ///< "slow": argmax of the concatenated conditional distribution
    double conditionalTop5 = 0;
    double routingTop1 = 0; ///< "fast": Algorithm 1, each image along its own route only
    double routingTop5 = 0; ///< true class among the 5 most probable classes of the leaf group reached
    std::int64_t misrouted = 0; ///< fast route left the true path
    std::int64_t wrongInGroup = 0; ///< right leaf group, wrong class
    std::vector<NodeAccuracy> nodes; ///< per tree node (HierNet::nodeIds order)
    grouping::Hierarchy hierarchy; ///< the tree evaluated (class ids = dataset order)

    // Per image, in split order.
    std::vector<std::int64_t> labels;
    std::vector<std::int64_t> fast;
    std::vector<std::int64_t> slow;
    std::vector<int> leftPathAt; ///< tree node where the fast route left the true path, −1 if it did not
    std::vector<double> confidence; ///< probability of the fast prediction along its route (product of the chosen branches)
    std::vector<double> slowConfidence; ///< the slow prediction's conditional probability
    /// The fast route: the hierarchy nodes below the root down to the predicted class, and each one's path
    /// probability (the product of the branch probabilities chosen down to it; the class's is `confidence`).
    std::vector<std::vector<int>> routeNodes;
    std::vector<std::vector<double>> routeProbability;
    /// [tree node][image]: the child the node's classifier picks for the image (every node sees every
    /// image in the full forward pass), and the child on the image's true path (−1 off the true path).
    std::vector<std::vector<int>> nodeChoice;
    std::vector<std::vector<int>> nodeTrueChild;
    /// Mistake severity (MistakeSeverity.h) of the fast and the slow prediction per image; maxSeverity is the tree's height.
    std::vector<int> fastSeverity;
    std::vector<int> slowSeverity;
    int maxSeverity = 0;
    /// The backbone the HierNet was transferred from, on the same images (empty when its run is not at hand):
    /// its predictions and their severities in the HierNet's hierarchy.
    std::vector<std::int64_t> backbone;
    std::vector<double> backboneConfidence; ///< its softmax probability of its prediction
    std::vector<int> backboneSeverity;

    /// Backbone (where known), fast and slow, summed up by severity.
    SeverityComparison severities() const;
    /// Backbone (where known), fast and slow, scored through the hierarchy.
    HierarchicalComparison hierarchical() const;
    /// Whether the evaluation holds `predictor`'s answers (the same-budget backbone never; the backbone when attached).
    bool has(Predictor predictor) const;
    /// Per image: `predictor`'s predicted class and its probability; throws hiernet::Error when not held.
    const std::vector<std::int64_t>& answersOf(Predictor predictor) const;
    const std::vector<double>& confidenceOf(Predictor predictor) const;
};

/// Adds the backbone's predictions (and their probabilities) on the same images, measured against the HierNet's hierarchy.
void attachBackbone(
    HierNetEvaluation& evaluation, const std::vector<std::int64_t>& predictions, const std::vector<double>& confidences);

/// Runs the full forward pass (conditional outputs, node probabilities) and, separately, the batched
/// routing pass; eval mode, no gradients; restores the training mode.
HierNetEvaluation evaluateHierNet(models::HierNetImpl& net, const data::ImageSet& images, const data::Preprocessor& preprocessor,
    c10::Device device, int batchSize = 500);

/// Summary (no per-image lists) as eval.json and `hiernet eval --json` print it.
nlohmann::json summaryJson(const HierNetEvaluation& evaluation);

/// Everything, per-image lists and node tables included (the studio caches an evaluation with it).
nlohmann::json toJson(const HierNetEvaluation& evaluation);
/// Reads toJson's form; throws hiernet::Error naming `source` when a field is missing or lists disagree in length.
HierNetEvaluation evaluationFromJson(const nlohmann::json& json, const std::string& source);

} // namespace hiernet::evaluation

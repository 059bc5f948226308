#include "evaluation/HierNetEvaluation.h"

#include "evaluation/CoarseRouting.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace hiernet::evaluation {

namespace {

/// One batch's outputs, copied to the CPU once (read per image through accessors, no .item() per value).
struct BatchOnHost {
    at::Tensor labels, slow, slowLogProb, fast, leafGroup, leafLogProbs;
    std::vector<at::Tensor> nodeChoice, nodeLogProbs;

    int choice(int t, std::int64_t i) const { return int(nodeChoice[std::size_t(t)].data_ptr<std::int64_t>()[i]); }
    float nodeLogProb(int t, std::int64_t i, int child) const
    {
        const auto& lp = nodeLogProbs[std::size_t(t)];
        return lp.data_ptr<float>()[i * lp.size(1) + child];
    }
};

/// Accumulates a HierNet's evaluation batch by batch.
class Evaluator {
public:
    explicit Evaluator(models::HierNetImpl& net)
        : m_net(net)
    {
        const int nodeCount = net.nodeCount();
        m_result.nodes.resize(std::size_t(nodeCount));
        m_result.nodeChoice.resize(std::size_t(nodeCount));
        m_result.nodeTrueChild.resize(std::size_t(nodeCount));
        for (int t = 0; t < nodeCount; ++t) {
            auto& node = m_result.nodes[std::size_t(t)];
            const auto& hierarchyNode = net.hierarchy().node(net.nodeIds()[std::size_t(t)]);
            node.name = hierarchyNode.name;
            for (int c : hierarchyNode.children)
                node.childNames.push_back(net.hierarchy().node(c).name);
            node.confusion.assign(node.childNames.size(), std::vector<std::int64_t>(node.childNames.size(), 0));
        }
        for (int c = 0; c < net.spec().numClasses; ++c) { // the true path of every class, once
            m_truePaths.push_back(net.truePath(c));
            m_classNodes.push_back(net.hierarchy().classNode(c));
        }
        m_result.hierarchy = net.hierarchy();
    }

    void addBatch(const at::Tensor& x, const at::Tensor& y)
    {
        const auto all = m_net.forwardAll(x);
        const auto route = m_net.route(x);
        m_lossSum += torch::nll_loss(all.logConditional, y, {}, at::Reduction::Sum).item<double>();
        const auto kTop = std::min<std::int64_t>(5, all.logConditional.size(1));
        m_slowTop5 += std::get<1>(all.logConditional.topk(kTop, 1)).eq(y.unsqueeze(1)).any(1).sum().item<double>();
        BatchOnHost batch;
        batch.labels = y.to(torch::kCPU).contiguous();
        const auto slowBest = all.logConditional.max(1);
        batch.slow = std::get<1>(slowBest).to(torch::kCPU).contiguous();
        batch.slowLogProb = std::get<0>(slowBest).to(torch::kCPU, torch::kFloat64).contiguous();
        batch.fast = route.predictions.to(torch::kCPU).contiguous();
        batch.leafGroup = route.leafGroup.to(torch::kCPU).contiguous();
        batch.leafLogProbs = route.leafLogProbs.to(torch::kCPU, torch::kFloat32).contiguous();
        for (const auto& lp : all.nodeLogProbs) {
            batch.nodeChoice.push_back(lp.argmax(1).to(torch::kCPU).contiguous());
            batch.nodeLogProbs.push_back(lp.to(torch::kCPU, torch::kFloat32).contiguous());
        }
        for (std::int64_t i = 0; i < batch.labels.size(0); ++i)
            addImage(batch, i);
    }

    HierNetEvaluation finish(std::int64_t n)
    {
        auto& result = m_result;
        result.count = n;
        const MistakeSeverity severity(m_net.hierarchy());
        result.maxSeverity = severity.maximum();
        result.fastSeverity = severity.of(result.labels, result.fast);
        result.slowSeverity = severity.of(result.labels, result.slow);
        if (n > 0) {
            std::int64_t slowRight = 0, fastRight = 0;
            for (std::int64_t i = 0; i < n; ++i) {
                slowRight += result.slow[std::size_t(i)] == result.labels[std::size_t(i)];
                fastRight += result.fast[std::size_t(i)] == result.labels[std::size_t(i)];
            }
            result.loss = m_lossSum / double(n);
            result.conditionalTop1 = double(slowRight) / double(n);
            result.conditionalTop5 = m_slowTop5 / double(n);
            result.routingTop1 = double(fastRight) / double(n);
            result.routingTop5 = m_fastTop5 / double(n);
        }
        return std::move(result);
    }

private:
    void addImage(const BatchOnHost& batch, std::int64_t i)
    {
        auto& result = m_result;
        const auto label = batch.labels.data_ptr<std::int64_t>()[i];
        result.labels.push_back(label);
        result.slow.push_back(batch.slow.data_ptr<std::int64_t>()[i]);
        result.slowConfidence.push_back(std::exp(batch.slowLogProb.data_ptr<double>()[i]));
        result.fast.push_back(batch.fast.data_ptr<std::int64_t>()[i]);
        for (int t = 0; t < m_net.nodeCount(); ++t) {
            result.nodeChoice[std::size_t(t)].push_back(batch.choice(t, i));
            result.nodeTrueChild[std::size_t(t)].push_back(-1);
        }
        const int leftAt = followTruePath(batch, i, label);
        result.leftPathAt.push_back(leftAt);
        if (leftAt >= 0)
            ++result.misrouted;
        else if (result.fast.back() != label)
            ++result.wrongInGroup;
        addRoutedAnswer(batch, i, label);
    }

    /// Each node on the image's true path: its accuracy and confusion; where the route first left the path.
    int followTruePath(const BatchOnHost& batch, std::int64_t i, std::int64_t label)
    {
        int leftAt = -1;
        for (const auto& [t, child] : m_truePaths[std::size_t(label)]) {
            const int chosen = batch.choice(t, i);
            const bool right = chosen == child;
            auto& node = m_result.nodes[std::size_t(t)];
            ++node.images;
            node.correct += right;
            ++node.confusion[std::size_t(child)][std::size_t(chosen)];
            m_result.nodeTrueChild[std::size_t(t)].back() = child;
            if (!m_net.isLeafGroup(t) && !right && leftAt < 0) {
                leftAt = t;
                ++node.misroutedHere;
            }
        }
        return leftAt;
    }

    /// The fast answer's route with the path probability of each node on it, its confidence (the product of the
    /// probabilities chosen along the route) and its routed top-5: the true class among the 5 best classes of the
    /// reached leaf group.
    void addRoutedAnswer(const BatchOnHost& batch, std::int64_t i, std::int64_t label)
    {
        std::vector<int> route;
        std::vector<double> pathProbability;
        double logConfidence = 0;
        for (int t = 0; !m_net.isLeafGroup(t);) {
            const int choice = batch.choice(t, i);
            logConfidence += batch.nodeLogProb(t, i, choice);
            route.push_back(m_net.hierarchy().node(m_net.nodeIds()[std::size_t(t)]).children[std::size_t(choice)]);
            pathProbability.push_back(std::exp(logConfidence));
            t = m_net.childNodes(t)[std::size_t(choice)];
        }
        const int reached = int(batch.leafGroup.data_ptr<std::int64_t>()[i]);
        const auto& classes = m_net.leafClasses(reached);
        const auto leafAt = batch.leafLogProbs.accessor<float, 2>();
        std::vector<std::pair<float, int>> ranked;
        for (std::size_t j = 0; j < classes.size(); ++j)
            ranked.emplace_back(leafAt[i][std::int64_t(j)], int(j));
        const auto k = std::min<std::size_t>(5, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(k), ranked.end(),
            [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
        logConfidence += ranked.front().first;
        m_result.confidence.push_back(std::exp(logConfidence));
        route.push_back(m_classNodes[std::size_t(classes[std::size_t(ranked.front().second)])]);
        pathProbability.push_back(m_result.confidence.back());
        m_result.routeNodes.push_back(std::move(route));
        m_result.routeProbability.push_back(std::move(pathProbability));
        for (std::size_t j = 0; j < k; ++j)
            if (classes[std::size_t(ranked[j].second)] == label) {
                m_fastTop5 += 1;
                break;
            }
    }

    models::HierNetImpl& m_net;
    HierNetEvaluation m_result;
    std::vector<std::vector<std::pair<int, int>>> m_truePaths;
    std::vector<int> m_classNodes; ///< hierarchy node of each class
    double m_lossSum = 0, m_slowTop5 = 0, m_fastTop5 = 0;
};

} // namespace

HierNetEvaluation evaluateHierNet(models::HierNetImpl& net, const data::ImageSet& images, const data::Preprocessor& preprocessor,
    c10::Device device, int batchSize)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net.is_training();
    net.eval();
    Evaluator evaluator(net);
    const auto n = images.size();
    for (std::int64_t start = 0; start < n; start += batchSize) {
        const auto end = std::min<std::int64_t>(n, start + batchSize);
        evaluator.addBatch(
            preprocessor.normalize(images.images.slice(0, start, end).to(device)), images.labels.slice(0, start, end).to(device));
    }
    net.train(wasTraining);
    return evaluator.finish(n);
}

SeverityComparison HierNetEvaluation::severities() const
{
    SeverityComparison c;
    c.maximum = maxSeverity;
    c.fast = summarizeSeverities(fastSeverity, maxSeverity);
    c.slow = summarizeSeverities(slowSeverity, maxSeverity);
    c.hasBackbone = !backboneSeverity.empty();
    if (c.hasBackbone)
        c.backbone = summarizeSeverities(backboneSeverity, maxSeverity);
    return c;
}

HierarchicalComparison HierNetEvaluation::hierarchical() const
{
    HierarchicalComparison c;
    c.fast = hierarchicalScoresOfClasses(hierarchy, labels, fast);
    c.slow = hierarchicalScoresOfClasses(hierarchy, labels, slow);
    if (!backbone.empty())
        c.backbone = hierarchicalScoresOfClasses(hierarchy, labels, backbone);
    std::int64_t disagree = 0;
    for (std::size_t i = 0; i < fast.size(); ++i)
        disagree += fast[i] != slow[i];
    c.fastSlowDisagreement = fast.empty() ? 0.0 : double(disagree) / double(fast.size());
    return c;
}

nlohmann::json HierarchicalComparison::toJson() const
{
    nlohmann::json out = { { "definition",
                               "hierarchical precision/recall/F1 over ancestor sets without the root (micro over images, "
                               "macro per image); level_accuracy[d-1]: the node at depth d right" },
        { "hiernet_fast", fast.toJson() }, { "hiernet_slow", slow.toJson() },
        { "fast_slow_disagreement", fastSlowDisagreement } };
    if (backbone)
        out["backbone"] = backbone->toJson();
    return out;
}

std::vector<std::pair<Predictor, HierarchicalScores>> HierarchicalComparison::rows() const
{
    std::vector<std::pair<Predictor, HierarchicalScores>> out;
    if (backbone)
        out.emplace_back(Predictor::Backbone, *backbone);
    out.emplace_back(Predictor::HierNetFast, fast);
    out.emplace_back(Predictor::HierNetSlow, slow);
    return out;
}

bool HierNetEvaluation::has(Predictor predictor) const
{
    return predictor == Predictor::HierNetFast || predictor == Predictor::HierNetSlow
        || (predictor == Predictor::Backbone && !backbone.empty());
}

const std::vector<std::int64_t>& HierNetEvaluation::answersOf(Predictor predictor) const
{
    if (!has(predictor))
        throw Error("the evaluation holds no predictions of the backbone");
    return predictor == Predictor::HierNetFast ? fast : predictor == Predictor::HierNetSlow ? slow : backbone;
}

const std::vector<double>& HierNetEvaluation::confidenceOf(Predictor predictor) const
{
    if (!has(predictor))
        throw Error("the evaluation holds no predictions of the backbone");
    return predictor == Predictor::HierNetFast ? confidence
        : predictor == Predictor::HierNetSlow  ? slowConfidence
                                               : backboneConfidence;
}

void attachBackbone(HierNetEvaluation& e, const std::vector<std::int64_t>& predictions, const std::vector<double>& confidences)
{
    if (predictions.size() != e.labels.size() || confidences.size() != predictions.size())
        throw Error("the backbone made " + std::to_string(predictions.size()) + " predictions ("
            + std::to_string(confidences.size()) + " probabilities) for the HierNet's " + std::to_string(e.labels.size())
            + " images");
    e.backbone = predictions;
    e.backboneConfidence = confidences;
    e.backboneSeverity = MistakeSeverity(e.hierarchy).of(e.labels, predictions);
}

nlohmann::json summaryJson(const HierNetEvaluation& e)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto& node : e.nodes)
        nodes.push_back({ { "name", node.name }, { "images", node.images }, { "accuracy", node.accuracy() },
            { "misrouted_here", node.misroutedHere } });
    return { { "count", e.count }, { "loss", e.loss }, { "conditional_top1", e.conditionalTop1 },
        { "conditional_top5", e.conditionalTop5 }, { "routing_top1", e.routingTop1 }, { "routing_top5", e.routingTop5 },
        { "misrouted", e.misrouted }, { "wrong_class_in_right_group", e.wrongInGroup }, { "nodes", nodes },
        { "severity", e.severities().toJson() }, { "hierarchical", e.hierarchical().toJson() },
        { "coarse_routing", coverageJson(coverageCurve(e, standardThresholds())) } };
}

nlohmann::json toJson(const HierNetEvaluation& e)
{
    nlohmann::json json = summaryJson(e);
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto& node : e.nodes)
        nodes.push_back({ { "name", node.name }, { "images", node.images }, { "correct", node.correct },
            { "misrouted_here", node.misroutedHere }, { "children", node.childNames }, { "confusion", node.confusion } });
    json["nodes"] = nodes;
    json["labels"] = e.labels;
    json["fast"] = e.fast;
    json["slow"] = e.slow;
    json["left_path_at"] = e.leftPathAt;
    json["confidence"] = e.confidence;
    json["node_choice"] = e.nodeChoice;
    json["node_true_child"] = e.nodeTrueChild;
    json["fast_severity"] = e.fastSeverity;
    json["slow_severity"] = e.slowSeverity;
    json["max_severity"] = e.maxSeverity;
    json["backbone"] = e.backbone;
    json["backbone_severity"] = e.backboneSeverity;
    json["backbone_confidence"] = e.backboneConfidence;
    json["slow_confidence"] = e.slowConfidence;
    json["route_nodes"] = e.routeNodes;
    json["route_probability"] = e.routeProbability;
    json["hierarchy"] = nlohmann::json::parse(e.hierarchy.toJson());
    return json;
}

HierNetEvaluation evaluationFromJson(const nlohmann::json& json, const std::string& source)
{
    HierNetEvaluation e;
    try {
        e.count = json.at("count").get<std::int64_t>();
        e.loss = json.at("loss").get<double>();
        e.conditionalTop1 = json.at("conditional_top1").get<double>();
        e.conditionalTop5 = json.at("conditional_top5").get<double>();
        e.routingTop1 = json.at("routing_top1").get<double>();
        e.routingTop5 = json.at("routing_top5").get<double>();
        e.misrouted = json.at("misrouted").get<std::int64_t>();
        e.wrongInGroup = json.at("wrong_class_in_right_group").get<std::int64_t>();
        for (const auto& node : json.at("nodes")) {
            NodeAccuracy n;
            n.name = node.at("name").get<std::string>();
            n.images = node.at("images").get<std::int64_t>();
            n.correct = node.at("correct").get<std::int64_t>();
            n.misroutedHere = node.at("misrouted_here").get<std::int64_t>();
            n.childNames = node.at("children").get<std::vector<std::string>>();
            n.confusion = node.at("confusion").get<std::vector<std::vector<std::int64_t>>>();
            e.nodes.push_back(std::move(n));
        }
        e.labels = json.at("labels").get<std::vector<std::int64_t>>();
        e.fast = json.at("fast").get<std::vector<std::int64_t>>();
        e.slow = json.at("slow").get<std::vector<std::int64_t>>();
        e.leftPathAt = json.at("left_path_at").get<std::vector<int>>();
        e.confidence = json.at("confidence").get<std::vector<double>>();
        e.nodeChoice = json.at("node_choice").get<std::vector<std::vector<int>>>();
        e.nodeTrueChild = json.at("node_true_child").get<std::vector<std::vector<int>>>();
        e.fastSeverity = json.at("fast_severity").get<std::vector<int>>();
        e.slowSeverity = json.at("slow_severity").get<std::vector<int>>();
        e.maxSeverity = json.at("max_severity").get<int>();
        e.backbone = json.at("backbone").get<std::vector<std::int64_t>>();
        e.backboneSeverity = json.at("backbone_severity").get<std::vector<int>>();
        e.backboneConfidence = json.at("backbone_confidence").get<std::vector<double>>();
        e.slowConfidence = json.at("slow_confidence").get<std::vector<double>>();
        e.routeNodes = json.at("route_nodes").get<std::vector<std::vector<int>>>();
        e.routeProbability = json.at("route_probability").get<std::vector<std::vector<double>>>();
        e.hierarchy = grouping::Hierarchy::fromJson(json.at("hierarchy").dump(), {}, source);
    } catch (const nlohmann::json::exception& error) {
        throw Error(source + ": not a HierNet evaluation (" + error.what() + ")");
    }
    const auto n = std::size_t(e.count);
    bool consistent = e.labels.size() == n && e.fast.size() == n && e.slow.size() == n && e.leftPathAt.size() == n
        && e.confidence.size() == n && e.nodeChoice.size() == e.nodes.size() && e.nodeTrueChild.size() == e.nodes.size()
        && e.fastSeverity.size() == n && e.slowSeverity.size() == n && e.backbone.size() == e.backboneSeverity.size()
        && (e.backbone.empty() || e.backbone.size() == n) && e.backboneConfidence.size() == e.backbone.size()
        && e.slowConfidence.size() == n && e.routeNodes.size() == n && e.routeProbability.size() == n;
    const auto hierarchyNodes = int(e.hierarchy.nodes().size());
    for (std::size_t i = 0; consistent && i < e.routeNodes.size(); ++i) {
        consistent = !e.routeNodes[i].empty() && e.routeNodes[i].size() == e.routeProbability[i].size();
        for (int node : e.routeNodes[i])
            consistent = consistent && node > 0 && node < hierarchyNodes;
    }
    for (std::size_t i = 0; consistent && i < std::size_t(n); ++i)
        consistent = e.labels[i] >= 0 && e.labels[i] < std::int64_t(e.hierarchy.classNames().size());
    for (const auto* severities : { &e.fastSeverity, &e.slowSeverity, &e.backboneSeverity })
        for (int s : *severities)
            consistent = consistent && s >= 0 && s <= e.maxSeverity;
    for (std::size_t t = 0; consistent && t < e.nodes.size(); ++t)
        consistent = e.nodeChoice[t].size() == n && e.nodeTrueChild[t].size() == n;
    if (!consistent)
        throw Error(source + ": per-image lists do not all hold " + std::to_string(e.count) + " entries");
    return e;
}

} // namespace hiernet::evaluation

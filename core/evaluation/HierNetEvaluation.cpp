#include "evaluation/HierNetEvaluation.h"

#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>

namespace hiernet::evaluation {

HierNetEvaluation evaluateHierNet(models::HierNetImpl& net, const data::ImageSet& images, const data::Preprocessor& preprocessor,
    c10::Device device, int batchSize)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net.is_training();
    net.eval();
    HierNetEvaluation result;
    const int nodeCount = net.nodeCount();
    result.nodes.resize(std::size_t(nodeCount));
    result.nodeChoice.resize(std::size_t(nodeCount));
    result.nodeTrueChild.resize(std::size_t(nodeCount));
    for (int t = 0; t < nodeCount; ++t) {
        auto& node = result.nodes[std::size_t(t)];
        const auto& hierarchyNode = net.hierarchy().node(net.nodeIds()[std::size_t(t)]);
        node.name = hierarchyNode.name;
        for (int c : hierarchyNode.children)
            node.childNames.push_back(net.hierarchy().node(c).name);
        node.confusion.assign(node.childNames.size(), std::vector<std::int64_t>(node.childNames.size(), 0));
    }
    // The true path of every class, once.
    std::vector<std::vector<std::pair<int, int>>> truePaths;
    for (int c = 0; c < net.spec().numClasses; ++c)
        truePaths.push_back(net.truePath(c));

    const auto n = images.size();
    double lossSum = 0, slowTop5 = 0, fastTop5 = 0;
    for (std::int64_t start = 0; start < n; start += batchSize) {
        const auto end = std::min<std::int64_t>(n, start + batchSize);
        const auto x = preprocessor.normalize(images.images.slice(0, start, end).to(device));
        const auto y = images.labels.slice(0, start, end).to(device);
        const auto all = net.forwardAll(x);
        const auto route = net.route(x);
        lossSum += torch::nll_loss(all.logConditional, y, {}, at::Reduction::Sum).item<double>();
        const auto kTop = std::min<std::int64_t>(5, all.logConditional.size(1));
        slowTop5 += std::get<1>(all.logConditional.topk(kTop, 1)).eq(y.unsqueeze(1)).any(1).sum().item<double>();

        // Everything per image is read through CPU accessors (one copy per batch, no .item() per value).
        const auto slow = all.logConditional.argmax(1).to(torch::kCPU).contiguous();
        const auto fast = route.predictions.to(torch::kCPU).contiguous();
        const auto leafGroup = route.leafGroup.to(torch::kCPU).contiguous();
        const auto leafLogProbs = route.leafLogProbs.to(torch::kCPU, torch::kFloat32).contiguous();
        const auto labels = y.to(torch::kCPU).contiguous();
        std::vector<at::Tensor> nodeChoiceTensors, nodeLogProbs;
        for (const auto& lp : all.nodeLogProbs) {
            nodeChoiceTensors.push_back(lp.argmax(1).to(torch::kCPU).contiguous());
            nodeLogProbs.push_back(lp.to(torch::kCPU, torch::kFloat32).contiguous());
        }
        const auto labelAt = labels.accessor<std::int64_t, 1>();
        const auto slowAt = slow.accessor<std::int64_t, 1>();
        const auto fastAt = fast.accessor<std::int64_t, 1>();
        const auto leafGroupAt = leafGroup.accessor<std::int64_t, 1>();
        const auto leafAt = leafLogProbs.accessor<float, 2>();
        for (std::int64_t i = 0; i < end - start; ++i) {
            const auto label = labelAt[i];
            result.labels.push_back(label);
            result.slow.push_back(slowAt[i]);
            result.fast.push_back(fastAt[i]);
            auto choiceOf = [&](int t) { return int(nodeChoiceTensors[std::size_t(t)].data_ptr<std::int64_t>()[i]); };
            for (int t = 0; t < nodeCount; ++t) {
                result.nodeChoice[std::size_t(t)].push_back(choiceOf(t));
                result.nodeTrueChild[std::size_t(t)].push_back(-1);
            }
            int leftAt = -1;
            for (const auto& [t, child] : truePaths[std::size_t(label)]) {
                const int chosen = choiceOf(t);
                const bool right = chosen == child;
                auto& node = result.nodes[std::size_t(t)];
                ++node.images;
                node.correct += right;
                ++node.confusion[std::size_t(child)][std::size_t(chosen)];
                result.nodeTrueChild[std::size_t(t)].back() = child;
                if (!net.isLeafGroup(t) && !right && leftAt < 0) {
                    leftAt = t;
                    ++node.misroutedHere;
                }
            }
            result.leftPathAt.push_back(leftAt);
            if (leftAt >= 0)
                ++result.misrouted;
            else if (result.fast.back() != label)
                ++result.wrongInGroup;
            // Confidence of the fast answer: the product of the probabilities chosen along its route.
            double logConfidence = 0;
            int t = 0;
            while (!net.isLeafGroup(t)) {
                const int choice = choiceOf(t);
                logConfidence
                    += nodeLogProbs[std::size_t(t)].data_ptr<float>()[i * nodeLogProbs[std::size_t(t)].size(1) + choice];
                t = net.childNodes(t)[std::size_t(choice)];
            }
            // Routing top-5: the true class among the 5 best classes of the reached leaf group.
            const int reached = int(leafGroupAt[i]);
            const auto& classes = net.leafClasses(reached);
            std::vector<std::pair<float, int>> ranked;
            for (std::size_t j = 0; j < classes.size(); ++j)
                ranked.emplace_back(leafAt[i][std::int64_t(j)], int(j));
            const auto k = std::min<std::size_t>(5, ranked.size());
            std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(k), ranked.end(),
                [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
            logConfidence += ranked.front().first;
            result.confidence.push_back(std::exp(logConfidence));
            for (std::size_t j = 0; j < k; ++j)
                if (classes[std::size_t(ranked[j].second)] == label) {
                    fastTop5 += 1;
                    break;
                }
        }
    }
    result.count = n;
    const MistakeSeverity severity(net.hierarchy());
    result.maxSeverity = severity.maximum();
    result.fastSeverity = severity.of(result.labels, result.fast);
    result.slowSeverity = severity.of(result.labels, result.slow);
    if (n > 0) {
        std::int64_t slowRight = 0, fastRight = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            slowRight += result.slow[std::size_t(i)] == result.labels[std::size_t(i)];
            fastRight += result.fast[std::size_t(i)] == result.labels[std::size_t(i)];
        }
        result.loss = lossSum / double(n);
        result.conditionalTop1 = double(slowRight) / double(n);
        result.conditionalTop5 = slowTop5 / double(n);
        result.routingTop1 = double(fastRight) / double(n);
        result.routingTop5 = fastTop5 / double(n);
    }
    net.train(wasTraining);
    return result;
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

void attachBackbone(HierNetEvaluation& e, const std::vector<std::int64_t>& predictions, const grouping::Hierarchy& hierarchy)
{
    if (predictions.size() != e.labels.size())
        throw Error("the backbone made " + std::to_string(predictions.size()) + " predictions for the HierNet's "
            + std::to_string(e.labels.size()) + " images");
    e.backbone = predictions;
    e.backboneSeverity = MistakeSeverity(hierarchy).of(e.labels, predictions);
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
        { "severity", e.severities().toJson() } };
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
    } catch (const nlohmann::json::exception& error) {
        throw Error(source + ": not a HierNet evaluation (" + error.what() + ")");
    }
    const auto n = std::size_t(e.count);
    bool consistent = e.labels.size() == n && e.fast.size() == n && e.slow.size() == n && e.leftPathAt.size() == n
        && e.confidence.size() == n && e.nodeChoice.size() == e.nodes.size() && e.nodeTrueChild.size() == e.nodes.size()
        && e.fastSeverity.size() == n && e.slowSeverity.size() == n && e.backbone.size() == e.backboneSeverity.size()
        && (e.backbone.empty() || e.backbone.size() == n);
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

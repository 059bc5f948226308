#include "evaluation/HierNetEvaluation.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

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
    for (int t = 0; t < nodeCount; ++t)
        result.nodes[std::size_t(t)].name = net.hierarchy().node(net.nodeIds()[std::size_t(t)]).name;
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

        const auto slow = all.logConditional.argmax(1).to(torch::kCPU);
        const auto fast = route.predictions.to(torch::kCPU);
        const auto leafGroup = route.leafGroup.to(torch::kCPU);
        const auto leafLogProbs = route.leafLogProbs.to(torch::kCPU, torch::kFloat32);
        std::vector<at::Tensor> nodeChoice, nodeLogProbs;
        for (const auto& lp : all.nodeLogProbs) {
            nodeChoice.push_back(lp.argmax(1).to(torch::kCPU));
            nodeLogProbs.push_back(lp.to(torch::kCPU, torch::kFloat32));
        }
        const auto labels = y.to(torch::kCPU);
        for (std::int64_t i = 0; i < end - start; ++i) {
            const auto label = labels[i].item<std::int64_t>();
            result.labels.push_back(label);
            result.slow.push_back(slow[i].item<std::int64_t>());
            result.fast.push_back(fast[i].item<std::int64_t>());
            int leftAt = -1;
            for (const auto& [t, child] : truePaths[std::size_t(label)]) {
                const bool right = nodeChoice[std::size_t(t)][i].item<std::int64_t>() == child;
                if (!net.isLeafGroup(t)) {
                    auto& node = result.nodes[std::size_t(t)];
                    ++node.images;
                    node.correct += right;
                    if (!right && leftAt < 0) {
                        leftAt = t;
                        ++node.misroutedHere;
                    }
                } else {
                    auto& node = result.nodes[std::size_t(t)];
                    ++node.images;
                    node.correct += right;
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
                const auto choice = nodeChoice[std::size_t(t)][i].item<std::int64_t>();
                logConfidence += nodeLogProbs[std::size_t(t)][i][choice].item<double>();
                t = net.childNodes(t)[std::size_t(choice)];
            }
            const auto leafRow = leafLogProbs[i];
            logConfidence += leafRow.max().item<double>();
            result.confidence.push_back(std::exp(logConfidence));
            // Routing top-5: the true class among the 5 best classes of the reached leaf group.
            const int reached = int(leafGroup[i].item<std::int64_t>());
            const auto& classes = net.leafClasses(reached);
            const auto k = std::min<std::int64_t>(5, std::int64_t(classes.size()));
            const auto best = std::get<1>(leafRow.slice(0, 0, std::int64_t(classes.size())).topk(k));
            for (std::int64_t j = 0; j < k; ++j)
                if (classes[std::size_t(best[j].item<std::int64_t>())] == label) {
                    fastTop5 += 1;
                    break;
                }
        }
    }
    result.count = n;
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

nlohmann::json summaryJson(const HierNetEvaluation& e)
{
    nlohmann::json nodes = nlohmann::json::array();
    for (const auto& node : e.nodes)
        nodes.push_back({{"name", node.name}, {"images", node.images}, {"accuracy", node.accuracy()}, {"misrouted_here", node.misroutedHere}});
    return {{"count", e.count},
            {"loss", e.loss},
            {"conditional_top1", e.conditionalTop1},
            {"conditional_top5", e.conditionalTop5},
            {"routing_top1", e.routingTop1},
            {"routing_top5", e.routingTop5},
            {"misrouted", e.misrouted},
            {"wrong_class_in_right_group", e.wrongInGroup},
            {"nodes", nodes}};
}

} // namespace hiernet::evaluation

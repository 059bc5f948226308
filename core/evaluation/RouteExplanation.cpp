#include "evaluation/RouteExplanation.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <iomanip>
#include <sstream>

namespace hiernet::evaluation {
namespace {

RouteStep stepAt(models::HierNetImpl& net, const std::vector<at::Tensor>& nodeProbs, int t, int trueChild)
{
    RouteStep step;
    step.treeNode = t;
    const auto& hierarchy = net.hierarchy();
    const auto& node = hierarchy.node(net.nodeIds()[std::size_t(t)]);
    step.name = node.name;
    for (int c : node.children)
        step.childNames.push_back(hierarchy.node(c).name);
    const auto p = nodeProbs[std::size_t(t)];
    for (std::int64_t j = 0; j < p.numel(); ++j)
        step.probabilities.push_back(p[j].item<double>());
    step.chosen = int(p.argmax().item<std::int64_t>());
    step.trueChild = trueChild;
    return step;
}

} // namespace

RouteExplanation explainRoute(models::HierNetImpl& net, const at::Tensor& image, std::int64_t trueClass)
{
    torch::NoGradGuard noGrad;
    const bool wasTraining = net.is_training();
    net.eval();
    const auto out = net.forwardAll(image.unsqueeze(0));
    std::vector<at::Tensor> nodeProbs;
    for (const auto& lp : out.nodeLogProbs)
        nodeProbs.push_back(lp[0].exp().to(torch::kCPU, torch::kFloat64));
    RouteExplanation e;
    e.trueClass = trueClass;
    // An image of no known class (`hiernet predict`) has no true path.
    const auto path = trueClass >= 0 ? net.truePath(int(trueClass)) : std::vector<std::pair<int, int>> {};
    for (const auto& [t, child] : path)
        e.truePath.push_back(stepAt(net, nodeProbs, t, child));
    // Algorithm 1 on the node probabilities.
    int t = 0;
    std::size_t depth = 0;
    while (true) {
        const int trueChild = (depth < path.size() && path[depth].first == t) ? path[depth].second : -1;
        e.taken.push_back(stepAt(net, nodeProbs, t, trueChild));
        const auto& step = e.taken.back();
        if (e.partedAt < 0 && trueChild >= 0 && step.chosen != trueChild && !net.isLeafGroup(t))
            e.partedAt = t;
        if (net.isLeafGroup(t)) {
            const auto& classes = net.leafClasses(t);
            for (std::size_t j = 0; j < classes.size(); ++j)
                e.leafClasses.emplace_back(classes[j], step.probabilities[j]);
            e.fastPrediction = classes[std::size_t(step.chosen)];
            break;
        }
        t = net.childNodes(t)[std::size_t(step.chosen)];
        ++depth;
    }
    const auto conditional = out.logConditional[0].exp().to(torch::kCPU, torch::kFloat64).contiguous();
    e.slowPrediction = conditional.argmax().item<std::int64_t>();
    e.conditional.assign(conditional.data_ptr<double>(), conditional.data_ptr<double>() + conditional.numel());
    const auto top = conditional.topk(std::min<std::int64_t>(5, conditional.numel()));
    for (std::int64_t j = 0; j < std::get<0>(top).numel(); ++j)
        e.top5.emplace_back(std::get<1>(top)[j].item<std::int64_t>(), std::get<0>(top)[j].item<double>());
    net.train(wasTraining);
    return e;
}

nlohmann::json toJson(const RouteExplanation& e, const std::vector<std::string>& names)
{
    auto steps = [&](const std::vector<RouteStep>& list) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& s : list) {
            nlohmann::json children = nlohmann::json::array();
            for (std::size_t j = 0; j < s.childNames.size(); ++j)
                children.push_back({ { "name", s.childNames[j] }, { "probability", s.probabilities[j] } });
            out.push_back({ { "node", s.name }, { "children", children }, { "chosen", s.childNames[std::size_t(s.chosen)] },
                { "true_child", s.trueChild >= 0 ? nlohmann::json(s.childNames[std::size_t(s.trueChild)]) : nlohmann::json() } });
        }
        return out;
    };
    auto classList = [&](const std::vector<std::pair<std::int64_t, double>>& list) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& [c, p] : list)
            out.push_back({ { "class", c }, { "name", names[std::size_t(c)] }, { "probability", p } });
        return out;
    };
    std::string parted;
    for (const auto& s : e.taken)
        if (s.treeNode == e.partedAt)
            parted = s.name;
    return { { "index", e.index }, { "true_class", { { "id", e.trueClass }, { "name", names[std::size_t(e.trueClass)] } } },
        { "fast", { { "id", e.fastPrediction }, { "name", names[std::size_t(e.fastPrediction)] } } },
        { "slow", { { "id", e.slowPrediction }, { "name", names[std::size_t(e.slowPrediction)] } } }, { "route", steps(e.taken) },
        { "true_path", steps(e.truePath) }, { "parted_at", parted.empty() ? nlohmann::json() : nlohmann::json(parted) },
        { "leaf_classes", classList(e.leafClasses) }, { "top5", classList(e.top5) } };
}

std::string toText(const RouteExplanation& e, const std::vector<std::string>& names)
{
    std::ostringstream out;
    out << std::fixed << std::setprecision(3);
    out << "image " << e.index << ": true " << names[std::size_t(e.trueClass)] << ", fast "
        << names[std::size_t(e.fastPrediction)] << ", slow " << names[std::size_t(e.slowPrediction)] << "\n";
    auto printSteps = [&](const std::vector<RouteStep>& steps) {
        for (const auto& s : steps) {
            out << "  " << s.name << ":";
            for (std::size_t j = 0; j < s.childNames.size(); ++j)
                out << "  " << (int(j) == s.chosen ? "*" : "") << s.childNames[j] << (int(j) == s.trueChild ? " (true)" : "")
                    << " " << s.probabilities[j];
            out << "\n";
        }
    };
    out << "route taken (* = chosen):\n";
    printSteps(e.taken);
    if (e.partedAt >= 0) {
        for (const auto& s : e.taken)
            if (s.treeNode == e.partedAt)
                out << "left the true path at " << s.name << ": chose " << s.childNames[std::size_t(s.chosen)] << " instead of "
                    << s.childNames[std::size_t(s.trueChild)] << "\n";
        out << "true path:\n";
        printSteps(e.truePath);
    } else if (e.fastPrediction != e.trueClass) {
        out << "right leaf group, wrong class inside it\n";
    } else {
        out << "routed correctly\n";
    }
    out << "conditional top-5:";
    for (const auto& [c, p] : e.top5)
        out << "  " << names[std::size_t(c)] << " " << p;
    out << "\n";
    return out.str();
}

} // namespace hiernet::evaluation

// Explanations of a HierNet's decisions: mistake severity (LCA height) and Grad-CAM maps per tree node.
#include "evaluation/CoarseRouting.h"
#include "evaluation/GradCam.h"
#include "evaluation/HierarchicalScores.h"
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/ImageFilter.h"
#include "evaluation/MistakeSeverity.h"
#include "grouping/Hierarchy.h"
#include "models/HierNet.h"
#include "util/Png.h"
#include "ErrorMessage.h"
#include "TinyHierarchies.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;
using namespace hiernet::evaluation;
using grouping::Hierarchy;

namespace {

using tiny::deepUneven;
using tiny::twoLevels;

models::BackboneSpec spec()
{
    return { models::BlockKind::ResNet, 1, 1, 6 };
}

/// A tiny HierNet with BN statistics moved off their initial values (eval mode then matters).
models::HierNet warmNet(const Hierarchy& hierarchy, const models::TreeLayout& layout)
{
    torch::manual_seed(3);
    models::HierNet net(spec(), hierarchy, layout);
    net->train();
    torch::NoGradGuard noGrad;
    net->forwardAll(torch::randn({ 16, 1, 12, 12 }));
    net->eval();
    return net;
}

/// Grad-CAM written out from its definition, channel by channel and pixel by pixel, in double precision.
at::Tensor gradCamByHand(const at::Tensor& activation, const std::function<at::Tensor(const at::Tensor&)>& head, int output)
{
    auto a = activation.detach().clone().requires_grad_(true);
    head(a)[0][output].backward();
    const auto g = a.grad().to(torch::kFloat64);
    const auto values = a.detach().to(torch::kFloat64);
    const auto channels = values.size(1), h = values.size(2), w = values.size(3);
    std::vector<double> weights(std::size_t(channels), 0.0);
    for (std::int64_t c = 0; c < channels; ++c) {
        for (std::int64_t y = 0; y < h; ++y)
            for (std::int64_t x = 0; x < w; ++x)
                weights[std::size_t(c)] += g[0][c][y][x].item<double>();
        weights[std::size_t(c)] /= double(h * w);
    }
    auto map = torch::zeros({ h, w }, torch::kFloat64);
    for (std::int64_t y = 0; y < h; ++y)
        for (std::int64_t x = 0; x < w; ++x) {
            double sum = 0;
            for (std::int64_t c = 0; c < channels; ++c)
                sum += weights[std::size_t(c)] * values[0][c][y][x].item<double>();
            map[y][x] = std::max(sum, 0.0);
        }
    return map;
}

} // namespace

class TestExplanations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void severityIsTheHeightOfTheLowestCommonAncestor()
    {
        const MistakeSeverity deep(deepUneven());
        QCOMPARE(deep.maximum(), 3); // root → A → A1 → c0
        QCOMPARE(deep.of(0, 0), 0);
        QCOMPARE(deep.of(0, 1), 1); // siblings in A1
        QCOMPARE(deep.of(0, 2), 2); // A1 and A2 meet in A
        QCOMPARE(deep.of(2, 0), 2);
        QCOMPARE(deep.of(0, 3), 3); // across the root
        QCOMPARE(deep.of(4, 5), 1); // siblings in B
        QCOMPARE(deep.of(3, 2), 3);
        const MistakeSeverity flat(twoLevels());
        QCOMPARE(flat.maximum(), 2);
        QCOMPARE(flat.of(0, 3), 1);
        QCOMPARE(flat.of(0, 5), 1);
        QCOMPARE(flat.of(0, 1), 2);
        QCOMPARE(flat.of(1, 1), 0);
        QVERIFY(errorOf([&] { flat.of(0, 6); }).contains("class 6 is not in the hierarchy"));
        QVERIFY(errorOf([&] {
            flat.of(std::vector<std::int64_t> { 0, 1 }, std::vector<std::int64_t> { 0 });
        }).contains("2 labels but 1 predictions"));
    }

    void severitySummaryCountedByHand()
    {
        // labels / predictions in deepUneven: right, right, sibling (1), A1↔A2 (2), A1↔A2 (2), across the root (3)
        const MistakeSeverity deep(deepUneven());
        const auto severities
            = deep.of(std::vector<std::int64_t> { 0, 4, 0, 1, 2, 5 }, std::vector<std::int64_t> { 0, 4, 1, 2, 0, 1 });
        QCOMPARE(severities, (std::vector<int> { 0, 0, 1, 2, 2, 3 }));
        const auto s = summarizeSeverities(severities, deep.maximum());
        QCOMPARE(s.count, std::int64_t(6));
        QCOMPARE(s.mistakes, std::int64_t(4));
        QCOMPARE(s.top1, 2.0 / 6);
        QCOMPARE(s.meanMistakeSeverity, 8.0 / 4);
        QCOMPARE(s.meanSeverity, 8.0 / 6);
        QCOMPARE(s.histogram, (std::vector<std::int64_t> { 2, 1, 2, 1 }));
        const auto none = summarizeSeverities({ 0, 0 }, 2);
        QCOMPARE(none.meanMistakeSeverity, 0.0);
        QCOMPARE(none.top1, 1.0);
        QVERIFY(errorOf([] { summarizeSeverities({ 4 }, 3); }).contains("severity 4 is outside 0…3"));
    }

    void evaluationCarriesSeveritiesAndFiltersByThem()
    {
        const auto hierarchy = deepUneven();
        auto net = warmNet(hierarchy, models::TreeLayout { { 1, 2 }, { 1, 0 } });
        torch::manual_seed(4);
        const data::ImageSet images { (torch::rand({ 40, 1, 12, 12 }) * 255).to(torch::kByte),
            torch::arange(40, torch::kLong) % 6, {} };
        const data::Preprocessor preprocessor(images.images);
        auto e = evaluateHierNet(*net, images, preprocessor, torch::kCPU, 16);
        const MistakeSeverity measure(hierarchy);
        QCOMPARE(e.maxSeverity, 3);
        QCOMPARE(e.fastSeverity, measure.of(e.labels, e.fast));
        QCOMPARE(e.slowSeverity, measure.of(e.labels, e.slow));
        // A stand-in backbone: predicts class 3 for everything.
        attachBackbone(e, std::vector<std::int64_t>(40, 3), std::vector<double>(40, 0.5));
        const auto c = e.severities();
        QVERIFY(c.hasBackbone);
        QCOMPARE(c.backbone.histogram[0], std::int64_t(40 / 6 + (40 % 6 > 3))); // the images of class 3
        QCOMPARE(c.backbone.histogram[1], std::int64_t(2 * (40 / 6) + (40 % 6 > 4) + (40 % 6 > 5))); // classes 4 and 5 (B)
        QCOMPARE(c.backbone.histogram[3], std::int64_t(40) - c.backbone.histogram[0] - c.backbone.histogram[1]);
        QVERIFY(errorOf([&] {
            attachBackbone(e, { 1, 2 }, { 0.5, 0.5 });
        }).contains("2 predictions (2 probabilities) for the HierNet's 40 images"));

        // The gallery's severity filter: exactly the images of that severity.
        for (int level = 0; level <= 3; ++level) {
            ImageFilter filter;
            filter.severity = level;
            const auto listed = filterImages(e, filter);
            QCOMPARE(std::int64_t(listed.size()), c.fast.histogram[std::size_t(level)]);
            for (int i : listed)
                QCOMPARE(e.fastSeverity[std::size_t(i)], level);
        }
        // The cache's JSON form keeps them, and a file whose severities disagree with the tree is refused.
        const auto back = evaluationFromJson(toJson(e), "cache");
        QCOMPARE(back.fastSeverity, e.fastSeverity);
        QCOMPARE(back.backbone, e.backbone);
        QCOMPARE(back.backboneSeverity, e.backboneSeverity);
        auto broken = toJson(e);
        broken["fast_severity"][0] = 7;
        QVERIFY(errorOf([&] { evaluationFromJson(broken, "cache.json"); }).contains("cache.json"));
        QVERIFY(summaryJson(e).at("severity").contains("backbone"));
    }

    void hierarchicalScoresCountedByHand()
    {
        // deepUneven: root → A(→ A1{c0,c1}, A2{c2}), B{c3,c4,c5}. Ancestor sets without the root:
        // c0 {A, A1, c0} (3), c2 {A, A2, c2} (3), c3 {B, c3} (2).
        const auto h = deepUneven();
        const std::vector<std::int64_t> labels { 0, 0, 2, 3, 3 };
        const std::vector<std::int64_t> predicted { 0, 1, 0, 4, 0 };
        // overlaps: 3, 2 (A, A1), 1 (A), 1 (B), 0; answer sizes 3, 3, 3, 2, 3; truth sizes 3, 3, 3, 2, 2
        const auto s = hierarchicalScoresOfClasses(h, labels, predicted);
        QCOMPARE(s.count, std::int64_t(5));
        QCOMPARE(s.microPrecision, 7.0 / 14);
        QCOMPARE(s.microRecall, 7.0 / 13);
        QCOMPARE(s.microF1, 2 * (7.0 / 14) * (7.0 / 13) / (7.0 / 14 + 7.0 / 13));
        // per image P: 1, 2/3, 1/3, 1/2, 0; R: 1, 2/3, 1/3, 1/2, 0
        QVERIFY(qAbs(s.macroPrecision - (1 + 2.0 / 3 + 1.0 / 3 + 0.5) / 5) < 1e-12);
        QVERIFY(qAbs(s.macroRecall - (1 + 2.0 / 3 + 1.0 / 3 + 0.5) / 5) < 1e-12);
        QVERIFY(qAbs(s.macroF1 - (1 + 2.0 / 3 + 1.0 / 3 + 0.5) / 5) < 1e-12);
        // level 1 (A/B): right, right, right, right, wrong; level 2 (A1/A2/class under B): right, right, wrong,
        // wrong (c4 ≠ c3), wrong; level 3 (the class): right, wrong, wrong, wrong, wrong
        QCOMPARE(s.levelAccuracy, (std::vector<double> { 4.0 / 5, 2.0 / 5, 1.0 / 5 }));

        // Answers that stop at a group: A1 for a c0 (right but coarse), B for a c2 (wrong), the root for a c3.
        const int a1 = h.findNode("A1"), b = h.findNode("B");
        const auto coarse = hierarchicalScores(h, { 0, 2, 3 }, { a1, b, 0 });
        QCOMPARE(coarse.microPrecision, 2.0 / 3); // overlaps 2, 0, 0 over answer sizes 2, 1, 0
        QCOMPARE(coarse.microRecall, 2.0 / 8); // truth sizes 3, 3, 2
        QCOMPARE(coarse.levelAccuracy, (std::vector<double> { 1.0 / 3, 1.0 / 3, 0.0 })); // a group is never right below itself
        const MistakeSeverity severity(h);
        QCOMPARE(severity.ofAnswer(0, a1), 0);
        QCOMPARE(severity.ofAnswer(2, a1), 2); // A1 and c2 meet in A
        QCOMPARE(severity.ofAnswer(2, b), 3);
        QCOMPARE(severity.ofAnswer(3, 0), 0); // the root holds everything

        QVERIFY(errorOf([&] { hierarchicalScoresOfClasses(h, { 0 }, { 0, 1 }); }).contains("1 labels but 2 answers"));
        QVERIFY(errorOf([&] { hierarchicalScoresOfClasses(h, { 0 }, { 9 }); }).contains("class 9 is not in the hierarchy"));
        QVERIFY(errorOf([&] { hierarchicalScores(h, { 0 }, { 99 }); }).contains("node 99 is not in the hierarchy"));
    }

    void coarseRoutingStopsAtTheDeepestSureNode()
    {
        const auto h = deepUneven();
        auto net = warmNet(h, models::TreeLayout { { 1, 2 }, { 1, 0 } });
        torch::manual_seed(5);
        const data::ImageSet images { (torch::rand({ 60, 1, 12, 12 }) * 255).to(torch::kByte),
            torch::arange(60, torch::kLong) % 6, {} };
        const data::Preprocessor preprocessor(images.images);
        const auto e = evaluateHierNet(*net, images, preprocessor, torch::kCPU, 16);
        // The route ends at the fast answer's class with its confidence; path probabilities only fall.
        for (std::size_t i = 0; i < e.routeNodes.size(); ++i) {
            QCOMPARE(h.node(e.routeNodes[i].back()).classId, int(e.fast[i]));
            QVERIFY(qAbs(e.routeProbability[i].back() - e.confidence[i]) < 1e-9);
            for (std::size_t k = 1; k < e.routeProbability[i].size(); ++k)
                QVERIFY(e.routeProbability[i][k] <= e.routeProbability[i][k - 1] + 1e-12);
        }
        // τ = 0 is the fast routing: everything answered at a class, leaf accuracy = fast top-1.
        const auto zero = coverageAt(e, 0.0);
        QCOMPARE(zero.coverage, 1.0);
        QCOMPARE(zero.leafAccuracy, e.routingTop1);
        QCOMPARE(zero.meanSeverity, e.severities().fast.meanSeverity);
        // Coverage never rises with τ; a stopped image is neither right nor wrong at the leaf.
        double previous = 1.0;
        for (double tau : { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0 }) {
            const auto p = coverageAt(e, tau);
            QVERIFY(p.coverage <= previous);
            previous = p.coverage;
            QCOMPARE(p.answeredAtClass + p.stoppedAtGroup, p.count);
            std::int64_t right = 0, stopped = 0;
            for (int i = 0; i < int(e.count); ++i) {
                const int answer = coarseAnswer(e, i, tau);
                const auto& node = h.node(answer);
                // the deepest node of the route whose path probability reaches τ
                const auto& route = e.routeNodes[std::size_t(i)];
                const auto& probability = e.routeProbability[std::size_t(i)];
                const auto reached = std::count_if(probability.begin(), probability.end(), [&](double v) { return v >= tau; });
                QCOMPARE(answer, reached ? route[std::size_t(reached - 1)] : 0);
                stopped += !node.isClass();
                right += node.isClass() && node.classId == e.labels[std::size_t(i)];
            }
            QCOMPARE(p.stoppedAtGroup, stopped);
            QCOMPARE(p.rightAtClass, right);
            ImageFilter filter;
            filter.outcome = ImageFilter::Outcome::StoppedAtGroup;
            filter.coarseThreshold = tau;
            QCOMPARE(std::int64_t(filterImages(e, filter).size()), stopped);
        }
        QVERIFY(previous < 1.0); // the walk above did stop some images
        QVERIFY(errorOf([&] { coverageAt(e, 1.5); }).contains("1.5"));
        QVERIFY(errorOf([&] { coverageAt(e, std::nan("")); }).contains("not a probability threshold"));
        const auto summary = summaryJson(e);
        QCOMPARE(summary.at("coarse_routing").at("curve").size(), standardThresholds().size());
        QCOMPARE(summary.at("hierarchical").at("hiernet_fast").at("level_accuracy").size(), std::size_t(3));
        const auto back = evaluationFromJson(toJson(e), "cache");
        QCOMPARE(back.routeNodes, e.routeNodes);
        QCOMPARE(back.hierarchy, e.hierarchy);
        QCOMPARE(coverageAt(back, 0.5).coverage, coverageAt(e, 0.5).coverage);
    }

    void confusionCellFilterListsThePairsImages()
    {
        const auto h = twoLevels();
        auto net = warmNet(h, models::TreeLayout { { 1 }, { 1 } });
        torch::manual_seed(6);
        const data::ImageSet images { (torch::rand({ 48, 1, 12, 12 }) * 255).to(torch::kByte),
            torch::arange(48, torch::kLong) % 6, {} };
        const data::Preprocessor preprocessor(images.images);
        auto e = evaluateHierNet(*net, images, preprocessor, torch::kCPU, 16);
        std::vector<std::int64_t> backbone;
        std::vector<double> backboneConfidence;
        for (int i = 0; i < 48; ++i) {
            backbone.push_back((i * 7) % 6);
            backboneConfidence.push_back(double((i * 13) % 48) / 48);
        }
        attachBackbone(e, backbone, backboneConfidence);
        for (auto predictor : { Predictor::HierNetFast, Predictor::HierNetSlow, Predictor::Backbone }) {
            const auto& answers = e.answersOf(predictor);
            const auto& confidence = e.confidenceOf(predictor);
            for (int t = 0; t < 6; ++t)
                for (int p = 0; p < 6; ++p) {
                    ImageFilter cell;
                    cell.answer = predictor;
                    cell.trueClass = t;
                    cell.predictedClass = p;
                    cell.order = ImageFilter::Order::ConfidenceDescending;
                    const auto listed = filterImages(e, cell);
                    std::vector<int> expected;
                    for (int i = 0; i < 48; ++i)
                        if (e.labels[std::size_t(i)] == t && answers[std::size_t(i)] == p)
                            expected.push_back(i);
                    std::vector<int> sorted = listed;
                    std::sort(sorted.begin(), sorted.end());
                    QCOMPARE(sorted, expected);
                    for (std::size_t k = 1; k < listed.size(); ++k)
                        QVERIFY(confidence[std::size_t(listed[k - 1])] >= confidence[std::size_t(listed[k])]);
                }
        }
        e.backbone.clear();
        e.backboneConfidence.clear();
        ImageFilter backboneCell;
        backboneCell.answer = Predictor::Backbone;
        QVERIFY(errorOf([&] { filterImages(e, backboneCell); }).contains("no predictions of the backbone"));
    }

    void gradCamAtTheRootEqualsTheDefinition()
    {
        const auto hierarchy = twoLevels();
        auto net = warmNet(hierarchy, models::TreeLayout { { 1 }, { 1 } });
        torch::manual_seed(5);
        const auto image = torch::randn({ 1, 12, 12 });
        for (int output = 0; output < 3; ++output) {
            const auto cam = gradCamAtNode(*net, image, 0, output);
            // The activation that feeds the root's decision: its edge, then its additional block.
            auto root = net->node(0);
            at::Tensor activation;
            {
                torch::NoGradGuard noGrad;
                activation = root->classifierBlocks[0]->as<models::ResidualBlock>()->forward(root->edge(image.unsqueeze(0)));
                // It is the one the tree's own forward pass classifies from.
                const auto logits = root->head(activation);
                QVERIFY(torch::allclose(
                    torch::log_softmax(logits, 1), net->forwardAll(image.unsqueeze(0)).nodeLogProbs[0], 1e-5, 1e-6));
                QVERIFY(std::abs(cam.probability - torch::softmax(logits, 1)[0][output].item<double>()) < 1e-6);
            }
            const auto expected = gradCamByHand(
                activation, [&](const at::Tensor& a) { return root->head(a); }, output);
            QCOMPARE(cam.activationMap.sizes().vec(), expected.sizes().vec());
            QVERIFY2(torch::allclose(cam.activationMap.to(torch::kFloat64), expected, 1e-4, 1e-6),
                qPrintable(QString::number(output)));
            QCOMPARE(cam.map.sizes().vec(), (std::vector<std::int64_t> { 12, 12 })); // image-sized
            QVERIFY((cam.map >= 0).all().item<bool>());
            QCOMPARE(cam.node, std::string("root"));
            QCOMPARE(cam.target, hierarchy.node(hierarchy.node(0).children[std::size_t(output)]).name);
        }
        // Another target, another map.
        const auto first = gradCamAtNode(*net, image, 0, 0), second = gradCamAtNode(*net, image, 0, 2);
        QVERIFY(!torch::allclose(first.activationMap, second.activationMap));
    }

    void gradCamInALeafGroupUsesItsOwnBranch()
    {
        const auto hierarchy = twoLevels();
        auto net = warmNet(hierarchy, models::TreeLayout { { 1 }, { 1 } });
        net->train(); // the call must switch to eval mode and back
        torch::manual_seed(6);
        const auto image = torch::randn({ 1, 12, 12 });
        const int group = net->treeNodeOf(hierarchy.findNode("group 1")); // c0, c3, c5
        const auto cam = gradCamAtNode(*net, image, group, 1);
        QVERIFY(net->is_training());
        net->eval();
        auto leaf = net->node(group);
        at::Tensor activation;
        {
            torch::NoGradGuard noGrad;
            activation = leaf->edge(net->node(0)->edge(image.unsqueeze(0))); // no additional blocks: the edge's last block
        }
        const auto expected = gradCamByHand(
            activation, [&](const at::Tensor& a) { return leaf->head(a); }, 1);
        QVERIFY(torch::allclose(cam.activationMap.to(torch::kFloat64), expected, 1e-4, 1e-6));
        QCOMPARE(cam.target, std::string("c3"));
        QVERIFY(QString::fromStdString(cam.layer).contains("block 2 of the backbone"));
        QVERIFY(errorOf([&] { gradCamAtNode(*net, image, group, 3); }).contains("outputs 0…2, not 3"));
        QVERIFY(errorOf([&] { gradCamAtNode(*net, image, 9, 0); }).contains("tree node 9 does not exist"));
    }

    void gradCamOfTheBackbone()
    {
        torch::manual_seed(7);
        models::Backbone backbone(spec());
        backbone->eval();
        const auto image = torch::randn({ 1, 12, 12 });
        const auto cam = gradCamBackbone(*backbone, image, 4);
        at::Tensor activation;
        {
            torch::NoGradGuard noGrad;
            activation = backbone->features(image.unsqueeze(0), 3);
        }
        const auto expected = gradCamByHand(
            activation, [&](const at::Tensor& a) { return backbone->head(a); }, 4);
        QVERIFY(torch::allclose(cam.activationMap.to(torch::kFloat64), expected, 1e-4, 1e-6));
        QCOMPARE(cam.map.sizes().vec(), (std::vector<std::int64_t> { 12, 12 }));
        QVERIFY(!torch::allclose(cam.activationMap, gradCamBackbone(*backbone, image, 1).activationMap));
        QVERIFY(errorOf([&] { gradCamBackbone(*backbone, image, 6); }).contains("classes 0…5, not 6"));
        QVERIFY(errorOf([&] { gradCamBackbone(*backbone, image.unsqueeze(0), 1); }).contains("C×H×W"));
    }

    void routeRequestsCoverBothPaths()
    {
        RouteExplanation e;
        auto step = [](int node, int chosen, int trueChild) {
            RouteStep s;
            s.treeNode = node;
            s.chosen = chosen;
            s.trueChild = trueChild;
            return s;
        };
        e.taken = { step(0, 1, 0), step(2, 0, -1) }; // misrouted at the root into node 2
        e.truePath = { step(0, 1, 0), step(1, 2, 1) }; // node 1 holds the true class at position 1, prefers 2
        const auto requests = routeCamRequests(e);
        QCOMPARE(requests.size(), std::size_t(5));
        auto is = [](const CamRequest& r, int node, int output, const char* role) {
            return r.treeNode == node && r.output == output && r.role == role;
        };
        QVERIFY(is(requests[0], 0, 1, "chosen"));
        QVERIFY(is(requests[1], 0, 0, "true"));
        QVERIFY(is(requests[2], 2, 0, "chosen"));
        QVERIFY(is(requests[3], 1, 2, "chosen"));
        QVERIFY(is(requests[4], 1, 1, "true"));
        RouteExplanation right;
        right.taken = right.truePath = { step(0, 1, 1), step(2, 0, 0) };
        const auto agree = routeCamRequests(right);
        QCOMPARE(agree.size(), std::size_t(2));
        QVERIFY(is(agree[0], 0, 1, "chosen, true"));
    }

    // Which maps explain an image, decided once for the Explore page and `hiernet explain`: the route's, then the
    // backbone's prediction and (where it predicted otherwise) the true class; one node's own choice and true output.
    void explanationRequestsAddTheBackbones()
    {
        RouteExplanation route;
        route.trueClass = 3;
        RouteStep root;
        root.treeNode = 0;
        root.chosen = 1;
        root.trueChild = 1;
        route.taken = route.truePath = { root };
        const auto alone = explanationCamRequests(route);
        QCOMPARE(alone.size(), std::size_t(1));
        const auto wrong = explanationCamRequests(route, 5);
        QCOMPARE(wrong.size(), std::size_t(3));
        QVERIFY(wrong[1].treeNode == -1 && wrong[1].output == 5 && wrong[1].role == "chosen");
        QVERIFY(wrong[2].treeNode == -1 && wrong[2].output == 3 && wrong[2].role == "true");
        const auto right = explanationCamRequests(route, 3);
        QCOMPARE(right.size(), std::size_t(2));
        QVERIFY(right[1].output == 3 && right[1].role == "chosen, true");
        const auto node = nodeCamRequests(2, 0, 1);
        QVERIFY(node.size() == 2 && node[0].role == "chosen" && node[1].output == 1 && node[1].role == "true");
        QCOMPARE(nodeCamRequests(2, 1, 1).front().role, std::string("chosen, true"));
        QCOMPARE(nodeCamRequests(2, 1, -1).size(), std::size_t(1)); // off the true path
    }

    void cacheKeepsTheMostRecent()
    {
        GradCamCache cache(2);
        auto key = [](int image) { return GradCamCache::Key { "ckpt", "test", image, 0, 1 }; };
        GradCam cam;
        cam.logit = 1;
        cache.insert(key(1), cam);
        cam.logit = 2;
        cache.insert(key(2), cam);
        QVERIFY(cache.find(key(1))); // now the most recent
        cam.logit = 3;
        cache.insert(key(3), cam); // drops image 2
        QCOMPARE(cache.size(), std::size_t(2));
        QVERIFY(!cache.find(key(2)));
        QCOMPARE(cache.find(key(3))->logit, 3.0);
        QVERIFY(!cache.find(GradCamCache::Key { "other checkpoint", "test", 3, 0, 1 }));
    }

    void overlayAndColourScale()
    {
        std::uint8_t low[3], high[3];
        camColour(0, low);
        camColour(1, high);
        QVERIFY(low[2] > low[0] && low[0] == 0); // dark blue
        QVERIFY(high[0] > high[2] && high[2] == 0); // dark red
        const auto image = torch::tensor({ 10, 200, 30, 40 }, torch::kByte).view({ 1, 2, 2 });
        const auto map = torch::tensor({ 0.0f, 1.0f, 2.0f, 4.0f }).view({ 2, 2 });
        const auto plain = camOverlay(image, map, 4, 4, 0.0);
        QCOMPARE(plain.size(), std::size_t(4 * 4 * 3));
        QCOMPARE(int(plain[0]), 10); // top-left pixel, grey in every channel
        QCOMPARE(int(plain[(0 * 4 + 3) * 3 + 1]), 200); // top-right
        QCOMPARE(int(plain[(3 * 4 + 3) * 3 + 2]), 40); // bottom-right
        const auto full = camOverlay(image, map, 2, 2, 1.0);
        QCOMPARE(int(full[(1 * 2 + 1) * 3 + 0]), int(high[0])); // the peak maps to the top of the scale
        QCOMPARE(int(full[0 + 2]), int(low[2]));
        QVERIFY(errorOf([&] { camOverlay(image.view({ 2, 2 }), map, 2, 2, 1); }).contains("C×H×W"));
    }

    void bilinearResizeMatchesTorch()
    {
        torch::manual_seed(8);
        const auto map = torch::rand({ 3, 5 });
        const std::vector<float> values(map.data_ptr<float>(), map.data_ptr<float>() + map.numel());
        namespace F = torch::nn::functional;
        for (auto [width, height] : { std::pair { 20, 12 }, std::pair { 5, 3 }, std::pair { 7, 2 } }) {
            const auto expected = F::interpolate(map.view({ 1, 1, 3, 5 }),
                F::InterpolateFuncOptions()
                    .size(std::vector<std::int64_t> { height, width })
                    .mode(torch::kBilinear)
                    .align_corners(false))
                                      .flatten();
            const auto ours = resizeBilinear(values, 5, 3, width, height);
            QVERIFY(torch::allclose(torch::tensor(ours), expected, 1e-5, 1e-6));
        }
        QVERIFY(errorOf([&] { resizeBilinear(values, 4, 3, 8, 8); }).contains("4×3 map of 15 values"));
    }

    void pngIsWritten()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("map.png").toStdString();
        io::writePngRgb(path, std::vector<std::uint8_t>(3 * 5 * 2, 128), 5, 2);
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto bytes = file.readAll();
        QVERIFY(bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        QCOMPARE(bytes.mid(12, 4), QByteArray("IHDR"));
        QCOMPARE(int(quint8(bytes[19])), 5); // width, big-endian
        QCOMPARE(int(quint8(bytes[23])), 2); // height
        QVERIFY(bytes.endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
        QVERIFY(errorOf([&] { io::writePngRgb(path, { 1, 2, 3 }, 5, 2); }).contains("map.png"));
    }
};

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"

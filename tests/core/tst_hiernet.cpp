// The HierNet tree model: outputs, Algorithm 1, transfer learning, layouts, save/load.
#include "evaluation/HierNetEvaluation.h"
#include "evaluation/RouteExplanation.h"
#include "grouping/Hierarchy.h"
#include "models/FusedSiblings.h"
#include "models/HierNet.h"
#include "runs/HierNetRun.h"
#include "training/Checkpoint.h"
#include "training/Sgd.h"
#include "training/Trainer.h"
#include "training/TrainingStep.h"
#include "ErrorMessage.h"
#include "TinyHierarchies.h"
#include "util/Error.h"
#include "TinyTraining.h"

#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;
using namespace hiernet::models;
using grouping::Hierarchy;

namespace {

using tiny::deepUneven;
using tiny::twoLevels;

std::vector<std::string> names(int k)
{
    return tiny::classNames(k);
}

BackboneSpec spec(int n, int classes = 6)
{
    return { BlockKind::ResNet, n, 1, classes };
}

// Puts BN statistics off their initial values so that eval-mode checks test real copies.
void warmBatchNorm(torch::nn::Module& module, const torch::Tensor& x, const std::function<void()>& forward)
{
    module.train();
    torch::NoGradGuard noGrad;
    forward();
    module.eval();
}

} // namespace

class TestHierNet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void conditionalIsADistributionInClassOrder()
    {
        torch::manual_seed(1);
        HierNet net(spec(1), twoLevels(), TreeLayout { { 1 }, { 1 } });
        net->eval();
        const auto x = torch::randn({ 5, 1, 12, 12 });
        const auto out = net->forwardAll(x);
        const auto p = out.logConditional.exp();
        QCOMPARE(p.sizes().vec(), (std::vector<int64_t> { 5, 6 }));
        QVERIFY((p >= 0).all().item<bool>());
        QVERIFY(torch::allclose(p.sum(1), torch::ones({ 5 }), 1e-5, 1e-6));
        // Class 4 sits in group 3 at position 1: p(c4) = p(group 3) · p(c4 | group 3), in dataset column 4.
        const auto expected = out.nodeLogProbs[0].select(1, 2)
            + out.nodeLogProbs[net->treeNodeOf(net->hierarchy().findNode("group 3"))].select(1, 1);
        QVERIFY(torch::allclose(out.logConditional.select(1, 4), expected));
    }

    void routingIsAlgorithmOne()
    {
        torch::manual_seed(2);
        HierNet net(spec(2), deepUneven(), TreeLayout { { 2, 4 }, { 1, 1 } });
        const auto x = torch::randn({ 24, 1, 10, 10 });
        warmBatchNorm(*net, x, [&] { net->forwardAll(x); });
        const auto batched = net->route(x).predictions;
        torch::NoGradGuard noGrad;
        for (int i = 0; i < 24; ++i) {
            // Algorithm 1 for one image: edge, classify, follow the argmax, until a leaf group.
            auto features = x.slice(0, i, i + 1);
            int t = 0;
            std::int64_t predicted = -1;
            while (true) {
                features = net->node(t)->edge(features);
                const auto choice = net->node(t)->classify(features).argmax(1).item<int64_t>();
                if (net->isLeafGroup(t)) {
                    predicted = net->leafClasses(t)[std::size_t(choice)];
                    break;
                }
                t = net->childNodes(t)[std::size_t(choice)];
            }
            QCOMPARE(batched[i].item<int64_t>(), predicted);
        }
    }

    void transferGivesTheBackboneOnEveryPath()
    {
        torch::manual_seed(3);
        Backbone backbone(spec(2));
        const auto x = torch::randn({ 6, 1, 10, 10 });
        warmBatchNorm(*backbone, x, [&] { backbone->forward(x); });
        torch::manual_seed(4);
        HierNet net(spec(2), deepUneven(), TreeLayout { { 2, 4 }, { 1, 2 } });
        net->transferFrom(*backbone, true);
        net->eval();
        torch::NoGradGuard noGrad;
        const auto expected = backbone->features(x, 6);
        std::function<void(int, const torch::Tensor&)> walk = [&](int t, const torch::Tensor& in) {
            const auto f = net->node(t)->edge(in);
            if (net->isLeafGroup(t)) {
                QVERIFY(torch::equal(f, expected));
                return;
            }
            // The node's additional blocks are the next backbone blocks.
            auto node = net->node(t);
            auto extra = f;
            for (const auto& block : *node->classifierBlocks)
                extra = block->as<ResidualBlock>()->forward(extra);
            QVERIFY(torch::equal(
                extra, backbone->runBlocks(backbone->features(x, node->edgeTo), node->classifierFrom, node->classifierTo)));
            for (int child : net->childNodes(t))
                walk(child, f);
        };
        walk(0, x);
    }

    void aOneNodeTreeIsItsBackbone()
    {
        // root → c0 … c5: the root is the only node, a leaf group over every class — the backbone itself.
        const auto flat = Hierarchy::fromJson(
            R"({"root": "root", "nodes": [{"name": "root", "children": ["c0", "c1", "c2", "c3", "c4", "c5"]}]})",
            tiny::classNames(6), "test");
        for (auto kind : { BlockKind::ResNet, BlockKind::EluResNet }) {
            auto s = spec(1);
            s.kind = kind;
            torch::manual_seed(3);
            Backbone backbone(s);
            const auto x = torch::randn({ 6, 1, 10, 10 });
            warmBatchNorm(*backbone, x, [&] { backbone->forward(x); });
            HierNet net(s, flat, TreeLayout { {}, {} });
            QCOMPARE(net->nodeCount(), 1);
            net->transferFrom(*backbone, true);
            net->eval();
            backbone->eval();
            torch::NoGradGuard noGrad;
            const auto expected = torch::log_softmax(backbone->forward(x), 1);
            QVERIFY(torch::allclose(net->forwardAll(x).logConditional, expected, 1e-5, 1e-6));
            QVERIFY(torch::equal(net->route(x).predictions, expected.argmax(1)));
        }
    }

    void eluOnlyBeforeClassHeads()
    {
        // The paper's code: in an ELU-ResNet HierNet the ELU comes before the leaf heads (classes), not
        // before the root's or an inner node's head (groups); the backbone's own head has it.
        torch::manual_seed(3);
        const BackboneSpec elu { BlockKind::EluResNet, 1, 1, 6 };
        HierNet net(elu, deepUneven(), TreeLayout { { 1, 2 }, { 1, 0 } });
        QVERIFY(Backbone(elu)->head->eluBefore);
        QVERIFY(!Backbone(spec(1))->head->eluBefore);
        int leaves = 0, inner = 0;
        for (int t = 0; t < net->nodeCount(); ++t) {
            QCOMPARE(net->node(t)->head->eluBefore, net->isLeafGroup(t));
            (net->isLeafGroup(t) ? leaves : inner) += 1;
        }
        QCOMPARE(leaves, 3);
        QCOMPARE(inner, 2);
        // The root's branch probabilities are the head on the pooled features as they are (no ELU).
        net->eval();
        torch::NoGradGuard noGrad;
        const auto x = torch::randn({ 4, 1, 12, 12 });
        auto root = net->node(0);
        auto features = root->edge(x);
        for (const auto& block : *root->classifierBlocks)
            features = block->as<ResidualBlock>()->forward(features);
        const auto withoutElu = root->head->fc(features.mean({ 2, 3 }));
        QVERIFY(torch::allclose(root->classify(root->edge(x)), withoutElu));
        QVERIFY(!torch::allclose(withoutElu, root->head->fc(torch::elu(features).mean({ 2, 3 }))));
        // The ELU-ResNet rows of the fused test (fusedSiblingsEqualOneByOne) cover the fused path.
    }

    void rootPretrainingTrainsWhatThePaperTrains_data()
    {
        QTest::addColumn<bool>("frozenTrunk");
        QTest::newRow("whole root network (paper)") << false;
        QTest::newRow("classifier over the frozen trunk") << true;
    }

    void rootPretrainingTrainsWhatThePaperTrains()
    {
        // The paper's code trains the root's whole network on group labels; the other variant only the root's
        // classifier blocks and head. Nothing outside the root node moves in either.
        QFETCH(bool, frozenTrunk);
        torch::manual_seed(4);
        HierNet net(tiny::backboneSpec(), Hierarchy::fromGroups(names(4), { { 0, 2 }, { 1, 3 } }), TreeLayout { { 1 }, { 1 } });
        std::map<std::string, torch::Tensor> before;
        for (const auto& p : net->named_parameters())
            before[p.key()] = p.value().clone();
        auto groups = tiny::imageSet(4);
        groups.labels = groups.labels % 2; // classes 0, 2 → group 0; 1, 3 → group 1
        const data::Preprocessor preprocessor(groups.images);
        auto config = tiny::trainerConfig();
        config.iterations = 4;
        const auto model = runs::rootPretrainingModel(net, frozenTrunk);
        training::Trainer trainer(*model, groups, {}, preprocessor, config, c10::Device(c10::kCPU));
        QCOMPARE(int(trainer.run().outcome), int(training::TrainingOutcome::Finished));
        int movedCount = 0;
        for (const auto& p : net->named_parameters()) {
            const auto& name = p.key();
            const bool inRoot = name.rfind("nodes.0.", 0) == 0;
            const bool inTrunk = inRoot && (name.find(".stem.") != std::string::npos || name.find(".edge.") != std::string::npos);
            const bool moved = !torch::equal(before.at(name), p.value());
            QVERIFY2(moved == (inRoot && !(frozenTrunk && inTrunk)), name.c_str());
            movedCount += moved;
        }
        QVERIFY(movedCount > 0);
    }

    void oneGroupTreeIsTheBackbone()
    {
        torch::manual_seed(5);
        Backbone backbone(spec(1));
        const auto x = torch::randn({ 8, 1, 12, 12 });
        warmBatchNorm(*backbone, x, [&] { backbone->forward(x); });
        HierNet net(spec(1), Hierarchy::fromGroups(names(6), { { 0, 1, 2, 3, 4, 5 } }), TreeLayout { { 1 }, { 0 } });
        net->transferFrom(*backbone, true);
        net->eval();
        torch::NoGradGuard noGrad;
        const auto expected = torch::log_softmax(backbone->forward(x), 1);
        QVERIFY(torch::allclose(net->forwardAll(x).logConditional, expected, 1e-5, 1e-6));
        QVERIFY(torch::equal(net->route(x).predictions, expected.argmax(1)));
    }

    void deepAndUnevenTreesTrainAndReload()
    {
        QTemporaryDir dir;
        torch::manual_seed(6);
        runs::HierNetClassifier model(spec(2), deepUneven(), TreeLayout { { 2, 4 }, { 1, 1 } });
        const auto images = (torch::rand({ 24, 1, 10, 10 }) * 255).to(torch::kUInt8);
        const auto labels = torch::arange(24, torch::kInt64) % 6;
        data::Preprocessor prep(images);
        training::TrainerConfig config;
        config.schedule = "custom";
        config.rates = { 0.05 };
        config.iterations = 4;
        config.batchSize = 8;
        config.device = "cpu";
        training::Trainer trainer(model, { images, labels, {} }, { images, labels, {} }, prep, config, c10::Device(c10::kCPU));
        nlohmann::json extras;
        trainer.onValidation = [&](const training::ValidationReport& v) { extras = v.extras; };
        QCOMPARE(int(trainer.run().outcome), int(training::TrainingOutcome::Finished));
        QVERIFY(extras.contains("routing_accuracy"));
        QCOMPARE(extras["node_accuracy"].size(), std::size_t(5)); // root, A, A1, A2, B

        const auto path = dir.filePath("hiernet.pt").toStdString();
        training::saveTensors(path, training::moduleState(*model.net));
        torch::manual_seed(7);
        runs::HierNetClassifier again(spec(2), deepUneven(), TreeLayout { { 2, 4 }, { 1, 1 } });
        training::loadModuleState(*again.net, training::loadTensors(path), path);
        model.net->eval();
        again.net->eval();
        const auto x = prep.normalize(images);
        QVERIFY(torch::equal(model.net->forwardAll(x).logConditional, again.net->forwardAll(x).logConditional));
        QVERIFY(torch::equal(model.net->route(x).predictions, again.net->route(x).predictions));
    }

    void evaluationPerImageAndPerNode()
    {
        torch::manual_seed(9);
        HierNet net(spec(2), deepUneven(), TreeLayout { { 2, 4 }, { 1, 1 } });
        const auto images = (torch::rand({ 40, 1, 10, 10 }) * 255).to(torch::kUInt8);
        const auto labels = torch::arange(40, torch::kInt64) % 6;
        data::Preprocessor prep(images);
        const auto x = prep.normalize(images);
        warmBatchNorm(*net, x, [&] { net->forwardAll(x); });
        const auto e = evaluation::evaluateHierNet(*net, { images, labels, {} }, prep, c10::Device(c10::kCPU), 16);
        QCOMPARE(e.count, std::int64_t(40));
        torch::NoGradGuard noGrad;
        const auto all = net->forwardAll(x);
        const auto routed = net->route(x).predictions;
        std::int64_t misrouted = 0, wrongInGroup = 0;
        for (int i = 0; i < 40; ++i) {
            const auto label = labels[i].item<std::int64_t>();
            QCOMPARE(e.fast[std::size_t(i)], routed[i].item<std::int64_t>());
            QCOMPARE(e.slow[std::size_t(i)], all.logConditional[i].argmax().item<std::int64_t>());
            // The route explanation of the same image agrees with the evaluation.
            const auto why = evaluation::explainRoute(*net, x[i], label);
            QCOMPARE(why.fastPrediction, e.fast[std::size_t(i)]);
            QCOMPARE(why.partedAt, e.leftPathAt[std::size_t(i)]);
            double confidence = 1; // the chosen branch at every node of the route, the leaf's class included
            for (const auto& step : why.taken)
                confidence *= step.probabilities[std::size_t(step.chosen)];
            QVERIFY(std::abs(e.confidence[std::size_t(i)] - confidence) < 1e-4);
            for (int t = 0; t < net->nodeCount(); ++t)
                QCOMPARE(e.nodeChoice[std::size_t(t)][std::size_t(i)],
                    int(all.nodeLogProbs[std::size_t(t)][i].argmax().item<std::int64_t>()));
            std::vector<int> expectedTrue(std::size_t(net->nodeCount()), -1);
            for (const auto& [t, child] : net->truePath(int(label)))
                expectedTrue[std::size_t(t)] = child;
            for (int t = 0; t < net->nodeCount(); ++t)
                QCOMPARE(e.nodeTrueChild[std::size_t(t)][std::size_t(i)], expectedTrue[std::size_t(t)]);
            misrouted += e.leftPathAt[std::size_t(i)] >= 0;
            wrongInGroup += e.leftPathAt[std::size_t(i)] < 0 && e.fast[std::size_t(i)] != label;
        }
        QCOMPARE(e.misrouted, misrouted);
        QCOMPARE(e.wrongInGroup, wrongInGroup);
        // Per node: the confusion table counts exactly the images through the node; its diagonal is the correct ones.
        for (const auto& node : e.nodes) {
            std::int64_t total = 0, diagonal = 0;
            for (std::size_t a = 0; a < node.confusion.size(); ++a)
                for (std::size_t b = 0; b < node.confusion.size(); ++b) {
                    total += node.confusion[a][b];
                    diagonal += a == b ? node.confusion[a][b] : 0;
                }
            QCOMPARE(total, node.images);
            QCOMPARE(diagonal, node.correct);
            QCOMPARE(node.childNames.size(), node.confusion.size());
        }
        QCOMPARE(e.nodes[0].images, std::int64_t(40));
        QCOMPARE(e.nodes[0].childNames, (std::vector<std::string> { "A", "B" }));

        // The full JSON form reads back to the same evaluation; a damaged one is refused with its source.
        const auto back = evaluation::evaluationFromJson(nlohmann::json::parse(evaluation::toJson(e).dump()), "cache.json");
        QCOMPARE(back.fast, e.fast);
        QCOMPARE(back.leftPathAt, e.leftPathAt);
        QCOMPARE(back.nodeChoice, e.nodeChoice);
        QCOMPARE(back.nodes[2].confusion, e.nodes[2].confusion);
        QCOMPARE(back.routingTop1, e.routingTop1);
        auto damaged = evaluation::toJson(e);
        damaged["fast"].erase(0);
        QVERIFY(errorOf([&] { evaluation::evaluationFromJson(damaged, "cache.json"); }).contains("cache.json: per-image lists"));
        damaged.erase("labels");
        QVERIFY(errorOf([&] { evaluation::evaluationFromJson(damaged, "cache.json"); }).contains("not a HierNet evaluation"));
    }

    void checkpointsNameEveryNodeAsBefore()
    {
        // Stacked siblings are saved node by node, under the names and shapes a tree node of its own has
        // ("model.nodes.T.…", as before the stacking), and counted without the stacked heads' padding rows.
        const BackboneSpec s { BlockKind::ResNet, 2, 1, 6 };
        for (const bool deep : { false, true }) {
            HierNet net(
                s, deep ? deepUneven() : twoLevels(), deep ? TreeLayout { { 2, 4 }, { 1, 1 } } : TreeLayout { { 2 }, { 2 } });
            QVERIFY(!net->siblingSets().empty());
            std::map<std::string, std::vector<std::int64_t>> expected;
            std::int64_t parameters = 0;
            for (int t = 0; t < net->nodeCount(); ++t) {
                const auto& n = *net->node(t);
                const int outputs = int(net->hierarchy().node(net->nodeIds()[std::size_t(t)]).children.size());
                TreeNode alone(
                    s, bool(n.stem), n.edgeFrom, n.edgeTo, n.classifierTo - n.classifierFrom, outputs, net->isLeafGroup(t));
                const std::string prefix = "model.nodes." + std::to_string(t) + ".";
                for (const auto& p : alone->named_parameters()) {
                    expected[prefix + p.key()] = p.value().sizes().vec();
                    parameters += p.value().numel();
                }
                for (const auto& b : alone->named_buffers())
                    expected[prefix + b.key()] = b.value().sizes().vec();
            }
            std::map<std::string, std::vector<std::int64_t>> saved;
            for (const auto& [name, tensor] : training::moduleState(*net))
                saved[name] = tensor.sizes().vec();
            QVERIFY(saved == expected);
            QCOMPARE(parameterCount(*net), parameters);
            QVERIFY(std::int64_t(net->parameters().size()) < std::int64_t(expected.size())); // fewer, stacked tensors
        }
    }

    void checkpointsFromBeforeStackingLoadAndResume()
    {
        // A checkpoint written by the code before siblings were stacked (70b1c19; how: the .cpp.txt beside it):
        // a ResNet-8 HierNet after two SGD steps, its momentum, and what it gave then. It loads, evaluates to the
        // same outputs, and resumes: the third step gives the loss and the weights the old code's third step gave.
        const std::string path = HIERNET_SOURCE_DIR "/tests/core/data/hiernet-resnet-8-pre-stacking.pt";
        const auto state = training::loadTensors(path);
        std::map<std::string, at::Tensor> momentum;
        std::size_t modelEntries = 0;
        for (const auto& [key, value] : state) {
            if (key.rfind("sgd.", 0) == 0)
                momentum[key.substr(4)] = value;
            modelEntries += key.rfind("model.", 0) == 0 ? 1 : 0;
        }
        const auto x = state.at("fixture.input"), y = state.at("fixture.labels");
        for (const bool fused : { false, true }) {
            runs::HierNetClassifier model({ BlockKind::ResNet, 1, 1, 6 }, twoLevels(), TreeLayout { { 2 }, { 0 } });
            QCOMPARE(model.net->siblingSets().size(), std::size_t(1));
            model.net->setFusedSiblings(fused);
            training::loadModuleState(*model.net, state, path);
            model.net->eval();
            {
                torch::NoGradGuard noGrad;
                QVERIFY(torch::allclose(
                    model.net->forwardAll(x).logConditional, state.at("fixture.eval_log_conditional"), 1e-5, 1e-5));
            }
            training::Sgd sgd(*model.net, 0.9, 1e-3);
            sgd.loadState(toOwnNames(*model.net, momentum, path));
            QCOMPARE(sgd.state().size(), model.net->parameters().size());
            QVERIFY(toSavedNames(*model.net, sgd.state()).size() == momentum.size()); // saved again per node
            training::TrainingStep step(model, sgd, c10::Device(c10::kCPU), {});
            model.net->train();
            const double loss = step.run(x, y, 0.05).loss.item<double>();
            QVERIFY2(
                std::abs(loss - state.at("fixture.loss_of_step_3").item<double>()) < 1e-5, qPrintable(QString::number(loss)));
            model.net->eval();
            torch::NoGradGuard noGrad;
            const auto after = model.net->forwardAll(x).logConditional;
            qInfo("fused %d: after the resumed step, largest difference %.3g", int(fused),
                (after - state.at("fixture.eval_log_conditional_after_step_3")).abs().max().item<double>());
            QVERIFY(torch::allclose(after, state.at("fixture.eval_log_conditional_after_step_3"), 1e-4, 1e-5));
            QCOMPARE(training::moduleState(*model.net).size(), modelEntries);
        }
        // Momentum of only some of a stacked tensor's nodes is refused, naming what is missing.
        auto partial = momentum;
        partial.erase("nodes.2.edge.0.conv1.weight");
        runs::HierNetClassifier model({ BlockKind::ResNet, 1, 1, 6 }, twoLevels(), TreeLayout { { 2 }, { 0 } });
        const auto message = errorOf([&] { toOwnNames(*model.net, partial, path); });
        QVERIFY2(
            message.contains(QStringLiteral("nodes.2.edge.0.conv1.weight")) && message.contains(QString::fromStdString(path)),
            qPrintable(message));
    }

    void fusedSiblingsEqualOneByOne_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("deep");
        QTest::newRow("resnet, two levels") << int(BlockKind::ResNet) << false;
        QTest::newRow("elu-resnet, two levels") << int(BlockKind::EluResNet) << false;
        QTest::newRow("resnet, deep and uneven") << int(BlockKind::ResNet) << true;
    }

    void fusedSiblingsEqualOneByOne()
    {
        QFETCH(int, kind);
        QFETCH(bool, deep);
        const BackboneSpec s { BlockKind(kind), 2, 1, 6 };
        const auto hierarchy = deep ? deepUneven() : twoLevels();
        const TreeLayout layout = deep ? TreeLayout { { 2, 4 }, { 1, 1 } } : TreeLayout { { 2 }, { 2 } };
        torch::manual_seed(11);
        HierNet plain(s, hierarchy, layout);
        torch::manual_seed(11);
        HierNet fused(s, hierarchy, layout);
        fused->setFusedSiblings(true);
        const auto x = torch::randn({ 8, 1, 10, 10 });
        const auto y = torch::arange(8, torch::kInt64) % 6;
        if (!deep) {
            // The grouped path itself: the root's three children at once equal each one alone.
            torch::NoGradGuard noGrad;
            plain->eval();
            const auto parent = plain->node(0)->edge(x);
            QCOMPARE(plain->siblingSets().size(), std::size_t(1)); // the three leaf groups, stacked
            auto set = plain->siblingSets().front();
            const auto together = set->forward(parent);
            const auto channels = set->edgeChannels();
            for (int c = 1; c <= 3; ++c) {
                const auto alone = plain->node(c)->edge(parent);
                const auto logits = plain->node(c)->classify(alone);
                QVERIFY(torch::allclose(together.edge.narrow(1, (c - 1) * channels, channels), alone, 1e-4, 1e-5));
                QVERIFY(torch::allclose(together.logits.select(1, c - 1).narrow(1, 0, logits.size(1)), logits, 1e-4, 1e-5));
                // Past a narrower head the stacked logits are masked out.
                if (logits.size(1) < set->widest())
                    QVERIFY(
                        torch::isinf(together.logits.select(1, c - 1).narrow(1, logits.size(1), set->widest() - logits.size(1)))
                            .all()
                            .item<bool>());
            }
            plain->train();
        }
        // Training mode: outputs, every gradient and every BN running statistic agree.
        auto a = plain->forwardAll(x), b = fused->forwardAll(x);
        QVERIFY(torch::allclose(a.logConditional, b.logConditional, 1e-4, 1e-5));
        for (std::size_t t = 0; t < a.nodeLogProbs.size(); ++t)
            QVERIFY(torch::allclose(a.nodeLogProbs[t], b.nodeLogProbs[t], 1e-4, 1e-5));
        torch::nll_loss(a.logConditional, y).backward();
        torch::nll_loss(b.logConditional, y).backward();
        const auto pa = plain->named_parameters(), pb = fused->named_parameters();
        QCOMPARE(pa.size(), pb.size());
        for (const auto& p : pa) {
            const auto& g1 = p.value().grad();
            const auto& g2 = pb[p.key()].grad();
            QVERIFY2(g1.defined() == g2.defined(), p.key().c_str());
            if (g1.defined())
                QVERIFY2(torch::allclose(g1, g2, 1e-3, 1e-5), p.key().c_str());
        }
        const auto ba = plain->named_buffers(), bb = fused->named_buffers();
        for (const auto& buffer : ba)
            QVERIFY2(torch::allclose(buffer.value().to(torch::kDouble), bb[buffer.key()].to(torch::kDouble), 1e-5, 1e-6),
                buffer.key().c_str());
        // Evaluation mode (running statistics): the same again.
        plain->eval();
        fused->eval();
        torch::NoGradGuard noGrad;
        QVERIFY(torch::allclose(plain->forwardAll(x).logConditional, fused->forwardAll(x).logConditional, 1e-4, 1e-5));
        // Switching off gives the one-by-one path back exactly (with the buffers made bit-identical first).
        for (const auto& buffer : ba)
            bb[buffer.key()].copy_(buffer.value());
        fused->setFusedSiblings(false);
        QVERIFY(torch::equal(plain->forwardAll(x).logConditional, fused->forwardAll(x).logConditional));
    }

    void fastPathTrainsLikeThePlainPath()
    {
        // Fused siblings + channels-last + bf16 autocast against one-by-one fp32: the same training steps
        // up to bf16 rounding (the switches' outputs, not only their speed).
        const BackboneSpec s { BlockKind::ResNet, 2, 1, 6 };
        torch::manual_seed(5);
        const auto x = torch::randn({ 16, 1, 10, 10 });
        const auto y = torch::arange(16, torch::kInt64) % 6;
        std::vector<double> losses[2];
        for (int fast = 0; fast < 2; ++fast) {
            torch::manual_seed(11);
            runs::HierNetClassifier model(s, twoLevels(), TreeLayout { { 2 }, { 2 } });
            model.net->setFusedSiblings(fast == 1);
            auto input = x;
            if (fast) {
                training::useChannelsLast(*model.net);
                input = x.contiguous(at::MemoryFormat::ChannelsLast);
            }
            training::Sgd sgd(*model.net, 0.9, 1e-4);
            training::StepOptions options;
            options.bf16 = fast == 1;
            training::TrainingStep step(model, sgd, c10::Device(c10::kCPU), options);
            model.net->train();
            for (int i = 0; i < 6; ++i)
                losses[fast].push_back(step.run(input, y, 0.05).loss.item<double>());
        }
        double largest = 0;
        for (std::size_t i = 0; i < losses[0].size(); ++i)
            largest = std::max(largest, std::abs(losses[1][i] - losses[0][i]) / losses[0][i]);
        qInfo("HierNet fast path vs plain: largest relative loss difference over 6 steps %.4f", largest);
        QVERIFY2(largest > 0 && largest < 0.05, qPrintable(QString::number(largest)));
        QVERIFY(losses[1].back() < losses[1].front()); // and it learns
    }

    void badLayoutsAreRefused()
    {
        const auto h = twoLevels();
        QVERIFY(errorOf([&] {
            HierNet(spec(1), h, TreeLayout { { 4 }, { 0 } });
        }).contains("split point 4 is outside the backbone"));
        QVERIFY(errorOf([&] {
            HierNet(spec(1), h, TreeLayout { { 2 }, { 2 } });
        }).contains("2 additional block(s) after split point 2"));
        QVERIFY(errorOf([&] {
            HierNet(spec(2), deepUneven(), TreeLayout { { 3, 3 }, { 0, 0 } });
        }).contains("split points must increase"));
        QVERIFY(errorOf([&] { HierNet(spec(2), deepUneven(), TreeLayout { { 3 }, { 0 } }); }).contains("needs 2 split point(s)"));
        QVERIFY(errorOf([&] { HierNet(spec(1, 7), h, TreeLayout { { 1 }, { 0 } }); }).contains("6 classes but the backbone 7"));
        QVERIFY(errorOf([&] { HierNet(spec(1), h, TreeLayout { { 1 }, { -1 } }); }).contains("cannot be negative"));
        QCOMPARE(TreeLayout::paperDefaults(BlockKind::ResNet, 18).splitPoints, std::vector<int> { 38 });
        QCOMPARE(TreeLayout::paperDefaults(BlockKind::EluResNet, 7).additionalBlocks, std::vector<int> { 2 });
    }
};

QTEST_GUILESS_MAIN(TestHierNet)
#include "tst_hiernet.moc"

// CIFAR ResNet / ELU-ResNet backbones: structure, shapes, parameter counts, checkpoints.
#include "models/Backbone.h"
#include "training/Checkpoint.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace hiernet;
using namespace hiernet::models;

namespace {

// Parameters counted by hand from the architecture (DESIGN.md §3), independent of the model code.
std::int64_t expectedParameters(BlockKind kind, int n, int inChannels, int classes)
{
    auto bn = [](int c) { return 2 * c; };
    std::int64_t total = inChannels * 16 * 9 + bn(16);
    int in = 16;
    for (int stage = 0; stage < 3; ++stage) {
        const int out = 16 << stage;
        for (int b = 0; b < n; ++b) {
            total += in * out * 9 + out * out * 9 + bn(out); // conv1, conv2, bn2
            if (kind == BlockKind::ResNet)
                total += bn(out); // bn1
            if (in != out)
                total += in * out + bn(out); // projection shortcut
            in = out;
        }
    }
    return total + 64 * classes + classes;
}

} // namespace

class TestBackbone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parameterCounts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("n");
        for (int n : { 1, 2, 3, 5, 7, 9, 18 }) {
            QTest::newRow(qPrintable(QStringLiteral("resnet n=%1").arg(n))) << int(BlockKind::ResNet) << n;
            QTest::newRow(qPrintable(QStringLiteral("elu-resnet n=%1").arg(n))) << int(BlockKind::EluResNet) << n;
        }
    }

    void parameterCounts()
    {
        QFETCH(int, kind);
        QFETCH(int, n);
        const BackboneSpec spec { BlockKind(kind), n, 3, 10 };
        Backbone net(spec);
        QCOMPARE(parameterCount(*net), expectedParameters(BlockKind(kind), n, 3, 10));
        QCOMPARE(spec.layers(), 6 * n + 2);
        QCOMPARE(int(net->blocks->size()), 3 * n);
    }

    void resnet20HasThePapersSize()
    {
        Backbone net(BackboneSpec { BlockKind::ResNet, 3, 3, 10 });
        QCOMPARE(parameterCount(*net), std::int64_t(272474)); // "0.27M" (He et al., with projection shortcuts)
        QCOMPARE(BackboneSpec({ BlockKind::EluResNet, 18, 3, 100 }).name(), std::string("elu-resnet-110"));
    }

    void shapesAlongTheBlocks()
    {
        torch::manual_seed(0);
        Backbone net(BackboneSpec { BlockKind::ResNet, 2, 1, 7 });
        const auto x = torch::randn({ 4, 1, 28, 28 });
        QCOMPARE(net->features(x, 0).sizes().vec(), (std::vector<int64_t> { 4, 16, 28, 28 }));
        QCOMPARE(net->features(x, 2).sizes().vec(), (std::vector<int64_t> { 4, 16, 28, 28 }));
        QCOMPARE(net->features(x, 3).sizes().vec(), (std::vector<int64_t> { 4, 32, 14, 14 }));
        QCOMPARE(net->features(x, 6).sizes().vec(), (std::vector<int64_t> { 4, 64, 7, 7 }));
        QCOMPARE(net->forward(x).sizes().vec(), (std::vector<int64_t> { 4, 7 }));
        // Cutting and continuing equals the whole forward pass.
        net->eval();
        const auto whole = net->forward(x);
        const auto cut = net->head(net->runBlocks(net->features(x, 4), 4, 6));
        QVERIFY(torch::allclose(whole, cut));
    }

    void eluBlockHasNoActivationAfterTheAdd()
    {
        torch::manual_seed(1);
        ResidualBlock block(16, 16, 1, BlockKind::EluResNet);
        block->eval();
        const auto y = block->forward(torch::randn({ 2, 16, 8, 8 }));
        QVERIFY((y < 0).any().item<bool>()); // a ReLU after the add would forbid this
        QVERIFY(!block->bn1); // conv–ELU–conv–BN
        ResidualBlock relu(16, 32, 2, BlockKind::ResNet);
        QVERIFY(relu->projectionConv && relu->bn1);
        QVERIFY(((relu->forward(torch::randn({ 2, 16, 8, 8 }))) >= 0).all().item<bool>());
    }

    void checkpointRoundTripIsBitExact()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("ckpt.pt").toStdString();
        torch::manual_seed(2);
        Backbone a(BackboneSpec { BlockKind::ResNet, 1, 3, 5 });
        // Move BN statistics off their initial values.
        a->train();
        a->forward(torch::randn({ 8, 3, 16, 16 }));
        training::saveTensors(path, training::moduleState(*a));
        torch::manual_seed(3);
        Backbone b(BackboneSpec { BlockKind::ResNet, 1, 3, 5 });
        training::loadModuleState(*b, training::loadTensors(path), path);
        a->eval();
        b->eval();
        const auto x = torch::randn({ 4, 3, 16, 16 });
        QVERIFY(torch::equal(a->forward(x), b->forward(x)));

        Backbone other(BackboneSpec { BlockKind::ResNet, 1, 3, 6 });
        try {
            training::loadModuleState(*other, training::loadTensors(path), path);
            QFAIL("a checkpoint for 5 classes loaded into a 6-class model");
        } catch (const Error& e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("head.fc.weight")));
        }
        // A tensor stored quantized (a fuzzer's find: LibTorch aborted on the copy) is named, not copied.
        auto state = training::moduleState(*a);
        auto& weight = state.rbegin()->second; // the last tensor of the model, whatever its name
        weight = at::quantize_per_tensor(weight, 0.1, 0, at::kQInt8);
        try {
            training::loadModuleState(*b, state, "quantized.pt");
            QFAIL("a quantized tensor loaded");
        } catch (const Error& e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("is stored as QInt8")), e.what());
        }
        std::ofstream(dir.filePath("junk.pt").toStdString()) << "not a checkpoint";
        QVERIFY_THROWS_EXCEPTION(Error, training::loadTensors(dir.filePath("junk.pt").toStdString()));
        QVERIFY_THROWS_EXCEPTION(Error, training::loadTensors(dir.filePath("none.pt").toStdString()));
    }

    void kerasBatchNormUpdatesAsKerasDoes()
    {
        // The paper code's Keras batch norm: moving = 0.99·moving + 0.01·batch statistic (the variance unbiased, as
        // TensorFlow's fused kernel keeps it), normalised with ε = 1e-3. PyTorch's: 0.9 / 0.1 and 1e-5.
        for (const bool keras : { true, false }) {
            BackboneSpec spec { BlockKind::ResNet, 1, 3, 10 };
            spec.conventions = { keras ? "keras" : "torch", "he-normal" };
            Backbone net(spec);
            auto bn = net->stem->bn;
            const double keep = keras ? 0.99 : 0.9, eps = keras ? 1e-3 : 1e-5;
            QCOMPARE(bn->options.eps(), eps);
            torch::NoGradGuard noGrad;
            bn->running_mean.fill_(0.25);
            bn->running_var.fill_(2.0);
            const auto x = torch::randn({ 6, 16, 5, 5 }) * 3 + 1;
            net->train();
            const auto y = bn(x);
            const auto mean = x.mean({ 0, 2, 3 }), var = x.var({ 0, 2, 3 }, /*unbiased=*/true);
            QVERIFY(torch::allclose(bn->running_mean, keep * 0.25 + (1 - keep) * mean, 1e-5, 1e-6));
            QVERIFY(torch::allclose(bn->running_var, keep * 2.0 + (1 - keep) * var, 1e-5, 1e-6));
            const auto biased = x.var({ 0, 2, 3 }, /*unbiased=*/false);
            QVERIFY(
                torch::allclose(y, (x - mean.view({ 1, 16, 1, 1 })) / (biased.view({ 1, 16, 1, 1 }) + eps).sqrt(), 1e-4, 1e-5));
        }
    }

    void kerasInitializationIsTruncatedHeAndGlorot()
    {
        torch::manual_seed(8);
        BackboneSpec spec { BlockKind::ResNet, 3, 3, 100 };
        spec.conventions = { "torch", "keras" };
        Backbone keras(spec);
        spec.conventions.initialization = "he-normal";
        Backbone he(spec);
        // Block 8's second convolution: 64×64×3×3, fan in 576.
        const double heStd = std::sqrt(2.0 / 576);
        const auto k = keras->blocks[8]->as<ResidualBlock>()->conv2->weight,
                   h = he->blocks[8]->as<ResidualBlock>()->conv2->weight;
        const double cut = 2 * heStd / 0.87962566103423978;
        QVERIFY(k.abs().max().item<double>() <= cut + 1e-7); // truncated at ±2σ of its normal
        QVERIFY(h.abs().max().item<double>() > cut); // He-normal is not
        QVERIFY(std::abs(k.std().item<double>() / heStd - 1) < 0.03); // the variance stays 2 / fan in
        QVERIFY(std::abs(h.std().item<double>() / heStd - 1) < 0.03);
        // The head: Glorot-uniform over ±√(6 / (64 + 100)), filling its range; biases zero.
        const double limit = std::sqrt(6.0 / 164);
        const auto fc = keras->head->fc->weight;
        QVERIFY(fc.abs().max().item<double>() <= limit && fc.abs().max().item<double>() > 0.95 * limit);
        QVERIFY(std::abs(fc.std().item<double>() - limit / std::sqrt(3.0)) < 0.05 * limit);
        QCOMPARE(keras->head->fc->bias.abs().sum().item<double>(), 0.0);
        // The conventions travel with the spec (run.json "model") and unknown ones are refused by name.
        QCOMPARE(BackboneSpec::fromJson(keras->spec().toJson()).conventions.initialization, std::string("keras"));
        QVERIFY_THROWS_EXCEPTION(Error, (LayerConventions { "tf", "keras" }.validate()));
    }

    void badSpecsAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(Error, (BackboneSpec { BlockKind::ResNet, 4, 3, 10 }.validate()));
        QVERIFY_THROWS_EXCEPTION(Error, parseBlockKind("vgg"));
    }
};

QTEST_GUILESS_MAIN(TestBackbone)
#include "tst_backbone.moc"

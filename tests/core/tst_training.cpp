// Schedules, SGD, the trainer (over-fitting, exact resume, divergence, controls) and evaluation / CPM.
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "training/OpCounter.h"
#include "training/Checkpoint.h"
#include "util/FileIo.h"
#include "training/Device.h"
#include "training/Evaluation.h"
#include "training/LrSchedule.h"
#include "training/Autocast.h"
#include "training/Sgd.h"
#include "training/Trainer.h"
#include "training/TrainingStep.h"
#include "util/Error.h"
#include "TinyTraining.h"

#include <torch/torch.h>
#include <torch/version.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;
using namespace hiernet::training;

namespace {

/// Per-step losses and the final state of a tiny backbone trained with `config`.
struct TinyRun {
    std::vector<double> losses;
    std::map<std::string, at::Tensor> state;
};

TinyRun trainTiny(const TrainerConfig& config, std::uint64_t modelSeed = 7)
{
    const auto train = tiny::imageSet(2), val = tiny::imageSet(3, 16);
    data::Preprocessor prep(train.images);
    torch::manual_seed(modelSeed);
    runs::BackboneClassifier model(tiny::backboneSpec());
    Trainer trainer(model, train, val, prep, config, c10::Device(c10::kCPU));
    TinyRun run;
    trainer.onProgress = [&](const TrainingProgress& p) { run.losses.push_back(p.loss); };
    if (trainer.run().outcome != TrainingOutcome::Finished)
        return {};
    run.state = moduleState(model.module());
    return run;
}

/// Returns fixed probabilities: the softmax of the first K pixels of each (normalised) image.
class FixedModel : public ClassifierModel {
public:
    torch::nn::Module& module() override { return m_module; }
    at::Tensor logProbabilities(const at::Tensor& input) override
    {
        return torch::log_softmax(input.flatten(1).slice(1, 0, 3) * 10, 1);
    }

private:
    torch::nn::Module m_module;
};

/// A tiny backbone whose forward asks the allocator for 4 TiB from its `failAt`-th call on: the real
/// out-of-memory error, as a batch too large for the GPU gives there.
class OutOfMemoryAt : public runs::BackboneClassifier {
public:
    explicit OutOfMemoryAt(int failAt)
        : BackboneClassifier(tiny::backboneSpec())
        , m_failAt(failAt)
    {
    }
    at::Tensor logProbabilities(const at::Tensor& input) override
    {
        // 2^62 bytes: more than any address space, so the allocator fails even where the kernel
        // overcommits memory (a 4 TiB request succeeded on a GPU machine).
        if (++m_calls >= m_failAt)
            torch::empty({ std::int64_t(1) << 62 }, torch::kUInt8);
        return BackboneClassifier::logProbabilities(input);
    }

private:
    int m_calls = 0;
    int m_failAt;
};

} // namespace

class TestTraining : public QObject {
    Q_OBJECT

private:
    void checkMultiTensorSgd(bool deviceRates)
    {
        // Sgd's multi-tensor step against the per-parameter update it replaced (four kernels a parameter):
        // the same numbers up to float rounding, over steps with new rates and decay factors, with a
        // parameter that has no gradient for two steps (left alone, then its momentum starts).
        QFETCH(bool, decoupled);
        QFETCH(double, weightDecay);
        torch::manual_seed(4);
        const std::vector<std::vector<std::int64_t>> shapes { { 6, 3, 3, 3 }, { 6 }, { 10, 6 }, { 10 } };
        std::vector<at::Tensor> ours, theirs, momentum(shapes.size());
        std::vector<std::pair<std::string, at::Tensor>> named;
        for (std::size_t i = 0; i < shapes.size(); ++i) {
            const auto p = torch::randn(shapes[i]);
            ours.push_back(p.clone().requires_grad_(true));
            theirs.push_back(p.clone());
            named.emplace_back("p" + std::to_string(i), ours.back());
        }
        Sgd sgd(named, 0.9, weightDecay, decoupled);
        const double rates[] = { 0.1, 0.1, 0.05, 0.2, 0.01 }, factors[] = { 1.0, 1.0, 0.5, 0.1, 1.0 };
        for (int step = 0; step < 5; ++step) {
            const auto negativeRate = torch::full({}, -rates[step], torch::kFloat32);
            const auto decay = torch::full({}, weightDecay * factors[step], torch::kFloat32);
            for (std::size_t i = 0; i < shapes.size(); ++i) {
                const bool withGradient = i != 3 || step >= 2;
                const auto g = torch::randn(shapes[i]);
                ours[i].mutable_grad() = withGradient ? g.clone() : at::Tensor();
                if (!withGradient)
                    continue;
                // The loop as it was (Sgd.cpp before the multi-tensor step).
                auto& p = theirs[i];
                at::Tensor d;
                if (decoupled) {
                    if (weightDecay != 0)
                        p.addcmul_(p, decay, -1);
                    d = g;
                } else {
                    d = weightDecay != 0 ? torch::addcmul(g, p, decay) : g;
                }
                momentum[i] = momentum[i].defined() ? momentum[i].mul_(0.9).add_(d) : d.clone();
                p.addcmul_(momentum[i], negativeRate);
            }
            sgd.step(rates[step], factors[step]);
            for (std::size_t i = 0; i < shapes.size(); ++i)
                QVERIFY2(torch::allclose(ours[i].detach(), theirs[i], 1e-6, 1e-7),
                    qPrintable(QStringLiteral("step %1, p%2").arg(step).arg(i)));
        }
        const auto state = sgd.state();
        QCOMPARE(state.size(), shapes.size());
        for (std::size_t i = 0; i < shapes.size(); ++i)
            QVERIFY(torch::allclose(state.at("p" + std::to_string(i)), momentum[i], 1e-6, 1e-7));
        sgd.zeroGrad(); // one multi-tensor op: every gradient zero, the tensors kept
        for (const auto& p : ours)
            QVERIFY(p.grad().defined() && p.grad().abs().sum().item<double>() == 0);
    }

private Q_SLOTS:
    // A checkpoint whose zip directory names a record past the end of the file is refused before
    // LibTorch's reader sees it (fuzz_checkpoint found that reader reading past its buffer); a whole
    // one still loads.
    void checkpointArchiveIsCheckedFirst()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("checkpoint.pt").toStdString();
        saveTensors(path,
            { { "model.weight", torch::arange(12, torch::kFloat32).reshape({ 3, 4 }) },
                { "trainer.iteration", torch::tensor(7) } });
        QCOMPARE(loadTensors(path).at("trainer.iteration").item<std::int64_t>(), std::int64_t(7));
        std::string bytes = hiernet::io::readText(path);
        const auto expectRefused = [&](const std::string& broken, const char* why, const char* cause = "") {
            const auto copy = dir.filePath("broken.pt").toStdString();
            hiernet::io::writeAtomically(copy, broken);
            try {
                loadTensors(copy);
                QFAIL(why);
            } catch (const hiernet::Error& e) {
                QVERIFY2(
                    QString::fromUtf8(e.what()).startsWith(QString::fromStdString(copy) + QStringLiteral(": not a")), e.what());
                QVERIFY2(QString::fromUtf8(e.what()).contains(QLatin1String(cause)), e.what());
            }
        };
        // The first directory entry's sizes (compressed at +20, uncompressed at +24) made larger than the file.
        const auto entry = bytes.find(std::string("PK\x01\x02", 4));
        QVERIFY(entry != std::string::npos);
        std::string tooLong = bytes;
        for (int k : { 20, 24 })
            for (int b = 0; b < 4; ++b)
                tooLong[entry + std::size_t(k + b)] = char(b == 3 ? 0x7f : 0xff);
        expectRefused(tooLong, "a record past the end of the file was read");
        expectRefused(bytes.substr(0, bytes.size() / 2), "half a checkpoint was read");
        expectRefused(std::string(100, 'x'), "100 bytes of x were read");
        // LibTorch's unpickler allocates what data.pkl names before reading it (fuzz_checkpoint found a few
        // KiB asking for gigabytes): a key's string length made 4 GiB, and a memo index of 834 million
        // (room for twice as many values) in place of the same 17 bytes, are refused before it runs.
        const std::string key("X\x0c\x00\x00\x00model.weight", 17);
        const auto keyAt = bytes.find(key);
        QVERIFY(keyAt != std::string::npos);
        std::string hugeString = bytes;
        hugeString.replace(keyAt + 1, 4, std::string("\xf0\xff\xff\xff", 4));
        expectRefused(hugeString, "a 4 GiB string was read", "pickle names 4294967280 bytes where");
        std::string hugeMemo = bytes;
        hugeMemo.replace(keyAt, key.size(), std::string("r\x31\x3a\xb4\x31X\x07\x00\x00\x00model.w", 17));
        expectRefused(hugeMemo, "a memo index of 834 million was read", "pickle memo index 833894961 after");
        // Inputs the fuzzer found, kept as they are: each ends in a clear error, not in another exception.
        for (const auto& found :
            QDir(QStringLiteral(HIERNET_SOURCE_DIR "/tests/fuzz/regressions/checkpoint")).entryInfoList(QDir::Files))
            expectRefused(hiernet::io::readText(found.filePath().toStdString()), qPrintable(found.fileName()));
    }

    void paperScheduleAtEveryBoundary()
    {
        const auto s = LrSchedule::named("paper", 0, 390);
        QCOMPARE(s.totalIterations(), std::int64_t(64000));
        const std::pair<std::int64_t, double> expected[] = { { 0, 0.01 }, { 1999, 0.01 }, { 2000, 0.1 }, { 31999, 0.1 },
            { 32000, 0.01 }, { 47999, 0.01 }, { 48000, 0.001 }, { 63999, 0.001 } };
        for (const auto& [it, lr] : expected)
            QCOMPARE(s.learningRate(it), lr);
        QCOMPARE(s.weightDecayFactor(40000), 1.0);
    }

    void referenceSchedule()
    {
        const auto s = LrSchedule::named("reference", 0, 390);
        QCOMPARE(s.totalIterations(), std::int64_t(200 * 390));
        QCOMPARE(s.learningRate(1999), 0.01);
        QCOMPARE(s.learningRate(2000), 0.1);
        QCOMPARE(s.learningRate(33999), 0.1);
        QCOMPARE(s.learningRate(34000), 0.01);
        QCOMPARE(s.learningRate(50000), 0.001);
        QCOMPARE(s.weightDecayFactor(1000), 0.1); // weight decay follows the learning rate
        QCOMPARE(s.weightDecayFactor(10000), 1.0);
        QCOMPARE(s.weightDecayFactor(60000), 0.01);
    }

    void quickAndCustomSchedules()
    {
        const auto q = LrSchedule::named("quick", 1000, 100);
        QVERIFY(q.learningRate(0) < 0.01);
        QCOMPARE(q.learningRate(99), 0.1);
        QVERIFY(q.learningRate(550) < 0.06 && q.learningRate(550) > 0.04);
        QVERIFY(q.learningRate(999) < 0.001);
        QCOMPARE(LrSchedule::named("quick", 0, 100).totalIterations(), std::int64_t(kQuickBackboneEpochs * 100));
        const auto c = LrSchedule::custom({ 10, 20 }, { 1.0, 0.5, 0.25 }, 30);
        QCOMPARE(c.learningRate(9), 1.0);
        QCOMPARE(c.learningRate(10), 0.5);
        QCOMPARE(c.learningRate(25), 0.25);
        QVERIFY_THROWS_EXCEPTION(Error, LrSchedule::custom({ 10 }, { 1.0 }, 30));
        QVERIFY_THROWS_EXCEPTION(Error, LrSchedule::custom({ 20, 10 }, { 1.0, 0.5, 0.2 }, 30));
        QVERIFY_THROWS_EXCEPTION(Error, LrSchedule::named("cosine", 0, 1));
    }

    void badOptionsAreRefused()
    {
        auto c = tiny::trainerConfig();
        c.batchSize = 0;
        QVERIFY_THROWS_EXCEPTION(Error, c.validate());
        c = tiny::trainerConfig();
        c.epochs = 2;
        QVERIFY_THROWS_EXCEPTION(Error, c.validate()); // both iterations and epochs
        c = tiny::trainerConfig();
        c.schedule = "fast";
        QVERIFY_THROWS_EXCEPTION(Error, c.validate());
        QVERIFY_THROWS_EXCEPTION(Error, resolveDevice("gpu"));
        if (!cudaAvailable())
            QVERIFY_THROWS_EXCEPTION(Error, resolveDevice("cuda"));
        QCOMPARE(resolveDevice("cpu").type(), c10::kCPU);
        QCOMPARE(TrainerConfig::fromJson(tiny::trainerConfig().toJson()).toJson(), tiny::trainerConfig().toJson());
    }

    void tinyBatchOverfits()
    {
        const auto set = tiny::imageSet(1, 16);
        torch::manual_seed(0);
        runs::BackboneClassifier model(tiny::backboneSpec());
        data::Preprocessor prep(set.images);
        auto config = tiny::trainerConfig();
        config.iterations = 60;
        config.augmentation = "none";
        config.boundaries = {};
        config.rates = { 0.05 };
        Trainer trainer(model, set, set, prep, config, c10::Device(c10::kCPU));
        double lastLoss = 0, lastAccuracy = 0;
        trainer.onProgress = [&](const TrainingProgress& p) {
            lastLoss = p.loss;
            lastAccuracy = p.trainAccuracy;
        };
        QCOMPARE(int(trainer.run().outcome), int(TrainingOutcome::Finished));
        QCOMPARE(lastAccuracy, 1.0);
        QVERIFY2(lastLoss < 0.1, qPrintable(QString::number(lastLoss)));
    }

    void resumeEqualsUninterrupted()
    {
        QTemporaryDir dir;
        const auto train = tiny::imageSet(2), val = tiny::imageSet(3, 16);
        data::Preprocessor prep(train.images);
        auto config = tiny::trainerConfig();
        config.checkpointEvery = 3;

        torch::manual_seed(7);
        runs::BackboneClassifier straight(tiny::backboneSpec());
        Trainer a(straight, train, val, prep, config, c10::Device(c10::kCPU));
        QCOMPARE(a.run().iteration, std::int64_t(12));

        const auto checkpoint = dir.filePath("checkpoint.pt").toStdString();
        torch::manual_seed(7);
        runs::BackboneClassifier first(tiny::backboneSpec());
        Trainer b(first, train, val, prep, config, c10::Device(c10::kCPU));
        b.setCheckpointPath(checkpoint);
        b.onProgress = [&](const TrainingProgress& p) {
            if (p.iteration == 5)
                b.requestCancel();
        };
        const auto stopped = b.run();
        QCOMPARE(int(stopped.outcome), int(TrainingOutcome::Cancelled));
        QCOMPARE(stopped.iteration, std::int64_t(5));

        torch::manual_seed(99); // a different initialisation: everything must come from the checkpoint
        runs::BackboneClassifier second(tiny::backboneSpec());
        Trainer c(second, train, val, prep, config, c10::Device(c10::kCPU));
        c.setCheckpointPath(checkpoint);
        QCOMPARE(int(c.run().outcome), int(TrainingOutcome::Finished));

        const auto expected = moduleState(straight.module()), got = moduleState(second.module());
        QCOMPARE(got.size(), expected.size());
        for (const auto& [name, tensor] : expected)
            QVERIFY2(torch::equal(tensor, got.at(name)), name.c_str());
    }

    void channelsLastAgreesWithContiguous()
    {
        auto config = tiny::trainerConfig();
        const auto contiguous = trainTiny(config);
        config.channelsLast = true;
        const auto channelsLast = trainTiny(config);
        // NHWC kernels sum in another order: the same training up to float rounding.
        QCOMPARE(contiguous.losses.size(), channelsLast.losses.size());
        for (std::size_t i = 0; i < contiguous.losses.size(); ++i)
            QVERIFY2(std::abs(contiguous.losses[i] - channelsLast.losses[i]) < 1e-4, qPrintable(QString::number(i)));
        for (const auto& [name, tensor] : contiguous.state)
            QVERIFY2(torch::allclose(tensor.to(torch::kDouble), channelsLast.state.at(name).to(torch::kDouble), 1e-3, 1e-4),
                name.c_str());
        int convWeights = 0;
        for (const auto& [name, tensor] : channelsLast.state)
            if (tensor.dim() == 4) {
                QVERIFY2(tensor.is_contiguous(at::MemoryFormat::ChannelsLast), name.c_str());
                ++convWeights;
            }
        QVERIFY(convWeights > 0);
        QVERIFY(TrainerConfig::fromJson(config.toJson()).channelsLast);
    }

    void sgdEqualsTorchOptimSgd()
    {
        // The same updates as torch.optim.SGD(momentum, weight_decay), learning rate changed between steps.
        torch::manual_seed(3);
        auto ours = torch::nn::Linear(5, 3), theirs = torch::nn::Linear(5, 3);
        {
            torch::NoGradGuard noGrad;
            theirs->weight.copy_(ours->weight);
            theirs->bias.copy_(ours->bias);
        }
        Sgd sgd(*ours, 0.9, 1e-2);
        torch::optim::SGD reference(theirs->parameters(), torch::optim::SGDOptions(0.1).momentum(0.9).weight_decay(1e-2));
        const auto x = torch::randn({ 8, 5 }), y = torch::randint(0, 3, { 8 });
        for (double lr : { 0.1, 0.1, 0.05, 0.2 }) {
            sgd.zeroGrad();
            torch::nll_loss(torch::log_softmax(ours(x), 1), y).backward();
            sgd.step(lr);
            reference.zero_grad();
            torch::nll_loss(torch::log_softmax(theirs(x), 1), y).backward();
            static_cast<torch::optim::SGDOptions&>(reference.param_groups()[0].options()).lr(lr);
            reference.step();
            QVERIFY(torch::allclose(ours->weight, theirs->weight, 1e-5, 1e-7));
            QVERIFY(torch::allclose(ours->bias, theirs->bias, 1e-5, 1e-7));
        }
        QVERIFY(sgd.hasMomentum());
        // Rates set once apply to every later applyStep (the CUDA-graph path).
        sgd.setRates(0.0);
        const auto before = ours->weight.clone();
        sgd.applyStep();
        QVERIFY(torch::equal(before, ours->weight));
    }

    void multiTensorSgdEqualsThePerParameterLoop_data()
    {
        QTest::addColumn<bool>("decoupled");
        QTest::addColumn<double>("weightDecay");
        QTest::newRow("coupled decay") << false << 1e-2;
        QTest::newRow("decoupled decay (SGDW)") << true << 1e-2;
        QTest::newRow("no decay") << false << 0.0;
    }

    void multiTensorSgdEqualsThePerParameterLoop()
    {
        // Both updates: rates as host numbers (the CPU's) and read from device tensors (the GPU's, for CUDA graphs).
        checkMultiTensorSgd(false);
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 1)
        checkMultiTensorSgd(true);
#else
        QVERIFY_THROWS_EXCEPTION(
            hiernet::Error, (Sgd(std::vector<std::pair<std::string, at::Tensor>> {}, 0.9, 0.0).useDeviceRates(true)));
#endif
    }

    void aTrainingStepStaysWithinItsOpBudget_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("opBudget");
        QTest::addColumn<int>("parameterBudget");
        // HierNet-20, 7 groups, fused: 2,121 ops and 256 parameter tensors before siblings were stacked and SGD
        // became multi-tensor (ResNet-20: 565 ops); the reference's fused HierNet step dispatches 413.
        QTest::newRow("hiernet-20, 7 groups, fused") << QStringLiteral("hiernet") << 450 << 90;
        QTest::newRow("resnet-20") << QStringLiteral("backbone") << 300 << 65;
    }

    void aTrainingStepStaysWithinItsOpBudget()
    {
        // What one step dispatches (hiernet bench train --count-ops): top-level ops of the forward, autograd
        // nodes of the backward, ops of zero_grad and SGD. Counted on the CPU; a GPU launches as many.
        QFETCH(QString, model);
        QFETCH(int, opBudget);
        QFETCH(int, parameterBudget);
        const models::BackboneSpec spec { models::BlockKind::ResNet, 3, 3, 100 };
        torch::manual_seed(2);
        std::unique_ptr<ClassifierModel> classifier;
        if (model == QLatin1String("hiernet")) {
            std::vector<std::vector<int>> members(7);
            for (int c = 0; c < 100; ++c)
                members[std::size_t(c % 7)].push_back(c);
            std::vector<std::string> names;
            for (int c = 0; c < 100; ++c)
                names.push_back(std::string("c").append(std::to_string(c)));
            auto tree = std::make_unique<runs::HierNetClassifier>(
                spec, grouping::Hierarchy::fromGroups(names, members), models::TreeLayout::paperDefaults(spec.kind, spec.n));
            tree->net->setFusedSiblings(true);
            classifier = std::move(tree);
        } else {
            classifier = std::make_unique<runs::BackboneClassifier>(spec);
        }
        auto& net = classifier->module();
        net.train();
        Sgd sgd(net, 0.9, 1e-4);
        TrainingStep step(*classifier, sgd, c10::Device(c10::kCPU), {});
        const auto x = torch::randn({ 8, 3, 32, 32 }), y = torch::randint(0, 100, { 8 }, torch::kInt64);
        for (int i = 0; i < 2; ++i) // momentum buffers made, lazy state created
            step.run(x, y, 0.01);
        const auto counts = countStepOps(step, net, x, y, 0.01);
        qInfo("%s: %lld ops a step (forward %lld, backward %lld autograd nodes, optimizer %lld), %lld parameter tensors",
            qPrintable(model), static_cast<long long>(counts.total()), static_cast<long long>(counts.forwardOps),
            static_cast<long long>(counts.backwardNodes), static_cast<long long>(counts.optimizerOps),
            static_cast<long long>(counts.parameterTensors));
        // Every convolution and batch norm runs and has its backward node: a counter that missed ops could not pass.
        QVERIFY(counts.forwardOps >= 3 * 19 && counts.backwardNodes >= 2 * 19 && counts.optimizerOps >= 2);
        QVERIFY2(counts.total() <= opBudget, qPrintable(QString::number(counts.total())));
        QVERIFY2(counts.parameterTensors <= parameterBudget, qPrintable(QString::number(counts.parameterTensors)));
        QVERIFY2(counts.optimizerOps <= 10, qPrintable(QString::number(counts.optimizerOps))); // not a loop over parameters
    }

    void paperBackboneScheduleIsThePaperCodes()
    {
        // resnet_cifar100.py for n < 18: no warm-up, 0.1 / 0.01 / 0.001 at 32K / 48K, decoupled decay 1e-4 / 1e-5 / 1e-6.
        const auto schedule = LrSchedule::named("paper-backbone", 0, 352);
        QVERIFY(schedule.decoupledWeightDecay());
        QCOMPARE(schedule.totalIterations(), std::int64_t(200 * 352));
        const std::int64_t at[] = { 0, 1999, 31999, 32000, 47999, 48000, 70000 };
        const double rates[] = { 0.1, 0.1, 0.1, 0.01, 0.01, 0.001, 0.001 };
        for (int i = 0; i < 7; ++i) {
            QCOMPARE(schedule.learningRate(at[i]), rates[i]);
            QVERIFY(std::abs(1e-4 * schedule.weightDecayFactor(at[i]) - 1e-4 * rates[i] / 0.1) < 1e-18);
        }
        // The quick preset's default length is one constant (the CLI's and the studio's).
        QCOMPARE(LrSchedule::named("quick", 0, 100).totalIterations(), std::int64_t(kQuickBackboneEpochs * 100));
    }

    void referenceScheduleDecaysWeightsDecoupled()
    {
        // The paper's code trains with SGDW: p −= wd_t·p, then the momentum step on the loss gradient alone,
        // wd_t = 1e-4 · lr/0.1 (1e-5, 1e-4, 1e-5, 1e-6 with the rates 0.01, 0.1, 0.01, 0.001). Checked
        // against the update written out by hand for the first steps of a one-parameter model.
        const auto schedule = LrSchedule::named("reference", 0, 391);
        QVERIFY(schedule.decoupledWeightDecay());
        QVERIFY(!LrSchedule::named("paper", 0, 391).decoupledWeightDecay());
        const double rates[] = { 0.01, 0.1, 0.01, 0.001 }, decays[] = { 1e-5, 1e-4, 1e-5, 1e-6 };
        const std::int64_t atStage[] = { 0, 2000, 34000, 50000 };
        for (int k = 0; k < 4; ++k) {
            QCOMPARE(schedule.learningRate(atStage[k]), rates[k]);
            QVERIFY(std::abs(1e-4 * schedule.weightDecayFactor(atStage[k]) - decays[k]) < 1e-18);
        }
        auto weight = torch::tensor({ 1.0, -2.0 }, torch::kFloat64).requires_grad_(true);
        Sgd sgd({ { "w", weight } }, 0.9, 1e-4, true);
        const double gradient[] = { 0.5, 0.25 };
        double expected[] = { 1.0, -2.0 }, momentum[] = { 0.0, 0.0 };
        const std::int64_t iterations[] = { 0, 1, 2000, 2001 }; // a step at 0.01, then at 0.1
        for (int step = 0; step < 4; ++step) {
            // The rates live in float32 device tensors (the CUDA-graph path): the hand computation takes them so.
            const double lr = double(float(schedule.learningRate(iterations[step])));
            const double wd = double(float(1e-4 * schedule.weightDecayFactor(iterations[step])));
            weight.mutable_grad() = torch::tensor({ gradient[0], gradient[1] }, torch::kFloat64);
            sgd.step(lr, schedule.weightDecayFactor(iterations[step]));
            for (int i = 0; i < 2; ++i) {
                expected[i] -= wd * expected[i]; // decoupled decay
                momentum[i] = step == 0 ? gradient[i] : 0.9 * momentum[i] + gradient[i]; // gradient alone
                expected[i] -= lr * momentum[i];
            }
            QVERIFY2(std::abs(weight[0].item<double>() - expected[0]) < 1e-14
                    && std::abs(weight[1].item<double>() - expected[1]) < 1e-14,
                qPrintable(QStringLiteral("step %1: %2 vs %3")
                               .arg(step)
                               .arg(weight[0].item<double>(), 0, 'g', 17)
                               .arg(expected[0], 0, 'g', 17)));
        }
        // The coupled form (plain SGD's L2 term) would differ by lr·wd·p per step: the check can tell them apart.
        auto coupledWeight = torch::tensor({ 1.0, -2.0 }, torch::kFloat64).requires_grad_(true);
        Sgd coupled({ { "w", coupledWeight } }, 0.9, 1e-4, false);
        coupledWeight.mutable_grad() = torch::tensor({ gradient[0], gradient[1] }, torch::kFloat64);
        coupled.step(0.01, 0.1);
        QVERIFY(std::abs(coupledWeight[0].item<double>() - (1.0 - 0.01 * (0.5 + 1e-5 * 1.0))) < 1e-9);
        QVERIFY(std::abs(coupledWeight[0].item<double>() - (1.0 - 1e-5 - 0.01 * 0.5)) > 1e-6);
    }

    void reportedWindowsAreMeansOfSteps()
    {
        // Losses are read from the device once per log window: the window mean equals the steps' own losses.
        auto config = tiny::trainerConfig();
        config.logEvery = 1;
        const auto everyStep = trainTiny(config);
        config.logEvery = 4;
        const auto everyFourth = trainTiny(config);
        QCOMPARE(everyStep.losses.size(), std::size_t(12));
        QCOMPARE(everyFourth.losses.size(), std::size_t(3));
        for (std::size_t w = 0; w < 3; ++w) {
            double mean = 0;
            for (std::size_t i = 0; i < 4; ++i)
                mean += everyStep.losses[4 * w + i] / 4;
            QVERIFY2(std::abs(mean - everyFourth.losses[w]) < 1e-9, qPrintable(QString::number(w)));
        }
        for (const auto& [name, tensor] : everyStep.state)
            QVERIFY2(torch::equal(tensor, everyFourth.state.at(name)), name.c_str());
    }

    void dataOnHostEqualsDataOnDevice()
    {
        auto config = tiny::trainerConfig();
        const auto onDevice = trainTiny(config);
        config.dataOnDevice = false;
        const auto onHost = trainTiny(config);
        QCOMPARE(onHost.losses, onDevice.losses);
        for (const auto& [name, tensor] : onDevice.state)
            QVERIFY2(torch::equal(tensor, onHost.state.at(name)), name.c_str());
        QVERIFY(!TrainerConfig::fromJson(config.toJson()).dataOnDevice);
    }

    void autocastGuardSwitchesOnAndRestores()
    {
        auto conv = torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 2, 3));
        const auto x = torch::randn({ 2, 1, 6, 6 });
        {
            AutocastGuard off(c10::kCPU, false);
            QCOMPARE(conv(x).scalar_type(), torch::kFloat32);
        }
        {
            AutocastGuard on(c10::kCPU, true);
            QCOMPARE(conv(x).scalar_type(), torch::kBFloat16);
            {
                AutocastGuard nested(c10::kCPU, true);
                QCOMPARE(conv(x).scalar_type(), torch::kBFloat16);
            }
            QCOMPARE(conv(x).scalar_type(), torch::kBFloat16); // the outer region is still on
        }
        QCOMPARE(conv(x).scalar_type(), torch::kFloat32);
    }

    void bf16AgreesWithFp32UpToRounding()
    {
        auto config = tiny::trainerConfig();
        const auto fp32 = trainTiny(config);
        config.bf16 = true;
        const auto bf16 = trainTiny(config);
        QCOMPARE(bf16.losses.size(), fp32.losses.size());
        // The first step (same weights, same batch) differs by bf16 rounding alone; later steps drift
        // a little as the weights part, so they get an absolute bound on the loss.
        const double first = std::abs(bf16.losses[0] - fp32.losses[0]) / fp32.losses[0];
        double largest = 0;
        for (std::size_t i = 0; i < fp32.losses.size(); ++i)
            largest = std::max(largest, std::abs(bf16.losses[i] - fp32.losses[i]));
        qInfo("bf16 vs fp32: first loss %.5f vs %.5f, largest loss difference over %zu steps %.4f", bf16.losses[0],
            fp32.losses[0], fp32.losses.size(), largest);
        QVERIFY2(first > 0, "bf16 autocast changed nothing: it did not run");
        QVERIFY2(first < 0.01, qPrintable(QString::number(first)));
        QVERIFY2(largest < 0.06, qPrintable(QString::number(largest)));
        QVERIFY(bf16.losses.back() < 0.2 * bf16.losses.front()); // and it learns as fp32 does
        // Parameters and SGD stay fp32; only the forward's products ran in bf16. The weights part a
        // little over 12 steps: compare the whole state by its relative distance.
        double difference = 0, size = 0;
        for (const auto& [name, tensor] : bf16.state) {
            if (!tensor.is_floating_point())
                continue;
            QCOMPARE(tensor.scalar_type(), torch::kFloat32);
            difference += (tensor - fp32.state.at(name)).pow(2).sum().item<double>();
            size += fp32.state.at(name).pow(2).sum().item<double>();
        }
        qInfo("relative distance of the trained states: %.4f", std::sqrt(difference / size));
        QVERIFY(std::sqrt(difference / size) < 0.15);
        QVERIFY(TrainerConfig::fromJson(config.toJson()).bf16);
    }

    void cudaGraphsAreRefusedWithoutCuda()
    {
        if (cudaAvailable())
            QSKIP("this machine has CUDA: the refusal is for CPU-only machines");
        auto config = tiny::trainerConfig();
        config.cudaGraphs = true;
        try {
            config.validate();
            QFAIL("a CPU run with CUDA graphs was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("CUDA graphs")), e.what());
        }
        runs::BackboneClassifier model(tiny::backboneSpec());
        std::vector<std::pair<std::string, at::Tensor>> named;
        Sgd sgd(named, 0.9, 0);
        StepOptions options;
        options.cudaGraphs = true;
        QVERIFY_THROWS_EXCEPTION(Error, TrainingStep(model, sgd, c10::Device(c10::kCPU), options));
        QVERIFY(TrainerConfig::fromJson(config.toJson()).cudaGraphs);
    }

    void divergenceStopsAndKeepsLastGoodCheckpoint()
    {
        QTemporaryDir dir;
        const auto train = tiny::imageSet(4);
        data::Preprocessor prep(train.images);
        auto config = tiny::trainerConfig();
        config.iterations = 40;
        config.boundaries = { 2 };
        config.rates = { 0.01, 1e8 };
        config.checkpointEvery = 1;
        torch::manual_seed(1);
        runs::BackboneClassifier model(tiny::backboneSpec());
        Trainer trainer(model, train, {}, prep, config, c10::Device(c10::kCPU));
        const auto checkpoint = dir.filePath("checkpoint.pt").toStdString();
        trainer.setCheckpointPath(checkpoint);
        const auto result = trainer.run();
        QCOMPARE(int(result.outcome), int(TrainingOutcome::Diverged));
        QVERIFY(QString::fromStdString(result.message).contains(QStringLiteral("diverged")));
        const auto saved = loadTensors(checkpoint);
        QVERIFY(saved.at("trainer.iteration").item<std::int64_t>() <= result.iteration);
        for (const auto& [name, tensor] : saved)
            if (tensor.is_floating_point())
                QVERIFY2(torch::isfinite(tensor).all().item<bool>(), name.c_str());
    }

    void outOfMemoryNamesTheBatchAndKeepsTheCheckpoint()
    {
        QTemporaryDir dir;
        const auto train = tiny::imageSet(4), val = tiny::imageSet(3, 16);
        data::Preprocessor prep(train.images);
        auto config = tiny::trainerConfig(); // 4 iterations an epoch: a checkpoint and a validation after iteration 4
        torch::manual_seed(1);
        OutOfMemoryAt model(7); // calls 1-4 train, 5 validates, 6 trains iteration 5, 7 fails in iteration 6
        Trainer trainer(model, train, val, prep, config, c10::Device(c10::kCPU));
        const auto checkpoint = dir.filePath("checkpoint.pt").toStdString();
        trainer.setCheckpointPath(checkpoint);
        try {
            trainer.run();
            QFAIL("the run went on after the allocator failed");
        } catch (const Error& e) {
            const auto message = QString::fromUtf8(e.what());
            qInfo("%s", e.what());
            QVERIFY2(message.startsWith(QStringLiteral("out of memory on cpu at iteration 5 with batch size 16")), e.what());
            QVERIFY2(message.contains(QStringLiteral("smaller batch size, e.g. 8")), e.what());
            QVERIFY2(message.contains(QStringLiteral("last checkpoint (iteration 4) is kept in ")), e.what());
        }
        QCOMPARE(loadTensors(checkpoint).at("trainer.iteration").item<std::int64_t>(), std::int64_t(4));
        // Any other library error is not taken for an out-of-memory one.
        auto badConfig = tiny::trainerConfig();
        OutOfMemoryAt fine(1000);
        Trainer wrongShape(fine, { torch::zeros({ 32, 2, 8, 8 }, torch::kUInt8), torch::zeros({ 32 }, torch::kInt64), {} }, {},
            prep, badConfig, c10::Device(c10::kCPU));
        try {
            wrongShape.run();
            QFAIL("a two-channel batch went through a one-channel network");
        } catch (const std::exception& e) {
            QVERIFY2(!QString::fromUtf8(e.what()).contains(QStringLiteral("out of memory")), e.what());
        }
    }

    void pauseAndCancelFromAnotherThread()
    {
        const auto train = tiny::imageSet(5);
        data::Preprocessor prep(train.images);
        auto config = tiny::trainerConfig();
        config.iterations = 100000;
        torch::manual_seed(1);
        runs::BackboneClassifier model(tiny::backboneSpec());
        Trainer trainer(model, train, {}, prep, config, c10::Device(c10::kCPU));
        std::atomic<std::int64_t> seen { 0 };
        trainer.onProgress = [&](const TrainingProgress& p) { seen = p.iteration; };
        std::thread worker([&] { trainer.run(); });
        while (seen < 3)
            std::this_thread::yield();
        trainer.setPaused(true);
        QTest::qWait(50);
        const auto pausedAt = seen.load();
        QTest::qWait(100);
        QVERIFY(seen.load() <= pausedAt + 1); // at most the step in flight finishes
        trainer.setPaused(false);
        while (seen < pausedAt + 3)
            std::this_thread::yield();
        trainer.requestCancel();
        worker.join();
        QVERIFY(seen < 100000);
    }

    void cpmMatchesHandComputation()
    {
        // Three images of class 0 and one of class 2, three classes; the model's softmax is fixed by the pixels.
        auto images = torch::zeros({ 4, 1, 2, 2 }, torch::kUInt8);
        images[0].view(-1)[0] = 51; // probabilities ∝ exp(10·pixel/255)
        images[1].view(-1)[1] = 51;
        images[2].view(-1)[0] = 102;
        images[3].view(-1)[2] = 51;
        const auto labels = torch::tensor({ 0, 0, 0, 2 }, torch::kInt64);
        data::Preprocessor prep(torch::zeros({ 1, 1, 2, 2 }, torch::kUInt8));
        FixedModel model;
        const auto result = evaluate(model, { images, labels, {} }, prep, c10::Device(c10::kCPU), 3);
        const auto probs = torch::softmax((images.flatten(1).slice(1, 0, 3).to(torch::kFloat64) / 255.0) * 10, 1);
        const auto row0 = probs.slice(0, 0, 3).mean(0);
        for (int j = 0; j < 3; ++j) {
            QVERIFY(qAbs(result.cpmAt(0, j) - row0[j].item<double>()) < 1e-6);
            QVERIFY(qAbs(result.cpmAt(2, j) - probs[3][j].item<double>()) < 1e-6);
            QCOMPARE(result.cpmAt(1, j), 0.0); // no image of class 1
        }
        for (int i : { 0, 2 }) {
            double sum = 0;
            for (int j = 0; j < 3; ++j)
                sum += result.cpmAt(i, j);
            QVERIFY(qAbs(sum - 1) < 1e-6); // float32 softmax
        }
        // Hard predictions: images 0, 2 → class 0; image 1 → class 1; image 3 → class 2.
        QCOMPARE(result.confusion, (std::vector<std::int64_t> { 2, 1, 0, 0, 0, 0, 0, 0, 1 }));
        QCOMPARE(result.top1, 0.75);
        QCOMPARE(result.top5, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"

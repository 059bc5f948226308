// The CUDA path on a GPU: the captured step equals the eager one, bf16 agrees with fp32, fused
// siblings equal one by one, and a CUDA-trained checkpoint evaluates the same on the CPU. CTest label
// `cuda`; every test skips with the reason where no GPU is visible (the CPU suites cover the rest).
#include "grouping/Hierarchy.h"
#include "models/HierNet.h"
#include "runs/BackboneRun.h"
#include "training/Checkpoint.h"
#include "training/Device.h"
#include "training/Evaluation.h"
#include "training/Sgd.h"
#include "training/Trainer.h"
#include "training/TrainingStep.h"
#include "util/Error.h"
#include "TinyTraining.h"

#include <torch/torch.h>

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;
using namespace hiernet::training;

#define SKIP_WITHOUT_CUDA()                                                                                                      \
    do {                                                                                                                         \
        if (!cudaAvailable())                                                                                                    \
            QSKIP(qPrintable(QStringLiteral("no CUDA device: %1").arg(QString::fromStdString(cudaUnavailableReason()))));        \
    } while (false)

namespace {

const c10::Device kCuda(c10::kCUDA, 0);

const models::BackboneSpec kTinySpec = tiny::backboneSpec();

/// Per-step losses of a tiny backbone trained on the GPU with `config`.
std::vector<double> trainTinyLosses(const TrainerConfig& config)
{
    const auto train = tiny::imageSet(2), val = tiny::imageSet(3, 16);
    data::Preprocessor prep(train.images);
    torch::manual_seed(7);
    runs::BackboneClassifier model(kTinySpec);
    Trainer trainer(model, train, val, prep, config, kCuda);
    std::vector<double> losses;
    trainer.onProgress = [&](const TrainingProgress& p) { losses.push_back(p.loss); };
    trainer.run();
    return losses;
}

} // namespace

class TestCuda : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Bit-reproducible convolutions, so that two paths differ only where the path differs.
        at::globalContext().setDeterministicCuDNN(true);
        at::globalContext().setBenchmarkCuDNN(false);
    }

    void devicesAreListed()
    {
        SKIP_WITHOUT_CUDA();
        const auto devices = cudaDevices();
        QVERIFY(!devices.empty());
        QVERIFY(!devices[0].name.empty() && devices[0].totalMemoryBytes > 0 && devices[0].computeMajor > 0);
        QVERIFY(cudaUnavailableReason().empty());
        QCOMPARE(resolveDevice("cuda").str(), std::string("cuda:0"));
        QVERIFY_THROWS_EXCEPTION(Error, resolveDevice("cuda:" + std::to_string(devices.size())));
    }

    void cudaGraphStepEqualsEagerStep()
    {
        SKIP_WITHOUT_CUDA();
        torch::manual_seed(3);
        const auto inputs = torch::randn({ 20, 16, 1, 8, 8 }, kCuda);
        const auto labels = torch::randint(0, 4, { 20, 16 }, torch::TensorOptions(kCuda).dtype(torch::kInt64));
        auto losses = [&](bool graph, std::map<std::string, at::Tensor>& state) {
            torch::manual_seed(7);
            runs::BackboneClassifier model(kTinySpec);
            model.module().to(kCuda);
            Sgd sgd(model.module(), 0.9, 1e-4);
            StepOptions options;
            options.cudaGraphs = graph;
            TrainingStep step(model, sgd, kCuda, options);
            std::vector<double> out;
            for (int i = 0; i < 20; ++i) // the rate changes after step 10: the replayed graph must follow it
                out.push_back(step.run(inputs[i], labels[i], i < 10 ? 0.05 : 0.01, 1.0).loss.item<double>());
            state = moduleState(model.module());
            return out;
        };
        std::map<std::string, at::Tensor> eagerState, graphState;
        const auto eager = losses(false, eagerState), graph = losses(true, graphState);
        double largest = 0;
        for (int i = 0; i < 20; ++i)
            largest = std::max(largest, std::abs(eager[std::size_t(i)] - graph[std::size_t(i)]));
        qInfo("CUDA graph vs eager over 20 fp32 steps: largest loss difference %.3g (first %.5f, last %.5f)", largest,
            eager.front(), eager.back());
        QVERIFY2(largest < 1e-5, qPrintable(QString::number(largest)));
        QVERIFY(eager.back() < eager.front());
        for (const auto& [name, tensor] : eagerState)
            if (tensor.is_floating_point())
                QVERIFY2(torch::allclose(tensor, graphState.at(name), 1e-4, 1e-6), name.c_str());
    }

    void bf16OnCudaAgreesWithFp32()
    {
        SKIP_WITHOUT_CUDA();
        auto config = tiny::trainerConfig("cuda");
        const auto fp32 = trainTinyLosses(config);
        config.bf16 = true;
        const auto bf16 = trainTinyLosses(config);
        QCOMPARE(bf16.size(), fp32.size());
        const double first = std::abs(bf16[0] - fp32[0]) / fp32[0];
        double largest = 0;
        for (std::size_t i = 0; i < fp32.size(); ++i)
            largest = std::max(largest, std::abs(bf16[i] - fp32[i]));
        qInfo("bf16 vs fp32 on CUDA: first loss %.5f vs %.5f, largest difference over %zu steps %.4f", bf16[0], fp32[0],
            fp32.size(), largest);
        QVERIFY2(first > 0, "bf16 autocast changed nothing: it did not run");
        // The CPU test's bounds (tst_training::bf16AgreesWithFp32UpToRounding).
        QVERIFY2(first < 0.01, qPrintable(QString::number(first)));
        QVERIFY2(largest < 0.06, qPrintable(QString::number(largest)));
        QVERIFY(bf16.back() < 0.2 * bf16.front());
    }

    void fusedSiblingsEqualOneByOneOnCuda()
    {
        SKIP_WITHOUT_CUDA();
        std::vector<std::string> classes;
        for (int i = 0; i < 6; ++i)
            classes.push_back(std::string("c").append(std::to_string(i)));
        const auto hierarchy = grouping::Hierarchy::fromGroups(classes, { { 0, 1 }, { 2, 3 }, { 4, 5 } });
        const models::BackboneSpec spec { models::BlockKind::ResNet, 2, 1, 6 };
        const models::TreeLayout layout { { 2 }, { 2 } };
        torch::manual_seed(11);
        models::HierNet plain(spec, hierarchy, layout);
        torch::manual_seed(11);
        models::HierNet fused(spec, hierarchy, layout);
        fused->setFusedSiblings(true);
        // cuDNN rounds convolutions to TF32 by default and picks other algorithms for grouped convolutions,
        // so single gradient entries near zero part by more than an element-wise 1e-3 (seen on an H200).
        // The check is of the arithmetic: fp32, and each gradient's relative distance as a whole.
        const bool tf32 = at::globalContext().allowTF32CuDNN();
        at::globalContext().setAllowTF32CuDNN(false);
        const auto restoreTf32 = qScopeGuard([tf32] { at::globalContext().setAllowTF32CuDNN(tf32); });
        plain->to(kCuda);
        fused->to(kCuda);
        const auto x = torch::randn({ 8, 1, 10, 10 }, kCuda);
        const auto y = torch::arange(8, torch::TensorOptions(kCuda).dtype(torch::kInt64)) % 6;
        auto a = plain->forwardAll(x), b = fused->forwardAll(x);
        QVERIFY(torch::allclose(a.logConditional, b.logConditional, 1e-4, 1e-5));
        torch::nll_loss(a.logConditional, y).backward();
        torch::nll_loss(b.logConditional, y).backward();
        auto pb = fused->named_parameters();
        double largest = 0;
        for (const auto& p : plain->named_parameters()) {
            const auto& g1 = p.value().grad();
            const auto& g2 = pb[p.key()].grad();
            QVERIFY2(g1.defined() == g2.defined(), p.key().c_str());
            if (!g1.defined())
                continue;
            const double distance = ((g1 - g2).norm() / g1.norm().clamp_min(1e-12)).item<double>();
            largest = std::max(largest, distance);
            QVERIFY2(distance < 1e-3,
                qPrintable(QStringLiteral("%1: relative distance %2").arg(QString::fromStdString(p.key())).arg(distance)));
        }
        qInfo("fused vs one by one on CUDA: largest relative gradient distance %.2g", largest);
        auto bb = fused->named_buffers();
        for (const auto& buffer : plain->named_buffers())
            QVERIFY2(torch::allclose(buffer.value().to(torch::kDouble), bb[buffer.key()].to(torch::kDouble), 1e-5, 1e-6),
                buffer.key().c_str());
    }

    void cudaCheckpointEvaluatesTheSameOnTheCpu()
    {
        SKIP_WITHOUT_CUDA();
        QTemporaryDir dir;
        const auto train = tiny::imageSet(2), val = tiny::imageSet(3, 64);
        data::Preprocessor prep(train.images);
        auto config = tiny::trainerConfig("cuda");
        config.channelsLast = true;
        torch::manual_seed(7);
        runs::BackboneClassifier onGpu(kTinySpec);
        Trainer trainer(onGpu, train, val, prep, config, kCuda);
        const auto checkpoint = dir.filePath(QStringLiteral("checkpoint.pt")).toStdString();
        trainer.setCheckpointPath(checkpoint);
        QCOMPARE(int(trainer.run().outcome), int(TrainingOutcome::Finished));
        const auto gpu = evaluate(onGpu, val, prep, kCuda);

        runs::BackboneClassifier onCpu(kTinySpec);
        loadModuleState(onCpu.module(), loadTensors(checkpoint), checkpoint);
        const auto cpu = evaluate(onCpu, val, prep, c10::Device(c10::kCPU));
        qInfo("trained on cuda: top-1 %.4f there, %.4f on the CPU from the checkpoint; loss %.5f vs %.5f", gpu.top1, cpu.top1,
            gpu.loss, cpu.loss);
        QCOMPARE(cpu.count, gpu.count);
        QCOMPARE(cpu.top1, gpu.top1);
        QVERIFY(std::abs(cpu.loss - gpu.loss) < 1e-4);
    }
};

QTEST_GUILESS_MAIN(TestCuda)
#include "tst_cuda.moc"

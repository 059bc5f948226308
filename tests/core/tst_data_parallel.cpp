// Data-parallel training over c10d (issue #21): ranks are processes of this same test binary, started
// with the variables torchrun sets and joined over Gloo on 127.0.0.1. Each writes the weights it ends
// with; the test compares them with each other and with one process training the same global batch.
#include "ErrorMessage.h"
#include "TinyHierarchies.h"
#include "TinyTraining.h"

#include "distributed/Communicator.h"
#include "distributed/GradientReducer.h"
#include "distributed/LaunchEnvironment.h"
#include "models/BatchNorm.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "training/Checkpoint.h"
#include "training/Trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <csignal>
#include <cstdlib>
#include <memory>

using namespace hiernet;

namespace {

/// What a worker process trains, passed in its environment.
struct WorkerJob {
    QString model = QStringLiteral("backbone"); ///< backbone, hiernet (fused siblings) or reducer
    int iterations = 12;
    bool syncBatchNorm = true;
    QString weightsOut; ///< where the rank writes the weights it ends with
    QString checkpoint; ///< the trainer's checkpoint (rank 0 writes it)
    int checkpointEvery = 0;
    bool diverge = false; ///< the learning rate jumps to 10⁸ after 2 iterations
};

std::unique_ptr<training::ClassifierModel> tinyModel(const QString& model)
{
    torch::manual_seed(3);
    if (model == QLatin1String("hiernet")) {
        auto tree = std::make_unique<runs::HierNetClassifier>(tiny::backboneSpec(),
            grouping::Hierarchy::fromGroups(tiny::classNames(4), { { 0, 2 }, { 1, 3 } }), models::TreeLayout { { 1 }, { 1 } });
        tree->net->setFusedSiblings(true);
        return tree;
    }
    return std::make_unique<runs::BackboneClassifier>(tiny::backboneSpec());
}

/// Trains the tiny model as the job says, in this process: one rank of a run when given a communicator,
/// else alone. Returns the model's state afterwards.
training::TensorDict trainTiny(const WorkerJob& job, training::TrainingResult* result = nullptr,
    std::shared_ptr<distributed::Communicator> communicator = nullptr)
{
    auto model = tinyModel(job.model);
    const auto train = tiny::imageSet(1, 64);
    const auto val = tiny::imageSet(2, 16);
    const data::Preprocessor preprocessor(train.images);
    auto config = tiny::trainerConfig();
    config.iterations = job.iterations;
    config.syncBatchNorm = job.syncBatchNorm;
    config.augmentation = "flip-translate";
    config.logEvery = 2;
    config.checkpointEvery = job.checkpointEvery;
    if (job.diverge) {
        config.boundaries = { 2 };
        config.rates = { 0.01, 1e8 };
        config.logEvery = 3; // the loss turns non-finite inside a window, on the ranks' own shares
    }
    training::Trainer trainer(*model, train, val, preprocessor, config, c10::Device(c10::kCPU), communicator);
    if (!job.checkpoint.isEmpty())
        trainer.setCheckpointPath(job.checkpoint.toStdString());
    const auto outcome = trainer.run();
    if (result)
        *result = outcome;
    return training::moduleState(model->module());
}

/// The gradients of one backward pass over `images`, averaged over the ranks by a GradientReducer with
/// buckets of `bucketBytes` (several buckets, and a head that gets no gradient: its bucket is zeros).
training::TensorDict reducedGradients(distributed::Communicator* communicator, int rank, int ranks, std::int64_t bucketBytes)
{
    auto model = tinyModel(QStringLiteral("backbone"));
    auto& module = model->module();
    module.train();
    auto unused = torch::nn::Linear(3, 2); // a parameter no loss reaches
    module.register_module("unused_head", unused);
    const auto images = tiny::imageSet(4, 16);
    const auto share = images.size() / ranks;
    const auto x = images.images.narrow(0, rank * share, share).to(torch::kFloat32).div(255.0);
    const auto y = images.labels.narrow(0, rank * share, share);
    std::unique_ptr<distributed::GradientReducer> reducer;
    if (communicator)
        reducer = std::make_unique<distributed::GradientReducer>(*communicator, module.parameters(), bucketBytes);
    // Per-rank batch norm of the eval kind: the gradient of the mean loss is then a plain mean over the images.
    module.eval();
    torch::nll_loss(model->logProbabilities(x), y).backward();
    if (reducer)
        reducer->finishBackward();
    training::TensorDict out;
    for (const auto& p : module.named_parameters())
        out[p.key()] = p.value().grad().defined() ? p.value().grad().clone() : torch::zeros_like(p.value());
    if (reducer)
        out["buckets"] = torch::tensor(std::int64_t(reducer->bucketCount()));
    return out;
}

WorkerJob jobFromEnvironment()
{
    WorkerJob job;
    job.model = qEnvironmentVariable("HIERNET_TEST_MODEL", job.model);
    job.iterations = qEnvironmentVariableIntValue("HIERNET_TEST_ITERATIONS");
    job.syncBatchNorm = qEnvironmentVariableIntValue("HIERNET_TEST_SYNC_BN") != 0;
    job.weightsOut = qEnvironmentVariable("HIERNET_TEST_WEIGHTS");
    job.checkpoint = qEnvironmentVariable("HIERNET_TEST_CHECKPOINT");
    job.checkpointEvery = qEnvironmentVariableIntValue("HIERNET_TEST_CHECKPOINT_EVERY");
    job.diverge = qEnvironmentVariableIntValue("HIERNET_TEST_DIVERGE") != 0;
    return job;
}

/// A rank: joins the run its environment names, trains, writes its weights. Exit 0, or 1 with the error.
int runWorker()
{
    try {
        torch::set_num_threads(1);
        const auto environment = distributed::LaunchEnvironment::fromEnvironment();
        const auto communicator = distributed::Communicator::connect(*environment, c10::Device(c10::kCPU));
        const auto job = jobFromEnvironment();
        training::TensorDict weights;
        if (job.model == QLatin1String("reducer"))
            weights = reducedGradients(communicator.get(), communicator->rank(), communicator->size(), 4096);
        else {
            training::TrainingResult result;
            weights = trainTiny(job, &result, communicator);
            weights["result.outcome"] = torch::tensor(std::int64_t(result.outcome));
            weights["result.iteration"] = torch::tensor(result.iteration);
        }
        training::saveTensors(job.weightsOut.toStdString(), weights);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "worker: %s\n", e.what());
        return 1;
    }
}

/// A rank's weights file without the training result the worker adds to it.
training::TensorDict weightsOf(const QString& path)
{
    auto tensors = training::loadTensors(path.toStdString());
    tensors.erase("result.outcome");
    tensors.erase("result.iteration");
    return tensors;
}

/// The largest |a − b| over the tensors both hold (floating ones), and whether they hold the same names.
double largestDifference(const training::TensorDict& a, const training::TensorDict& b, bool* sameNames = nullptr)
{
    double largest = 0;
    bool same = a.size() == b.size();
    for (const auto& [name, tensor] : a) {
        const auto other = b.find(name);
        if (other == b.end()) {
            same = false;
            continue;
        }
        if (!tensor.is_floating_point())
            continue;
        largest = std::max(largest, (tensor - other->second).abs().max().item<double>());
    }
    if (sameNames)
        *sameNames = same;
    return largest;
}

} // namespace

class TestDataParallel : public QObject {
    Q_OBJECT

    /// Starts `ranks` workers of this binary on a fresh port; their weights go to dir/rankN.pt.
    std::vector<std::unique_ptr<QProcess>> startRanks(int ranks, const WorkerJob& job, const QString& dir)
    {
        const int port = distributed::freeLocalPort();
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int rank = 0; rank < ranks; ++rank) {
            auto process = std::make_unique<QProcess>();
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HIERNET_TEST_WORKER"), QStringLiteral("1"));
            env.insert(QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1"));
            env.insert(QStringLiteral("MASTER_PORT"), QString::number(port));
            env.insert(QStringLiteral("WORLD_SIZE"), QString::number(ranks));
            env.insert(QStringLiteral("RANK"), QString::number(rank));
            env.insert(QStringLiteral("LOCAL_RANK"), QString::number(rank));
            env.insert(QStringLiteral("HIERNET_DIST_TIMEOUT"), QStringLiteral("120"));
            env.insert(QStringLiteral("HIERNET_TEST_MODEL"), job.model);
            env.insert(QStringLiteral("HIERNET_TEST_ITERATIONS"), QString::number(job.iterations));
            env.insert(QStringLiteral("HIERNET_TEST_SYNC_BN"), job.syncBatchNorm ? QStringLiteral("1") : QStringLiteral("0"));
            env.insert(QStringLiteral("HIERNET_TEST_WEIGHTS"), dir + QStringLiteral("/rank%1.pt").arg(rank));
            env.insert(QStringLiteral("HIERNET_TEST_CHECKPOINT"), job.checkpoint);
            env.insert(QStringLiteral("HIERNET_TEST_CHECKPOINT_EVERY"), QString::number(job.checkpointEvery));
            env.insert(QStringLiteral("HIERNET_TEST_DIVERGE"), job.diverge ? QStringLiteral("1") : QStringLiteral("0"));
            process->setProcessEnvironment(env);
            process->start(QCoreApplication::applicationFilePath(), {});
            if (!process->waitForStarted())
                qFatal("cannot start a rank: %s", qPrintable(process->errorString()));
            processes.push_back(std::move(process));
        }
        return processes;
    }

    /// Runs the ranks to their end; fails the test with their output when one fails.
    void runRanks(int ranks, const WorkerJob& job, const QString& dir)
    {
        auto processes = startRanks(ranks, job, dir);
        for (std::size_t rank = 0; rank < processes.size(); ++rank) {
            auto& p = *processes[rank];
            QVERIFY2(p.waitForFinished(300000), "a rank did not finish");
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                qPrintable(QStringLiteral("rank %1: %2").arg(rank).arg(QString::fromUtf8(p.readAllStandardError()))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::set_num_threads(1);
        if (!distributed::Communicator::hasGloo())
            QSKIP("this build has no Gloo (libgloo-dev was missing when it was configured): no CPU ranks to test");
    }

    void environmentErrorsNameTheVariable()
    {
        auto check = [](const QString& expected, const std::function<void()>& set) {
            for (const char* name : { "RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT", "HIERNET_DIST_TIMEOUT" })
                qunsetenv(name);
            set();
            const auto message = errorOf([] { distributed::LaunchEnvironment::fromEnvironment(); });
            for (const char* name : { "RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT", "HIERNET_DIST_TIMEOUT" })
                qunsetenv(name);
            QVERIFY2(message.contains(expected), qPrintable(message));
        };
        QVERIFY(!distributed::LaunchEnvironment::fromEnvironment()); // no WORLD_SIZE: one process
        auto good = [] {
            qputenv("WORLD_SIZE", "2");
            qputenv("RANK", "1");
            qputenv("MASTER_ADDR", "127.0.0.1");
            qputenv("MASTER_PORT", "29500");
        };
        check(QStringLiteral("RANK='2' is not a whole number in [0, 1]"), [&] {
            good();
            qputenv("RANK", "2");
        });
        check(QStringLiteral("RANK is not set"), [&] {
            good();
            qunsetenv("RANK");
        });
        check(QStringLiteral("WORLD_SIZE='two'"), [&] {
            good();
            qputenv("WORLD_SIZE", "two");
        });
        check(QStringLiteral("MASTER_PORT='70000'"), [&] {
            good();
            qputenv("MASTER_PORT", "70000");
        });
        check(QStringLiteral("MASTER_ADDR is not set"), [&] {
            good();
            qunsetenv("MASTER_ADDR");
        });
        check(QStringLiteral("LOCAL_RANK='-1'"), [&] {
            good();
            qputenv("LOCAL_RANK", "-1");
        });
        check(QStringLiteral("HIERNET_DIST_TIMEOUT='0'"), [&] {
            good();
            qputenv("HIERNET_DIST_TIMEOUT", "0");
        });
        good();
        const auto environment = distributed::LaunchEnvironment::fromEnvironment();
        for (const char* name : { "RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT" })
            qunsetenv(name);
        QVERIFY(environment);
        QCOMPARE(environment->rank, 1);
        QCOMPARE(environment->worldSize, 2);
        QCOMPARE(environment->localRank, 0);
    }

    void augmentationSharesMakeTheGlobalBatch()
    {
        const auto set = tiny::imageSet(1, 16);
        data::AugmentationOptions options;
        options.flip = true;
        options.maxShift = 0.25;
        const data::Preprocessor prep(set.images, options);
        const auto whole = prep.augment(set.images, 7, 3);
        const auto first = prep.augment(set.images.narrow(0, 0, 8), 7, 3, 0, 16);
        const auto second = prep.augment(set.images.narrow(0, 8, 8), 7, 3, 8, 16);
        QVERIFY(torch::equal(torch::cat({ first, second }), whole));
        QVERIFY(!torch::equal(prep.augment(set.images.narrow(0, 8, 8), 7, 3), second)); // its own draw differs
        QVERIFY(errorOf([&] {
            prep.augment(set.images.narrow(0, 8, 8), 7, 3, 12, 16);
        }).contains(QStringLiteral("images 12 to 20 of a draw for 16")));
    }

    void bucketsAverageTheGradients()
    {
        // Two ranks with half the batch each, buckets of 4 KiB: the mean of their gradients is the gradient
        // of the whole batch (the loss is a mean), the unused head's is zero.
        QTemporaryDir dir;
        WorkerJob job;
        job.model = QStringLiteral("reducer");
        runRanks(2, job, dir.path());
        const auto rank0 = training::loadTensors((dir.path() + QStringLiteral("/rank0.pt")).toStdString());
        const auto rank1 = training::loadTensors((dir.path() + QStringLiteral("/rank1.pt")).toStdString());
        const auto whole = reducedGradients(nullptr, 0, 1, 0);
        QVERIFY2(rank0.at("buckets").item<std::int64_t>() > 3, "the test should span several buckets");
        QCOMPARE(largestDifference(rank0, rank1), 0.0);
        bool sameNames = false;
        const double difference = largestDifference(whole, rank0, &sameNames);
        qInfo("largest gradient difference to one process: %g", difference);
        QVERIFY2(difference < 1e-6, qPrintable(QString::number(difference)));
        QCOMPARE(rank0.at("unused_head.weight").abs().sum().item<double>(), 0.0);
        // Not a vacuous comparison: one rank's own gradient differs from the mean.
        const auto alone = reducedGradients(nullptr, 0, 2, 0);
        QVERIFY(largestDifference(alone, rank0) > 1e-4);
    }

    void twoRanksTrainAsOneProcess_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("backbone") << QStringLiteral("backbone");
        QTest::newRow("hiernet with fused siblings") << QStringLiteral("hiernet");
    }

    void twoRanksTrainAsOneProcess()
    {
        // Synchronised batch norm: 2 ranks × 8 images train as one process with batches of 16 — the same
        // data order, augmentation and schedule.
        QFETCH(QString, model);
        QTemporaryDir dir;
        WorkerJob job;
        job.model = model;
        job.iterations = 10;
        job.syncBatchNorm = true;
        runRanks(2, job, dir.path());
        const auto rank0 = weightsOf(dir.path() + QStringLiteral("/rank0.pt"));
        const auto rank1 = weightsOf(dir.path() + QStringLiteral("/rank1.pt"));
        QCOMPARE(largestDifference(rank0, rank1), 0.0); // identical on both ranks
        WorkerJob alone = job;
        const auto single = trainTiny(alone);
        bool sameNames = false;
        const double difference = largestDifference(single, rank0, &sameNames);
        QVERIFY(sameNames);
        qInfo("largest weight difference to one process: %g", difference);
        QVERIFY2(difference < 2e-5, qPrintable(QStringLiteral("largest weight difference %1").arg(difference)));
        // The training moved the weights far more than that: the comparison can fail.
        const auto untrained = training::moduleState(tinyModel(model)->module());
        QVERIFY(largestDifference(untrained, single) > 100 * std::max(difference, 1e-6));
    }

    void perRankBatchNormKeepsRanksIdentical()
    {
        // As PyTorch DDP: each rank normalises its own 8 images. The ranks still hold the same weights and
        // (rank 0's, shared at each checkpoint) batch-norm statistics; the training differs from one process.
        QTemporaryDir dir;
        WorkerJob job;
        job.iterations = 10;
        job.syncBatchNorm = false;
        runRanks(2, job, dir.path());
        const auto rank0 = weightsOf(dir.path() + QStringLiteral("/rank0.pt"));
        const auto rank1 = weightsOf(dir.path() + QStringLiteral("/rank1.pt"));
        QCOMPARE(largestDifference(rank0, rank1), 0.0);
        const auto single = trainTiny(job);
        QVERIFY(largestDifference(single, rank0) > 1e-4);
    }

    void resumesWithAnotherProcessCount()
    {
        // 4 iterations in one process, then 6 more with 2 ranks from its checkpoint = 10 in one process.
        QTemporaryDir dir;
        WorkerJob job;
        job.iterations = 4;
        job.checkpoint = dir.path() + QStringLiteral("/checkpoint.pt");
        trainTiny(job);
        QCOMPARE(training::loadTensors(job.checkpoint.toStdString()).at("trainer.iteration").item<std::int64_t>(), 4);
        job.iterations = 10;
        runRanks(2, job, dir.path());
        const auto resumed = weightsOf(dir.path() + QStringLiteral("/rank1.pt"));
        QCOMPARE(training::loadTensors(job.checkpoint.toStdString()).at("trainer.iteration").item<std::int64_t>(), 10);
        WorkerJob straight;
        straight.iterations = 10;
        const auto single = trainTiny(straight);
        const double difference = largestDifference(single, resumed);
        qInfo("largest weight difference to one process: %g", difference);
        QVERIFY2(difference < 2e-5, qPrintable(QStringLiteral("largest weight difference %1").arg(difference)));
    }

    void divergenceStopsEveryRankAtTheSameIteration_data()
    {
        QTest::addColumn<bool>("syncBatchNorm");
        QTest::newRow("synchronised batch norm") << true;
        QTest::newRow("per-rank batch norm") << false;
    }

    void divergenceStopsEveryRankAtTheSameIteration()
    {
        QFETCH(bool, syncBatchNorm);
        // Whichever rank sees a non-finite loss first, all stop together (no rank left waiting in a
        // collective) and rank 0's last checkpoint is the last good one.
        QTemporaryDir dir;
        WorkerJob job;
        job.iterations = 40;
        job.syncBatchNorm = syncBatchNorm;
        job.diverge = true;
        job.checkpoint = dir.path() + QStringLiteral("/checkpoint.pt");
        job.checkpointEvery = 1;
        runRanks(2, job, dir.path());
        const auto rank0 = training::loadTensors((dir.path() + QStringLiteral("/rank0.pt")).toStdString());
        const auto rank1 = training::loadTensors((dir.path() + QStringLiteral("/rank1.pt")).toStdString());
        QCOMPARE(rank0.at("result.outcome").item<std::int64_t>(), std::int64_t(training::TrainingOutcome::Diverged));
        QCOMPARE(rank1.at("result.outcome").item<std::int64_t>(), std::int64_t(training::TrainingOutcome::Diverged));
        QCOMPARE(rank1.at("result.iteration").item<std::int64_t>(), rank0.at("result.iteration").item<std::int64_t>());
        QVERIFY(rank0.at("result.iteration").item<std::int64_t>() < 40);
        const auto saved = training::loadTensors(job.checkpoint.toStdString());
        QVERIFY(saved.at("trainer.iteration").item<std::int64_t>() <= rank0.at("result.iteration").item<std::int64_t>());
        for (const auto& [name, tensor] : saved)
            if (tensor.is_floating_point())
                QVERIFY2(torch::isfinite(tensor).all().item<bool>(), name.c_str());
    }

    void killedRankStopsTheOtherAndKeepsTheCheckpoint()
    {
        QTemporaryDir dir;
        WorkerJob job;
        job.iterations = 1000000; // far longer than the test: it ends by the kill
        job.checkpoint = dir.path() + QStringLiteral("/checkpoint.pt");
        job.checkpointEvery = 4;
        auto processes = startRanks(2, job, dir.path());
        // Wait (without a clock: the file appears when it appears) for rank 0's first checkpoints.
        int polls = 0;
        while (!QFile::exists(job.checkpoint)
            || training::loadTensors(job.checkpoint.toStdString()).at("trainer.iteration").item<std::int64_t>() < 8) {
            if (processes[0]->state() != QProcess::Running) {
                processes[1]->kill();
                QFAIL(qPrintable(QString::fromUtf8(processes[0]->readAllStandardError())));
            }
            QTest::qWait(50);
            QVERIFY2(++polls < 6000, "no checkpoint within 5 minutes");
        }
        ::kill(pid_t(processes[1]->processId()), SIGKILL);
        processes[1]->waitForFinished();
        if (!processes[0]->waitForFinished(300000)) {
            processes[0]->kill();
            QFAIL("rank 0 went on without rank 1");
        }
        QCOMPARE(processes[0]->exitStatus(), QProcess::NormalExit);
        QCOMPARE(processes[0]->exitCode(), 1);
        const auto error = QString::fromUtf8(processes[0]->readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("rank 0 of 2"))
                && error.contains(QStringLiteral("another rank stopped or cannot be reached")),
            qPrintable(error));
        // The last checkpoint loads into the model and says where training was.
        const auto state = training::loadTensors(job.checkpoint.toStdString());
        QVERIFY(state.at("trainer.iteration").item<std::int64_t>() >= 8);
        QVERIFY(state.at("trainer.iteration").item<std::int64_t>() % 4 == 0);
        auto model = tinyModel(QStringLiteral("backbone"));
        training::loadModuleState(model->module(), state, job.checkpoint.toStdString());
    }
};

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("HIERNET_TEST_WORKER"))
        return runWorker();
    QCoreApplication app(argc, argv);
    TestDataParallel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_data_parallel.moc"

// Run directories and whole backbone runs on a tiny IDX dataset: files, cancel/resume, CPM, bad runs.
#include "Fixtures.h"

#include "grouping/Cpm.h"
#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "runs/RunDirectory.h"
#include "training/Checkpoint.h"
#include "runs/MetricsFile.h"
#include "runs/RunInfo.h"
#include "runs/CheckpointStamp.h"
#include "runs/EvalFile.h"
#include "runs/RunFolder.h"
#include "ErrorMessage.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

#include <fstream>

using namespace hiernet;
using namespace hiernet::runs;

namespace {

BackboneRunConfig tinyRun(const std::string& datasetDir)
{
    BackboneRunConfig c;
    c.dataset = "idx:" + datasetDir;
    c.n = 1;
    c.trainer.schedule = "custom";
    c.trainer.boundaries = {};
    c.trainer.rates = { 0.02 };
    c.trainer.iterations = 8;
    c.trainer.batchSize = 10;
    c.trainer.device = "cpu";
    c.trainer.logEvery = 2;
    return c;
}

} // namespace

class TestRuns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void runDirectoryFiles()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("a/b").toStdString();
        auto run = RunDirectory::create(path, "backbone", { { "config", { { "x", 1 } } } });
        QCOMPARE(run.status(), std::string("created"));
        run.appendMetric({ { "type", "train" }, { "iteration", 1 } });
        run.appendMetric({ { "type", "val" }, { "iteration", 2 } });
        run.setStatus("running");
        QCOMPARE(RunDirectory::open(path).status(), std::string("running"));
        // A writer mid-append leaves a half line: readers skip it.
        std::ofstream(run.file("metrics.jsonl"), std::ios::app) << "{\"type\":\"tr";
        QCOMPARE(readMetrics(run.file("metrics.jsonl")).size(), std::size_t(2));
        QVERIFY(errorOf([&] { RunDirectory::create(path, "backbone", {}); }).contains("already holds a run"));
    }

    void unreadableRunDirectories()
    {
        QTemporaryDir dir;
        const auto path = dir.path().toStdString();
        QVERIFY(errorOf([&] { RunDirectory::open(path + "/missing"); }).contains("run directory not found"));
        QVERIFY(errorOf([&] { RunDirectory::open(path); }).contains("run.json: not found"));
        std::ofstream(path + "/run.json") << "{ broken";
        QVERIFY(errorOf([&] { RunDirectory::open(path); }).contains("run.json: not valid JSON"));
        std::ofstream(path + "/run.json")
            << R"({"kind":"backbone","config":{"dataset":"fashion-mnist","arch":"resnet","n":1,"trainer":{}}})";
        QVERIFY(errorOf([&] { loadBackboneRun(path, "cpu"); }).contains("checkpoint.pt: checkpoint not found"));
        QVERIFY(errorOf([&] { BackboneTrainingJob::resume(path); }).contains("no checkpoint to resume from"));
    }

    // A write that fails for real — the file made a link to /dev/full, whose writes fail with ENOSPC as
    // on a full disk — stops the run with an error naming the file and the cause; the checkpoint and
    // run.json saved before stay whole and loadable.
    void aFailedWriteStopsTheRunAndKeepsWhatWasSaved_data()
    {
        QTest::addColumn<QString>("sabotaged"); // the file made to fail
        QTest::addColumn<QString>("named"); // the file the error names
        QTest::newRow("checkpoint") << "checkpoint.pt.tmp"
                                    << "checkpoint.pt";
        QTest::newRow("run.json") << "run.json.tmp"
                                  << "run.json";
        QTest::newRow("metrics") << "metrics.jsonl"
                                 << "metrics.jsonl";
    }

    void aFailedWriteStopsTheRunAndKeepsWhatWasSaved()
    {
        QFETCH(QString, sabotaged);
        QFETCH(QString, named);
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("this machine has no /dev/full");
        QTemporaryDir data, out;
        fixtures::writeIdxDataset(data.path().toStdString(), 3, 10, 6, false);
        const QString runPath = out.filePath(QStringLiteral("run"));
        auto config = tinyRun(data.path().toStdString());
        config.trainer.checkpointEvery = 2;
        BackboneTrainingJob job(runPath.toStdString(), config);
        bool armed = false;
        job.onProgress = [&](const training::TrainingProgress& p) {
            if (p.iteration < 4 || armed) // after the checkpoint at iteration 2
                return;
            armed = true;
            const QString file = runPath + QLatin1Char('/') + sabotaged;
            QFile::remove(file); // metrics.jsonl: its lines so far are the test's to lose
            QVERIFY(QFile::link(QStringLiteral("/dev/full"), file));
        };
        const QString error = errorOf([&] { job.run(); });
        QVERIFY(armed);
        qInfo("%s", qPrintable(error));
        QVERIFY2(error.contains(runPath + QLatin1Char('/') + named) && error.contains(QStringLiteral("No space left on device")),
            qPrintable(error));
        const auto run = RunDirectory::open(runPath.toStdString());
        const auto state = training::loadTensors(run.checkpointPath());
        const auto saved = state.at("trainer.iteration").item<std::int64_t>();
        QVERIFY2(saved >= 2 && saved < 8, qPrintable(QString::number(saved)));
        if (named != QLatin1String("run.json")) {
            QCOMPARE(run.status(), std::string("failed"));
            QVERIFY(QString::fromStdString(run.info().value("message", "")).contains(named));
            QCOMPARE(run.info().value("checkpoint_iteration", std::int64_t(-1)), saved);
        }
    }

    void wholeRunCancelResumeAndCpm()
    {
        QTemporaryDir data, out;
        fixtures::writeIdxDataset(data.path().toStdString(), 3, 10, 6, true);
        fixtures::writeText(data.path().toStdString() + "/classes.txt", "red\ngreen\nblue\n");
        const auto runPath = out.filePath("run").toStdString();

        BackboneTrainingJob job(runPath, tinyRun(data.path().toStdString()));
        job.onProgress = [&](const training::TrainingProgress& p) {
            if (p.iteration >= 4)
                job.requestCancel();
        };
        const auto stopped = job.run();
        QCOMPARE(int(stopped.outcome), int(training::TrainingOutcome::Cancelled));
        auto run = RunDirectory::open(runPath);
        QCOMPARE(run.status(), std::string("cancelled"));
        QCOMPARE(run.info()["checkpoint_iteration"].get<int>(), 4);
        QCOMPARE(run.info()["libtorch"].get<std::string>().empty(), false);
        QCOMPARE(run.info()["dataset"]["classes"].size(), std::size_t(3));

        auto resumed = BackboneTrainingJob::resume(runPath);
        QCOMPARE(int(resumed->run().outcome), int(training::TrainingOutcome::Finished));
        run = RunDirectory::open(runPath);
        QCOMPARE(run.status(), std::string("finished"));
        const auto metrics = readMetrics(run.file("metrics.jsonl"));
        QVERIFY(metrics.size() >= 4);
        QCOMPARE(metrics.back()["type"].get<std::string>(), std::string("val"));
        QCOMPARE(metrics.back()["iteration"].get<int>(), 8);

        // cpm.json is what the grouping reads, rows sum to 1, and re-evaluation agrees with it.
        const auto cpm = grouping::loadCpm(run.file("cpm.json"));
        QCOMPARE(cpm.classes, (std::vector<std::string> { "red", "green", "blue" }));
        for (int i = 0; i < 3; ++i) {
            double sum = 0;
            for (int j = 0; j < 3; ++j)
                sum += cpm.at(i, j);
            QVERIFY(qAbs(sum - 1) < 1e-6);
        }
        auto loaded = loadBackboneRun(runPath, "cpu");
        const auto val = evaluateBackboneRun(loaded, data::Split::Val, false);
        QCOMPARE(val.top1, run.info()["val_top1"].get<double>());
        const auto test = evaluateBackboneRun(loaded, data::Split::Test, true);
        QCOMPARE(test.count, std::int64_t(9));
        QVERIFY(run.readJson("eval.json").contains("test"));

        QVERIFY(
            errorOf([&] { BackboneTrainingJob(runPath, tinyRun(data.path().toStdString())); }).contains("already holds a run"));

        // The typed view lists and pages read: run.json and the metric lines.
        const auto info = readRunInfo(runPath);
        QVERIFY(info.has_value());
        QCOMPARE(info->kind, std::string("backbone"));
        QCOMPARE(info->status, std::string("finished"));
        QCOMPARE(info->modelName(), std::string("resnet-8"));
        QCOMPARE(info->classes.size(), std::size_t(3));
        QCOMPARE(info->batchSize, 10);
        QCOMPARE(info->totalIterations, std::int64_t(8));
        QCOMPARE(info->validationAccuracy().value(), run.info()["val_top1"].get<double>());
        MetricsTail tail(run.file("metrics.jsonl"));
        const auto lines = tail.readNew().lines;
        QCOMPARE(lines.size(), metrics.size());
        QCOMPARE(int(lines.back().type), int(MetricLine::Type::Validation));
        QCOMPARE(lines.back().accuracy, metrics.back()["accuracy"].get<double>());
        QCOMPARE(lines.front().loss, metrics.front()["loss"].get<double>());

        // A HierNet run continuing this backbone takes its data, split, blocks and the paper's layout.
        const auto hiernet = HierNetRunConfig::continuing(runPath);
        QCOMPARE(hiernet.dataset, tinyRun(data.path().toStdString()).dataset);
        QCOMPARE(hiernet.n, 1);
        QCOMPARE(hiernet.backboneRun, runPath);
        // Given relative to the working directory, the backbone is recorded absolute: the studio, started
        // elsewhere, still finds it.
        const auto here = std::filesystem::current_path();
        std::filesystem::current_path(std::filesystem::path(runPath).parent_path());
        const auto relative = HierNetRunConfig::continuing(std::filesystem::path(runPath).filename().string());
        std::filesystem::current_path(here);
        QCOMPARE(relative.backboneRun, runPath);
        QCOMPARE(hiernet.layout.splitPoints, models::TreeLayout::paperDefaults(models::BlockKind::ResNet, 1).splitPoints);
    }

    void metricsTailReadsWholeLinesOnly()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("metrics.jsonl").toStdString();
        MetricsTail tail(path);
        QVERIFY(tail.readNew().lines.empty()); // no file yet
        auto append = [&](const std::string& text) { std::ofstream(path, std::ios::app) << text; };
        append("{\"type\":\"train\",\"iteration\":20,\"loss\":1.5,\"device_memory_bytes\":1024}\n{\"type\":\"val\",\"itera");
        auto chunk = tail.readNew();
        QCOMPARE(chunk.lines.size(), std::size_t(1)); // the half-written line waits
        QCOMPARE(chunk.lines[0].iteration, std::int64_t(20));
        QCOMPARE(chunk.lines[0].deviceMemoryBytes, 1024.0);
        append("tion\":20,\"conditional_accuracy\":0.5,\"routing_accuracy\":0.25,\"node_accuracy\":{\"root\":0.75}}\n");
        chunk = tail.readNew();
        QCOMPARE(chunk.lines.size(), std::size_t(1));
        QCOMPARE(chunk.lines[0].routingAccuracy.value(), 0.25);
        QCOMPARE(chunk.lines[0].nodeAccuracy.size(), std::size_t(1));
        QCOMPARE(chunk.lines[0].nodeAccuracy[0].second, 0.75);
        append("[1,2]\n\n{\"type\":\"train\",\"iteration\":40,\"phase\":\"root\"}\n");
        chunk = tail.readNew();
        QCOMPARE(chunk.problems.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(chunk.problems[0]).contains("line 3: not a JSON object"), chunk.problems[0].c_str());
        QCOMPARE(chunk.lines.size(), std::size_t(1));
        QCOMPARE(chunk.lines[0].phase, std::string("root"));
        QCOMPARE(tail.linesRead(), std::int64_t(5));
        std::ofstream(path, std::ios::trunc) << "{\"type\":\"train\",\"iteration\":1}\n"; // rewritten, shorter
        chunk = tail.readNew();
        QVERIFY(chunk.restarted);
        QCOMPARE(chunk.lines.size(), std::size_t(1));
        QCOMPARE(chunk.lines[0].iteration, std::int64_t(1));

        // run.json that is missing, broken or partial.
        QVERIFY(!readRunInfo(dir.path().toStdString()).has_value());
        std::ofstream(dir.filePath("run.json").toStdString()) << "{ broken";
        QVERIFY(!readRunInfo(dir.path().toStdString()).has_value());
        std::ofstream(dir.filePath("run.json").toStdString())
            << R"({"kind":"hiernet","status":"running","val_routing_top1":"n/a"})";
        const auto partial = readRunInfo(dir.path().toStdString());
        QVERIFY(partial.has_value());
        QCOMPARE(partial->kind, std::string("hiernet"));
        QVERIFY(!partial->validationAccuracy().has_value()); // a field of another type reads as absent
        QCOMPARE(partial->modelName(), std::string());
    }

    void badJobOptionsWriteNothing()
    {
        QTemporaryDir out;
        auto config = tinyRun("/nonexistent");
        config.n = 4;
        const auto path = out.filePath("bad").toStdString();
        QVERIFY(errorOf([&] { BackboneTrainingJob(path, config); }).contains("n = 4"));
        config.n = 1;
        BackboneTrainingJob job(path, config);
        QVERIFY(errorOf([&] { job.run(); }).contains("/nonexistent"));
        QVERIFY(!QFile::exists(out.filePath("bad/run.json")));
    }

    // eval.json has one writer path: a split's entry replaces that entry only; a damaged file is written anew.
    void evalFileKeepsTheOtherSplit()
    {
        QTemporaryDir dir;
        const EvalFile eval(dir.filePath("eval.json").toStdString());
        QVERIFY(eval.read().empty());
        QVERIFY(!eval.number("val", "top1"));
        eval.store("val", { { "top1", 0.5 } });
        eval.store("test", { { "top1", 0.25 } });
        eval.store("val", { { "top1", 0.75 }, { "count", 10 } });
        QCOMPARE(*eval.number("val", "top1"), 0.75);
        QCOMPARE(*eval.number("test", "top1"), 0.25);
        QCOMPARE(eval.split("val").value("count", 0), 10);
        std::ofstream(eval.path()) << "{ damaged";
        QVERIFY(eval.read().empty());
        eval.store("test", { { "top1", 0.1 } });
        QCOMPARE(*eval.number("test", "top1"), 0.1);
        QVERIFY(!eval.number("val", "top1"));
    }

    // A cached result is tied to the weights: another size, time or recorded iteration is another stamp.
    void checkpointStampFollowsTheFile()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("checkpoint.pt").toStdString();
        const auto missing = CheckpointStamp::of(path, -1);
        QCOMPARE(missing.bytes, std::uintmax_t(0));
        std::ofstream(path) << "four";
        const auto first = CheckpointStamp::of(path, 4);
        QCOMPARE(first.bytes, std::uintmax_t(4));
        QVERIFY(first != missing);
        QVERIFY(first == CheckpointStamp::of(path, 4));
        QVERIFY(first != CheckpointStamp::of(path, 8));
        std::ofstream(path) << "eight!!!";
        QVERIFY(first != CheckpointStamp::of(path, 4));
        QVERIFY(first.toJson().contains("checkpoint_bytes") && !first.toJson().contains("path"));
        QVERIFY(first.key() != CheckpointStamp::of(path, 8).key());
    }

    // A run folder: run.json read once into the summary and the typed configuration; errors name the file; the
    // same-budget baseline is found beside the run (where `reproduce` puts it) or among siblings.
    void runFolderReadsOnceAndFindsItsRelatives()
    {
        QTemporaryDir dir;
        const auto root = dir.path().toStdString();
        QVERIFY(errorOf([&] { RunFolder::open(root + "/none"); }).contains("run directory not found"));
        QVERIFY(errorOf([&] { RunFolder::open(root); }).contains("run.json: not found"));
        nlohmann::json backbone = { { "kind", "backbone" }, { "status", "finished" }, { "total_iterations", 100 },
            { "config",
                { { "dataset", "idx:x" }, { "arch", "resnet" }, { "n", 1 }, { "trainer", { { "schedule", "quick" } } } } } };
        RunDirectory::create(root + "/backbone", "backbone", backbone).setStatus("finished");
        nlohmann::json hiernet = { { "total_iterations", 30 },
            { "config",
                { { "dataset", "idx:x" }, { "arch", "resnet" }, { "n", 1 },
                    { "layout", { { "split_points", { 1 } }, { "additional_blocks", { 1 } } } },
                    { "backbone_run", root + "/backbone" }, { "root_pretrain_iterations", 10 },
                    { "trainer", nlohmann::json::object() } } } };
        RunDirectory::create(root + "/hiernet", "hiernet", hiernet).setStatus("finished");
        nlohmann::json same = backbone;
        same["total_iterations"] = 40; // 30 + 10 of root pre-training
        same["config"]["continue_from"] = root + "/backbone";
        RunDirectory::create(root + "/backbone-same-budget", "backbone", same);
        same["total_iterations"] = 30; // another budget: not the baseline
        RunDirectory::create(root + "/backbone-shorter", "backbone", same);

        const auto folder = RunFolder::open(root + "/hiernet");
        QVERIFY(folder.isHierNet());
        QCOMPARE(folder.hierNetConfig().rootPretrainIterations, std::int64_t(10));
        QCOMPARE(folder.hierNetConfig().layout.splitPoints, std::vector<int> { 1 });
        QCOMPARE(folder.info().backboneRun, root + "/backbone");
        QCOMPARE(folder.stamp(), runFileStamp(root + "/hiernet"));
        QVERIFY(errorOf([&] { folder.backboneConfig(); }).contains("not a backbone run"));
        QCOMPARE(folder.configJson().at("root_pretrain_iterations").get<int>(), 10);
        const auto transferred = folder.transferredBackbone();
        QVERIFY(transferred && transferred->isBackbone());
        const auto baseline = folder.sameBudgetBaseline();
        QVERIFY(baseline);
        QCOMPARE(QString::fromStdString(baseline->directory()), QString::fromStdString(root + "/backbone-same-budget"));
        QVERIFY(!RunFolder::open(root + "/backbone").sameBudgetBaseline()); // a backbone has none
        std::filesystem::rename(root + "/backbone-same-budget", root + "/elsewhere"); // a sibling of any name
        QCOMPARE(QString::fromStdString(folder.sameBudgetBaseline()->directory()), QString::fromStdString(root + "/elsewhere"));
        std::string why;
        std::filesystem::remove_all(root + "/backbone");
        QVERIFY(!folder.transferredBackbone(&why));
        QVERIFY2(QString::fromStdString(why).contains("run directory not found"), why.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRuns)
#include "tst_runs.moc"

// Run directories and whole backbone runs on a tiny IDX dataset: files, cancel/resume, CPM, bad runs.
#include "Fixtures.h"

#include "grouping/Cpm.h"
#include "runs/BackboneRun.h"
#include "runs/RunDirectory.h"
#include "ErrorMessage.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>

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
    c.trainer.rates = {0.02};
    c.trainer.iterations = 8;
    c.trainer.batchSize = 10;
    c.trainer.device = "cpu";
    c.trainer.logEvery = 2;
    return c;
}

} // namespace

class TestRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runDirectoryFiles()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath("a/b").toStdString();
        auto run = RunDirectory::create(path, "backbone", {{"config", {{"x", 1}}}});
        QCOMPARE(run.status(), std::string("created"));
        run.appendMetric({{"type", "train"}, {"iteration", 1}});
        run.appendMetric({{"type", "val"}, {"iteration", 2}});
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
        std::ofstream(path + "/run.json") << R"({"kind":"backbone","config":{"dataset":"fashion-mnist","arch":"resnet","n":1,"trainer":{}}})";
        QVERIFY(errorOf([&] { loadBackboneRun(path, "cpu"); }).contains("checkpoint.pt: checkpoint not found"));
        QVERIFY(errorOf([&] { BackboneTrainingJob::resume(path); }).contains("no checkpoint to resume from"));
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
        QCOMPARE(cpm.classes, (std::vector<std::string>{"red", "green", "blue"}));
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

        QVERIFY(errorOf([&] { BackboneTrainingJob(runPath, tinyRun(data.path().toStdString())); }).contains("already holds a run"));
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
};

QTEST_GUILESS_MAIN(TestRuns)
#include "tst_runs.moc"

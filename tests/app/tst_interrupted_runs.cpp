// A run killed with SIGKILL — mid-epoch, or in the middle of a checkpoint write — reads as
// "interrupted" (not "running"), stays readable and consistent, resumes, and ends with exactly the
// weights and metrics of a run that was never interrupted (bit for bit on the CPU). While its writer is
// alive, a second process cannot resume it. A run stopped by SIGINT, SIGTERM, SIGHUP or SIGUSR1 writes a
// checkpoint at the step it stopped at, says "cancelled" and resumes the same way.
#include "Fixtures.h"
#include "distributed/Communicator.h"
#include "runs/RunDirectory.h"
#include "runs/RunInfo.h"
#include "training/Checkpoint.h"

#include <nlohmann/json.hpp>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <signal.h>

using namespace hiernet;

namespace {

QString runStatus(const QString& dir)
{
    const auto info = runs::readRunInfo(dir.toStdString());
    return info ? QString::fromStdString(info->status) : QStringLiteral("(unreadable)");
}

std::int64_t checkpointIteration(const QString& dir)
{
    return runs::RunDirectory::open(dir.toStdString()).info().value("checkpoint_iteration", std::int64_t(-1));
}

/// The train lines of metrics.jsonl as (iteration, loss).
QList<QPair<std::int64_t, double>> trainLines(const QString& dir)
{
    QList<QPair<std::int64_t, double>> lines;
    for (const auto& line : runs::readMetrics(dir.toStdString() + "/metrics.jsonl"))
        if (line.value("type", "") == "train")
            lines.append({ line.at("iteration").get<std::int64_t>(), line.at("loss").get<double>() });
    return lines;
}

} // namespace

class TestInterruptedRuns : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_reference; ///< 80 iterations, never interrupted
    QString m_longReference; ///< 160 iterations: time for a signal to arrive mid-run on a loaded machine

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QStringList trainArgs(const QString& out, int iterations = 80) const
    {
        return { QStringLiteral("train-backbone"), QStringLiteral("--data"),
            QStringLiteral("idx:") + path(QStringLiteral("data")), QStringLiteral("--arch"), QStringLiteral("resnet"),
            QStringLiteral("--n"), QStringLiteral("1"), QStringLiteral("--iterations"), QString::number(iterations),
            QStringLiteral("--batch"), QStringLiteral("16"), QStringLiteral("--checkpoint-every"), QStringLiteral("10"),
            QStringLiteral("--validate-every"), QStringLiteral("40"), QStringLiteral("--device"), QStringLiteral("cpu"),
            QStringLiteral("--out"), out };
    }

    int runToEnd(const QStringList& args, QString* errors = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(HIERNET_CLI), args);
        process.waitForFinished(300000);
        if (errors)
            *errors = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

    /// What every interrupted run must be: readable, "interrupted", its checkpoint loadable and the one
    /// run.json names, its metrics whole lines.
    void checkInterrupted(const QString& dir)
    {
        QCOMPARE(runStatus(dir), QStringLiteral("interrupted"));
        // run.json names the checkpoint, or lags one checkpoint behind it: a kill can land between the
        // checkpoint's rename and run.json's update. A resume goes by the checkpoint and puts run.json right.
        const auto state = training::loadTensors(dir.toStdString() + "/checkpoint.pt");
        const auto stored = state.at("trainer.iteration").item<std::int64_t>();
        QVERIFY2(stored == checkpointIteration(dir) || stored == checkpointIteration(dir) + 10,
            qPrintable(QStringLiteral("checkpoint at %1, run.json says %2").arg(stored).arg(checkpointIteration(dir))));
        QVERIFY(!trainLines(dir).isEmpty());
        QString listing;
        QProcess runs;
        runs.start(QStringLiteral(HIERNET_CLI), { QStringLiteral("runs"), QFileInfo(dir).path() });
        QVERIFY(runs.waitForFinished(60000));
        listing = QString::fromUtf8(runs.readAllStandardOutput());
        const auto row = listing.split(QLatin1Char('\n')).filter(QFileInfo(dir).fileName());
        QVERIFY2(row.size() == 1 && row[0].contains(QStringLiteral(" interrupted ")), qPrintable(listing));
    }

    /// Resumed to the end, the run equals the uninterrupted reference: every weight, BN statistic and
    /// momentum buffer bit for bit, and the same train lines (no line twice, none missing).
    void resumeAndCompare(const QString& dir) { resumeAndCompare(dir, m_reference); }
    void resumeAndCompare(const QString& dir, const QString& referenceDir)
    {
        const std::int64_t resumedAt
            = training::loadTensors(dir.toStdString() + "/checkpoint.pt").at("trainer.iteration").item<std::int64_t>();
        QString errors;
        QCOMPARE(runToEnd({ QStringLiteral("train-backbone"), QStringLiteral("--resume"), dir }, &errors), 0);
        QCOMPARE(runStatus(dir), QStringLiteral("finished"));
        const auto resumed = training::loadTensors(dir.toStdString() + "/checkpoint.pt");
        const auto reference = training::loadTensors(referenceDir.toStdString() + "/checkpoint.pt");
        QCOMPARE(resumed.size(), reference.size());
        for (const auto& [name, tensor] : reference)
            QVERIFY2(torch::equal(resumed.at(name), tensor), name.c_str());
        // The same train lines, none twice and none missing. A line's loss averages the iterations since the
        // previous line, so the first line after the resume point averages fewer; from the next one on they match.
        const auto lines = trainLines(dir), expected = trainLines(referenceDir);
        QCOMPARE(lines.size(), expected.size());
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines[i].first, expected[i].first);
            if (lines[i].first - 20 >= resumedAt || lines[i].first <= resumedAt)
                QCOMPARE(lines[i].second, expected[i].second);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(path(QStringLiteral("data")));
        QDir().mkpath(path(QStringLiteral("runs")));
        fixtures::writeIdxDataset(path(QStringLiteral("data")).toStdString(), 10, 30, 8, false);
        m_reference = path(QStringLiteral("runs/reference"));
        QCOMPARE(runToEnd(trainArgs(m_reference)), 0);
        QCOMPARE(trainLines(m_reference).size(), 4); // every 20 iterations
        m_longReference = path(QStringLiteral("runs/long-reference"));
        QCOMPARE(runToEnd(trainArgs(m_longReference, 160)), 0);
    }

    void killedMidEpoch()
    {
        const QString dir = path(QStringLiteral("runs/mid-epoch"));
        QProcess process;
        process.start(QStringLiteral(HIERNET_CLI), trainArgs(dir));
        // Past the second checkpoint and the second train line, before the end.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(dir + QStringLiteral("/run.json")) && checkpointIteration(dir) >= 30 && trainLines(dir).size() >= 2,
            120000);
        QCOMPARE(runStatus(dir), QStringLiteral("running"));
        process.kill(); // SIGKILL: no handler runs
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(checkpointIteration(dir) < 80);
        checkInterrupted(dir);
        resumeAndCompare(dir);
    }

    void killedDuringACheckpointWrite()
    {
        const QString dir = path(QStringLiteral("runs/in-checkpoint-write"));
        const QString marker = path(QStringLiteral("held"));
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        // The third checkpoint write (iteration 30) stops after its temporary file, before the rename.
        environment.insert(QStringLiteral("HIERNET_TEST_HOLD_WRITE"), QStringLiteral("checkpoint.pt:%1:3").arg(marker));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HIERNET_CLI), trainArgs(dir));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 120000);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/checkpoint.pt.tmp")));

        // Alive (held): "running", and no second process may resume it.
        QCOMPARE(runStatus(dir), QStringLiteral("running"));
        QString errors;
        QCOMPARE(runToEnd({ QStringLiteral("train-backbone"), QStringLiteral("--resume"), dir }, &errors), 1);
        QVERIFY2(errors.contains(QStringLiteral("is being trained by process %1").arg(process.processId())), qPrintable(errors));

        process.kill();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(checkpointIteration(dir), std::int64_t(20)); // the previous checkpoint, whole
        checkInterrupted(dir);
        resumeAndCompare(dir);
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/checkpoint.pt.tmp"))); // the next write replaced it
    }

    // SIGINT, SIGTERM (systemd, Docker, Kubernetes, Slurm), SIGHUP (a closed terminal) and SIGUSR1 (Slurm's
    // --signal warning): the step in flight, a checkpoint at that step, run.json "cancelled" naming the signal,
    // exit status 128 + the signal; resumed, the run ends bit for bit where the uninterrupted one ends.
    void stoppedBySignal_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGINT") << int(SIGINT) << "SIGINT";
        QTest::newRow("SIGTERM") << int(SIGTERM) << "SIGTERM";
        QTest::newRow("SIGHUP") << int(SIGHUP) << "SIGHUP";
        QTest::newRow("SIGUSR1") << int(SIGUSR1) << "SIGUSR1";
    }

    void stoppedBySignal()
    {
        QFETCH(int, signal);
        QFETCH(QString, name);
        const QString dir = path(QStringLiteral("runs/signal-") + name);
        QProcess process;
        process.start(QStringLiteral(HIERNET_CLI), trainArgs(dir, 160));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir + QStringLiteral("/run.json")) && !trainLines(dir).isEmpty(), 120000);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 128 + signal);
        const auto run = runs::RunDirectory::open(dir.toStdString());
        QCOMPARE(QString::fromStdString(run.status()), QStringLiteral("cancelled"));
        const auto message = QString::fromStdString(run.info().value("message", std::string()));
        QVERIFY2(message.contains(QStringLiteral("stopped by ") + name), qPrintable(message));
        // The checkpoint is the step the signal stopped at (not only the last periodic one), and run.json names it.
        const auto stored
            = training::loadTensors(dir.toStdString() + "/checkpoint.pt").at("trainer.iteration").item<std::int64_t>();
        QCOMPARE(checkpointIteration(dir), stored);
        QVERIFY2(message.contains(QStringLiteral("at iteration %1").arg(stored)), qPrintable(message));
        QVERIFY(stored >= 20 && stored < 160);
        resumeAndCompare(dir, m_longReference);
    }

    // The launcher of `--nproc 2` passes a SIGTERM sent to it alone on to its ranks: they stop together with a
    // checkpoint, and it exits 143.
    void dataParallelRunStopsOnSigterm()
    {
        if (!distributed::Communicator::hasGloo())
            QSKIP("this build has no Gloo: no CPU ranks");
        const QString dir = path(QStringLiteral("runs/signal-nproc"));
        QProcess process;
        process.start(QStringLiteral(HIERNET_CLI), trainArgs(dir, 160) << QStringLiteral("--nproc") << QStringLiteral("2"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(dir + QStringLiteral("/run.json")) && !trainLines(dir).isEmpty(), 180000);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 128 + SIGTERM);
        QCOMPARE(runStatus(dir), QStringLiteral("cancelled"));
        QVERIFY(QString::fromStdString(runs::RunDirectory::open(dir.toStdString()).info().value("message", std::string()))
                    .contains(QStringLiteral("SIGTERM")));
        QVERIFY(checkpointIteration(dir) >= 20);
    }
};

QTEST_GUILESS_MAIN(TestInterruptedRuns)
#include "tst_interrupted_runs.moc"

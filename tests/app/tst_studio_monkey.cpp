// The studio under a random user's hands (issue #35): a seeded walk of clicks, double clicks, drags, wheel turns,
// keys, menu actions, page switches, runs and datasets opened (a backbone, a HierNet, a folder that is no run, a
// dataset that does not load) and short trainings started and stopped by the buttons the walk hits — then the
// window closed while something may still train. It fails on a crash, on any Qt warning (a deleted object, a
// cross-thread timer, a bad connection) and on the window not closing cleanly; it reports the events, the dialogs
// dismissed and the longest GUI-thread stall outside modal dialogs (not asserted: nothing here waits on speed).
//   HIERNET_MONKEY_SEED (default 1), HIERNET_MONKEY_EVENTS (default 300); packaging/monkey.sh runs thousands under ASan.
#include "Fixtures.h"
#include "StudioMonkey.h"
#include "StudioTestSetup.h"

#include "runs/BackboneRun.h"
#include "runs/HierNetRun.h"
#include "grouping/Hierarchy.h"
#include "data/Dataset.h"
#include "studio/training/BackbonePage.h"
#include "studio/training/HierNetPage.h"
#include "studio/window/MainWindow.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;

class TestStudioMonkey : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    /// The benign messages of the offscreen platform; every other warning is a finding.
    static bool benign(const QString& message)
    {
        return message.startsWith(QStringLiteral("This plugin does not support"))
            || message.contains(QStringLiteral("XDG_RUNTIME_DIR"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateStudioSettings(path("runs"));
        QDir().mkpath(path("runs"));
        QDir().mkpath(path("data"));
        const auto data = path("data").toStdString();
        fixtures::writeIdxDataset(data, 10, 12, 12, false);
        studio::settings::lastDataset.setValue(QStringLiteral("idx:") + path("data"));
        runs::BackboneRunConfig backbone;
        backbone.dataset = "idx:" + data;
        backbone.trainer.iterations = 20;
        backbone.trainer.batchSize = 32;
        backbone.trainer.device = "cpu";
        QCOMPARE(int(runs::BackboneTrainingJob(path("backbone").toStdString(), backbone).run().outcome),
            int(training::TrainingOutcome::Finished));
        const auto classes = data::loadDataset(backbone.dataset).classNames;
        const auto hierarchy = grouping::Hierarchy::fromGroups(classes, { { 0, 6 }, { 1, 2, 3 }, { 4, 5, 7, 8, 9 } });
        runs::HierNetRunConfig config;
        config.dataset = backbone.dataset;
        config.layout = { { 1 }, { 1 } };
        config.backboneRun = path("backbone").toStdString();
        config.trainer = backbone.trainer;
        QCOMPARE(int(runs::HierNetTrainingJob(path("hiernet").toStdString(), config, hierarchy).run().outcome),
            int(training::TrainingOutcome::Finished));
        studio::settings::recentRuns.setValue({ path("hiernet"), path("backbone") });
    }

    void randomWalk()
    {
        const auto seed = qEnvironmentVariableIntValue("HIERNET_MONKEY_SEED");
        const int events
            = qEnvironmentVariableIsSet("HIERNET_MONKEY_EVENTS") ? qEnvironmentVariableIntValue("HIERNET_MONKEY_EVENTS") : 300;
        auto window = std::make_unique<studio::MainWindow>();
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Trainings the walk starts stay short: a few iterations of the tiny set.
        window->backbonePage()->setIterations(12);
        window->hierNetPage()->setIterations(12);

        StudioMonkey::Hooks hooks;
        hooks.pageIds = studio::MainWindow::pageIds();
        hooks.showPage = [&window](const QString& id) { window->showPage(id); };
        const auto open = [&window](const QString& folder) { return [&window, folder] { window->openRunFolder(folder); }; };
        const auto load = [&window](const QString& spec) { return [&window, spec] { window->openDataset(spec); }; };
        hooks.openings = { { QStringLiteral("the backbone run"), open(path("backbone")) },
            { QStringLiteral("the HierNet run"), open(path("hiernet")) },
            { QStringLiteral("a folder that is no run"), open(path("data")) },
            { QStringLiteral("the dataset"), load(QStringLiteral("idx:") + path("data")) },
            { QStringLiteral("a dataset that is not there"), load(QStringLiteral("cifar10:") + path("nowhere")) } };
        StudioMonkey monkey(*window, quint32(seed ? seed : 1), hooks);
        for (int i = 0; i < events; ++i)
            monkey.step();
        // Closing with a training perhaps running: the window asks, the walk answers "stop and keep the checkpoint".
        monkey.answerClosingWithStop();
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 60000);
        window.reset();
        QTest::qWait(50);

        const auto& report = monkey.report();
        // The runs the walk trained: one folder each in the runs folder (their run.json says how each ended).
        const auto trained = QDir(path("runs")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        qInfo().noquote() << QStringLiteral("monkey: seed %1, %2 events, %3 modal dialogs and %4 popups dismissed, %5 trainings "
                                            "started; longest GUI-thread stall outside modal dialogs %6 ms, at: %7")
                                 .arg(seed ? seed : 1)
                                 .arg(report.events)
                                 .arg(report.modalsDismissed)
                                 .arg(report.popupsDismissed)
                                 .arg(trained.size())
                                 .arg(report.longestStallMs)
                                 .arg(report.longestStallEvent);
        QStringList findings;
        for (const auto& w : report.warnings)
            if (!benign(w))
                findings << w;
        QVERIFY2(findings.isEmpty(),
            qPrintable(QStringLiteral("Qt warnings:\n  %1\nlast events:\n  %2")
                           .arg(findings.join(QStringLiteral("\n  ")), report.history.join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(TestStudioMonkey)
#include "tst_studio_monkey.moc"

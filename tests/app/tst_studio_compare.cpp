// The Compare page and the sweep queue (issue #32): a sweep's curves, table and chart against its sweep.csv, hover and
// clicks that open runs, runs of different datasets refused, the Grouping page's Sweep… dialog and the queue's Stop.
#include "Fixtures.h"
#include "StudioTestSetup.h"

#include "runs/BackboneRun.h"
#include "runs/Sweep.h"
#include "runs/SweepRecord.h"
#include "studio/compare/ComparePage.h"
#include "studio/compare/SweepDialog.h"
#include "studio/compare/SweepWorker.h"
#include "studio/window/MainWindow.h"

#include "QCustomPlotWrapper.h"
#include "RunCurves.h"
#include "SweepChart.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;

namespace {

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

/// sweep.csv's rows by name: each a map of column → cell.
QHash<QString, QHash<QString, QString>> csvByName(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    const auto lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto header = lines.value(0).split(QLatin1Char(','));
    QHash<QString, QHash<QString, QString>> rows;
    for (int i = 1; i < lines.size(); ++i) {
        const auto cells = lines[i].split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (int c = 0; c < header.size(); ++c)
            row.insert(header[c], cells.value(c));
        rows.insert(row.value(QStringLiteral("name")), row);
    }
    return rows;
}

int columnOf(const QAbstractItemModel* model, const QString& header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

} // namespace

class TestStudioCompare : public QObject {
    Q_OBJECT

    QTemporaryDir m_data, m_runs;
    QString m_backbone, m_sweep;

    runs::SweepSettings sweepSettings(std::vector<int> gMax, std::int64_t iterations) const
    {
        runs::SweepSettings s;
        s.backbone = m_backbone.toStdString();
        s.grid.pMin = { 0, 0.5 };
        s.grid.gMax = std::move(gMax);
        s.trainer.iterations = iterations;
        s.trainer.batchSize = 8;
        s.trainer.device = "cpu";
        s.trainer.checkpointEvery = 10;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        isolateStudioSettings(m_runs.path());
        fixtures::writeIdxDataset(m_data.path().toStdString(), 4, 12, 6, false);
        fixtures::writeText(m_data.path().toStdString() + "/classes.txt", "a\nb\nc\nd\n");
        runs::BackboneRunConfig config;
        config.dataset = "idx:" + m_data.path().toStdString();
        config.trainer.iterations = 6;
        config.trainer.batchSize = 8;
        config.trainer.device = "cpu";
        m_backbone = m_runs.filePath(QStringLiteral("backbone"));
        runs::BackboneTrainingJob(m_backbone.toStdString(), config).run();
        m_sweep = m_runs.filePath(QStringLiteral("sweep"));
        const auto outcome = runs::Sweep(sweepSettings({ 1, 2 }, 6), m_sweep.toStdString()).run();
        QVERIFY(outcome.finished());
    }

    void theTableHoldsTheSweepsCsv()
    {
        studio::ComparePage page;
        QVERIFY(page.showSweep(m_sweep));
        const auto* model = page.table()->model();
        const auto csv = csvByName(m_sweep + QStringLiteral("/sweep.csv"));
        QCOMPARE(model->rowCount(), csv.size()); // 4 points, the backbone, the same-budget backbone
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("p0-g1")); // the sweep's order until a header is clicked
        QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("backbone, same budget"));
        const std::pair<const char*, const char*> numbers[] = { { "Test fast %", "test_fast" }, { "Test slow %", "test_slow" },
            { "Val fast %", "val_fast" }, { "Root estimate %", "root_estimate" } };
        int checked = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            auto name = model->index(r, 0).data().toString().section(QStringLiteral(" ("), 0, 0);
            if (name == QStringLiteral("backbone, same budget"))
                name = QStringLiteral("backbone-same-budget");
            QVERIFY2(csv.contains(name), qPrintable(name));
            const auto& row = csv[name];
            for (const auto& [header, key] : numbers) {
                const auto cell = model->index(r, columnOf(model, QLatin1String(header))).data().toString();
                const auto expected = row.value(QLatin1String(key));
                QCOMPARE(cell.isEmpty(), expected.isEmpty());
                if (!expected.isEmpty()) {
                    QVERIFY2(qAbs(cell.toDouble() - 100 * expected.toDouble()) < 0.006,
                        qPrintable(name + QLatin1Char(' ') + QLatin1String(key)));
                    ++checked;
                }
            }
            const auto groups = model->index(r, columnOf(model, QStringLiteral("Groups"))).data().toString();
            QCOMPARE(groups.isEmpty() ? 0 : groups.toInt(), row.value(QStringLiteral("groups")).toInt());
        }
        QVERIFY(checked >= 4 * 4);
        // Sorted by a column, the copied CSV follows the order shown.
        const int testFast = columnOf(model, QStringLiteral("Test fast %"));
        page.table()->sortByColumn(testFast, Qt::DescendingOrder);
        const auto lines = page.tableCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), model->rowCount() + 1);
        for (int r = 1; r < model->rowCount(); ++r)
            QVERIFY(model->index(r - 1, testFast).data(Qt::UserRole).toDouble()
                >= model->index(r, testFast).data(Qt::UserRole).toDouble());
        QCOMPARE(lines[1].section(QLatin1Char(','), 0, 0), model->index(0, 0).data().toString());
        // A row activated asks to open its run.
        QSignalSpy open(&page, &studio::ComparePage::openRunRequested);
        Q_EMIT page.table()->activated(model->index(0, 0));
        QCOMPARE(open.count(), 1);
        QCOMPARE(open[0][0].toString(), page.runOfRow(0));
        QVERIFY(QFileInfo::exists(page.runOfRow(0) + QStringLiteral("/run.json")));
    }

    void curvesAndChartFollowTheRuns()
    {
        studio::ComparePage page;
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showSweep(m_sweep));
        const auto& comparison = *page.comparison();
        // Each run once: p0-g1 (shared by p0.5-g1), p0-g2, p0.5-g2, the backbone and the same-budget backbone.
        QCOMPARE(int(comparison.runs.size()), 5);
        QVERIFY(comparison.runs[0].label.find("p0-g1 = p0.5-g1") != std::string::npos);
        auto* plot = page.curves()->plot();
        QCOMPARE(plot->graphCount(), 10); // top-1 and loss per run
        for (int i = 0; i < 5; ++i) {
            const auto run = runs::RunFolder::open(comparison.runs[std::size_t(i)].directory);
            int validations = 0;
            for (const auto& line : run.metrics())
                validations += line.type == runs::MetricLine::Type::Validation && line.phase.empty() ? 1 : 0;
            QCOMPARE(plot->graph(2 * i)->dataCount(), validations);
        }
        // Hovering a curve names its run.
        page.tabs()->setCurrentIndex(0);
        QTest::qWait(50);
        const int last = plot->graph(2)->dataCount() - 1;
        QCOMPARE(page.curves()->runAt(page.curves()->top1Position(1, last)), 1);
        page.curves()->setAxis(widgets::RunCurves::Axis::Time);
        QVERIFY(plot->axisRect(0)->axis(QCPAxis::atBottom)->label().contains(QStringLiteral("time")));

        // The chart: one point per finished point, the same-budget backbone as a line; a click opens the point's run.
        page.tabs()->setCurrentIndex(2);
        QTest::qWait(50);
        QCOMPARE(page.chart()->points().size(), 4);
        QSignalSpy open(&page, &studio::ComparePage::openRunRequested);
        const auto& chartPoints = page.chart()->points();
        int p02 = -1;
        for (int i = 0; i < chartPoints.size(); ++i)
            if (chartPoints[i].name == QStringLiteral("p0-g2"))
                p02 = i;
        QVERIFY(p02 >= 0);
        QCOMPARE(chartPoints[p02].groups, 2);
        QTest::mouseClick(page.chart()->plot(), Qt::LeftButton, {},
            page.chart()->plot()->mapFrom(page.chart(), page.chart()->pointPosition(p02)));
        QCOMPARE(open.count(), 1);
        QCOMPARE(QDir(open[0][0].toString()).absolutePath(), QDir(m_sweep + QStringLiteral("/points/p0-g2")).absolutePath());
    }

    void aSweepWrittenElsewhereIsFollowed()
    {
        // As `hiernet sweep` in a terminal writes sweep.json, the page shown fills: here a point turns finished.
        const auto finished = runs::SweepRecord::load(m_sweep.toStdString());
        auto earlier = finished;
        earlier.points[2].status = "training";
        earlier.status = "running";
        earlier.write(m_sweep.toStdString());
        studio::ComparePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showSweep(m_sweep));
        QVERIFY2(page.statusText().contains(QStringLiteral("3 of 4 points finished")), qPrintable(page.statusText()));
        QCOMPARE(page.chart()->points().size(), 3);
        finished.write(m_sweep.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QStringLiteral("4 of 4 points finished")), 10000);
        QCOMPARE(page.chart()->points().size(), 4);
    }

    void runsOfDifferentDatasetsAreRefused()
    {
        // A copy of the backbone said to be of another dataset.
        QTemporaryDir other;
        const auto copy = other.filePath(QStringLiteral("other"));
        QVERIFY(QDir().mkpath(copy));
        auto info = readJson(m_backbone + QStringLiteral("/run.json"));
        auto dataset = info.value(QStringLiteral("dataset")).toObject();
        dataset.insert(QStringLiteral("name"), QStringLiteral("Other data"));
        info.insert(QStringLiteral("dataset"), dataset);
        QFile file(copy + QStringLiteral("/run.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(info).toJson());
        file.close();
        studio::ComparePage page;
        QVERIFY(page.showRuns({ m_backbone, m_sweep + QStringLiteral("/points/p0-g2") })); // one dataset: compared
        QCOMPARE(page.curves()->plot()->graphCount(), 4);
        QVERIFY(!page.showRuns({ m_backbone, copy }));
        QVERIFY2(page.statusText().contains(QStringLiteral("different datasets"))
                && page.statusText().contains(QStringLiteral("Other data")),
            qPrintable(page.statusText()));
        QCOMPARE(page.curves()->plot()->graphCount(), 0);
        QCOMPARE(page.table()->model()->rowCount(), 0);
    }

    void theSweepDialogChecksItsGrid()
    {
        studio::SweepDialog dialog(m_backbone, 0.0075, 50);
        QCOMPARE(dialog.pMinEdit()->text(), QStringLiteral("0.001875,0.00375,0.0075,0.015"));
        QCOMPARE(dialog.gMaxEdit()->text(), QStringLiteral("25,50,100"));
        dialog.pMinEdit()->setText(QStringLiteral("0.01,x"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("'x' is not a number")),
            qPrintable(dialog.problemLabel()->text()));
        QVERIFY(!dialog.takeSweep());
        dialog.pMinEdit()->setText(QStringLiteral("0.01"));
        dialog.folderEdit()->setText(m_sweep); // holds another sweep
        dialog.accept();
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("holds another sweep")),
            qPrintable(dialog.problemLabel()->text()));
    }

    void theQueueStopsKeepingFinishedPoints()
    {
        const auto out = m_runs.filePath(QStringLiteral("queued"));
        studio::MainWindow window;
        auto sweep = std::make_unique<runs::Sweep>(sweepSettings({ 1, 2 }, 400), out.toStdString());
        QVERIFY(window.startSweep(std::move(sweep)));
        QCOMPARE(window.currentPageId(), QStringLiteral("compare"));
        auto* page = window.comparePage();
        QVERIFY(page->stopButton()->isVisibleTo(page));
        QSignalSpy finished(window.sweepWorker(), &studio::SweepWorker::finished);
        // Once the first point is finished and the second trains, Stop.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out + QStringLiteral("/points/p0-g2/checkpoint.pt")), 300000);
        QTRY_VERIFY(page->progressBar()->value() > 0);
        QTest::mouseClick(page->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QCOMPARE(finished[0][0].toString(), QStringLiteral("cancelled"));
        const auto record = readJson(out + QStringLiteral("/sweep.json"));
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        const auto points = record.value(QStringLiteral("points")).toArray();
        QCOMPARE(points[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(points[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("stopped"));
        QCOMPARE(readJson(out + QStringLiteral("/points/p0-g2/run.json")).value(QStringLiteral("status")).toString(),
            QStringLiteral("cancelled"));
        QVERIFY(!page->stopButton()->isVisibleTo(page));
        QTRY_VERIFY(page->statusText().contains(QStringLiteral("stopped")));
        // The page follows the sweep: its finished point is in the table.
        QVERIFY(page->tableCsv().contains(QStringLiteral("p0-g1")));
        // Continue sweep trains what is left: the stopped point resumes from its checkpoint.
        QVERIFY(page->continueButton()->isVisibleTo(page));
        const auto created = readJson(out + QStringLiteral("/points/p0-g2/run.json")).value(QStringLiteral("created")).toString();
        QTest::mouseClick(page->continueButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(readJson(out + QStringLiteral("/sweep.json")).value(QStringLiteral("status")).toString(),
            QStringLiteral("finished"), 300000);
        QTRY_VERIFY(!window.sweepWorker()->isRunning());
        QCOMPARE(readJson(out + QStringLiteral("/points/p0-g2/run.json")).value(QStringLiteral("created")).toString(), created);
        QVERIFY(!page->continueButton()->isVisibleTo(page));
        // A sweep folder opened as a run folder shows on the Compare page.
        window.showPage(QStringLiteral("data"));
        QVERIFY(window.openRunFolder(m_sweep));
        QCOMPARE(window.currentPageId(), QStringLiteral("compare"));
        QCOMPARE(page->shownSweep(), QDir(m_sweep).absolutePath());
    }
};

QTEST_MAIN(TestStudioCompare)
#include "tst_studio_compare.moc"

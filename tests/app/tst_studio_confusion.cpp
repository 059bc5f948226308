// The Confusion page: a run's cpm.json as a heatmap ordered by exactly the core's groups, with p_min and
// g_max boxes that drive the window's grouping session.
#include "ConfusionHeatmap.h"
#include "CpmFile.h"
#include "studio/grouping/ConfusionPage.h"
#include "studio/grouping/GroupingSession.h"
#include "grouping/GroupingEngine.h"
#include "grouping/SyntheticCpm.h"
#include "grouping/Cpm.h"
#include "Fixtures.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace hiernet;

class TestStudioConfusion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heatmapFollowsTheGrouping()
    {
        QTemporaryDir dir;
        const int n = 30;
        const auto values = grouping::syntheticCpm(n, 3);
        QVERIFY(writeCpmJson(dir.filePath(QStringLiteral("cpm.json")), values, numberedClasses(n)));

        studio::GroupingSession session;
        studio::ConfusionPage page(&session);
        QVERIFY(page.openRun(dir.path()));
        page.gMaxSpin()->setValue(6);
        QCOMPARE(session.gMax(), 6);
        for (double pMin : { 0.001, 0.01, 0.05 }) {
            page.pMinSpin()->setValue(pMin);
            QCOMPARE(session.pMin(), pMin);
            const auto expected = grouping::groupClasses(values, n, pMin, 6);
            QCOMPARE(page.groups(), expected);
            QVector<int> order;
            for (const auto& g : expected)
                for (int c : g)
                    order << c;
            QCOMPARE(page.heatmap()->order(), order);
            QCOMPARE(page.heatmap()->displayedValue(0, 1), values[std::size_t(order[0] * n + order[1])]);
        }
    }

    void badFileIsReported()
    {
        QTemporaryDir dir;
        studio::GroupingSession session;
        studio::ConfusionPage page(&session);
        QVERIFY(!page.openRun(dir.path()));
        QVERIFY2(page.statusText().contains(dir.filePath(QStringLiteral("cpm.json"))), qPrintable(page.statusText()));
    }

    void cpmFilesFromOtherTools()
    {
        // A K×K .npy matrix (as np.save writes it) and a CPM made by `hiernet cpm --from-predictions` open without a run.
        QTemporaryDir dir;
        studio::GroupingSession session;
        studio::ConfusionPage page(&session);
        const auto npy = dir.filePath(QStringLiteral("cpm.npy"));
        fixtures::writeText(npy.toStdString(),
            fixtures::npyBytes("<f8", "(3, 3)", fixtures::float64Bytes({ 0.8, 0.15, 0.05, 0.1, 0.85, 0.05, 0.02, 0.03, 0.95 })));
        QVERIFY2(page.openRun(npy), qPrintable(page.statusText()));
        QCOMPARE(page.heatmap()->size(), 3);
        QCOMPARE(session.cpm().classes, (std::vector<std::string> { "0", "1", "2" }));
        QCOMPARE(
            page.heatmap()->displayedValue(2, 2) + page.heatmap()->displayedValue(0, 0) + page.heatmap()->displayedValue(1, 1),
            0.8 + 0.85 + 0.95);
        const io::NumericArray probabilities { { 2, 3 }, { 0.7, 0.2, 0.1, 0.1, 0.1, 0.8 } };
        const io::NumericArray labels { { 2 }, { 0, 2 } };
        auto made = grouping::cpmFromPredictions(probabilities, labels, { "cat", "dog", "owl" }, "p.npy");
        const auto json = dir.filePath(QStringLiteral("made.json"));
        grouping::saveCpm(made, json.toStdString(), {});
        QVERIFY2(page.openRun(json), qPrintable(page.statusText()));
        QCOMPARE(session.cpm().classes, (std::vector<std::string> { "cat", "dog", "owl" }));
        // A .npy that is not square is refused, by name, and the CPM shown stays.
        const auto wide = dir.filePath(QStringLiteral("wide.npy"));
        fixtures::writeText(wide.toStdString(), fixtures::npyBytes("<f8", "(1, 2)", fixtures::float64Bytes({ 0.5, 0.5 })));
        QVERIFY(!page.openRun(wide));
        QVERIFY2(page.statusText().contains(QStringLiteral("a CPM is a square matrix")), qPrintable(page.statusText()));
        QCOMPARE(session.cpm().classes, (std::vector<std::string> { "cat", "dog", "owl" }));
    }
};

QTEST_MAIN(TestStudioConfusion)
#include "tst_studio_confusion.moc"

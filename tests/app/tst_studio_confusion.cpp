// The Confusion page: a run's cpm.json as a heatmap ordered by exactly the core's groups, with p_min and
// g_max boxes that drive the window's grouping session.
#include "ConfusionHeatmap.h"
#include "CpmFile.h"
#include "studio/grouping/ConfusionPage.h"
#include "studio/grouping/GroupingSession.h"
#include "grouping/GroupingEngine.h"
#include "grouping/SyntheticCpm.h"

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
};

QTEST_MAIN(TestStudioConfusion)
#include "tst_studio_confusion.moc"

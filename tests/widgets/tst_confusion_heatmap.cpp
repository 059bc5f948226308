#include "ConfusionHeatmap.h"

#include <QtTest>

using hiernet::widgets::ConfusionHeatmap;

class TestConfusionHeatmap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void holdsTheMatrixInTheGivenOrder()
    {
        ConfusionHeatmap heatmap;
        const QVector<double> m = { 0.7, 0.1, 0.2, 0.0, 0.9, 0.1, 0.3, 0.05, 0.65 };
        heatmap.setMatrix(m, 3, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                QCOMPARE(heatmap.displayedValue(r, c), m[r * 3 + c]);
        heatmap.setOrder({ 2, 0, 1 }, { 0, 2 });
        QCOMPARE(heatmap.displayedValue(0, 1), m[2 * 3 + 0]); // row "c", column "a"
        QCOMPARE(heatmap.displayedValue(2, 2), m[1 * 3 + 1]);
        QCOMPARE(heatmap.cellText(0, 1), QStringLiteral("c → a: 0.3"));
        heatmap.setOrder({ 0, 1 }); // not a permutation of 3: ignored
        QCOMPARE(heatmap.order(), (QVector<int> { 2, 0, 1 }));
        heatmap.setLogScale(true);
        QVERIFY(heatmap.logScale());
    }
};

QTEST_MAIN(TestConfusionHeatmap)
#include "tst_confusion_heatmap.moc"

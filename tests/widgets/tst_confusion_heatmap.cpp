#include "ConfusionHeatmap.h"

#include "QCustomPlotWrapper.h"

#include <QSignalSpy>
#include <QtTest>

using hiernet::widgets::ConfusionHeatmap;

class TestConfusionHeatmap : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nothingOpenShowsAMessageAndNoAxes()
    {
        // Before a matrix: no axes or colour scale that would read as data, only what to do.
        hiernet::widgets::ConfusionHeatmap heatmap;
        auto* plot = heatmap.plot();
        QVERIFY(!plot->xAxis->visible() && !plot->yAxis->visible());
        QCOMPARE(plot->itemCount(), 1);
        auto* message = qobject_cast<QCPItemText*>(plot->item(0));
        QVERIFY(message && message->text().contains(QStringLiteral("No CPM open")));
        heatmap.setMatrix({ 1, 0, 0, 1 }, 2, { QStringLiteral("a"), QStringLiteral("b") });
        QVERIFY(plot->xAxis->visible() && plot->yAxis->visible());
        for (int i = 0; i < plot->itemCount(); ++i)
            QVERIFY(!qobject_cast<QCPItemText*>(plot->item(i))
                || !qobject_cast<QCPItemText*>(plot->item(i))->text().contains(QStringLiteral("No CPM")));
        heatmap.setMatrix({}, 0, {}); // closed again
        QVERIFY(!plot->xAxis->visible());
    }

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

    void aClickedCellNamesItsClassesAndNumbersShowWhereTheyFit()
    {
        ConfusionHeatmap heatmap;
        heatmap.resize(600, 600);
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        const QVector<double> counts = { 50, 3, 0, 7, 41, 2, 1, 0, 60 };
        heatmap.setMatrix(counts, 3, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        heatmap.setOrder({ 2, 0, 1 });
        QSignalSpy clicked(&heatmap, &ConfusionHeatmap::cellClicked);
        // Display row 0 is class c, display column 2 class b: the signal names classes, not positions.
        QTest::mouseClick(heatmap.plot(), Qt::LeftButton, {}, heatmap.plot()->mapFrom(&heatmap, heatmap.cellCentre(0, 2)));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 2);
        QCOMPARE(clicked.at(0).at(1).toInt(), 1);
        QCOMPARE(heatmap.cellAt(heatmap.cellCentre(1, 1)), QPoint(1, 1));
        QCOMPARE(heatmap.cellAt(QPoint(1, 1)), QPoint(-1, -1)); // outside the cells
        // Numbers: off by default; on, every cell of a 3×3 matrix has room at this size; none in a tiny widget.
        QCOMPARE(heatmap.numbersShown(), 0);
        heatmap.setShowNumbers(true);
        QCOMPARE(heatmap.numbersShown(), 9);
        // 40 classes of three-digit counts in the same widget: the cells are too small for them.
        QVector<double> many(40 * 40, 250.0);
        QStringList names;
        for (int i = 0; i < 40; ++i)
            names << QString::number(i);
        heatmap.setMatrix(many, 40, names);
        QCOMPARE(heatmap.numbersShown(), 0);
        heatmap.setMatrix(counts, 3, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        QCOMPARE(heatmap.numbersShown(), 9);
        heatmap.setShowNumbers(false);
        QCOMPARE(heatmap.numbersShown(), 0);
    }
};

QTEST_MAIN(TestConfusionHeatmap)
#include "tst_confusion_heatmap.moc"

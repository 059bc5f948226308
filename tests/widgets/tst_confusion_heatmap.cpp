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

    // 1,000 classes: square cells at any size, a wheel zoom keeps the class under the cursor, a search centres a
    // class with readable labels, Shift+drag zooms into a rectangle, All shows everything again.
    void aThousandClassesZoomPanAndFind()
    {
        const int n = 1000;
        QVector<double> values(n * n, 0.0);
        QStringList names;
        for (int i = 0; i < n; ++i) {
            values[i * n + i] = 0.9;
            values[i * n + (i + 1) % n] = 0.1;
            names << QStringLiteral("class %1").arg(i);
        }
        ConfusionHeatmap heatmap;
        heatmap.resize(900, 640);
        heatmap.show();
        QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
        heatmap.setMatrix(values, n, names);
        auto square = [&] { return std::abs(heatmap.cellPixels().width() - heatmap.cellPixels().height()) < 1e-6; };
        QVERIFY(square());
        QVERIFY(!heatmap.isZoomed());
        QVERIFY(heatmap.visibleCells().contains(QRectF(-0.5, -0.5, n, n).adjusted(0.01, 0.01, -0.01, -0.01)));
        // Labels: every k-th class when zoomed out, at least a line of text apart.
        const auto labelled = heatmap.labelledPositions();
        QVERIFY(labelled.size() >= 5 && labelled.size() < 100);
        QVERIFY((labelled[1] - labelled[0]) * heatmap.cellPixels().height() >= heatmap.fontMetrics().height());

        // The wheel over display cell (450, 600): that cell stays under the cursor while the cells grow (from a view
        // where a cell is a few pixels wide, so that the cursor is on one cell, not between two).
        QVERIFY(heatmap.centreOnClass(520, 200));
        QVERIFY(heatmap.cellPixels().width() >= 2);
        const QPoint at = heatmap.plot()->mapFrom(&heatmap, heatmap.cellCentre(450, 600));
        QCOMPARE(heatmap.cellAt(heatmap.plot()->mapTo(&heatmap, at)), QPoint(450, 600));
        const double before = heatmap.cellPixels().width();
        for (int notch = 0; notch < 4; ++notch) {
            QWheelEvent wheel(
                at, heatmap.plot()->mapToGlobal(at), {}, { 0, 120 }, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(heatmap.plot(), &wheel);
        }
        QVERIFY(heatmap.isZoomed());
        QVERIFY(heatmap.cellPixels().width() > 2 * before);
        QVERIFY(heatmap.visibleCells().width() < 200);
        QVERIFY(square());
        QCOMPARE(heatmap.cellAt(heatmap.plot()->mapTo(&heatmap, at)), QPoint(450, 600));

        // A search: class 777 in the middle, every visible class labelled, its row and column outlined.
        QVERIFY(heatmap.centreOnClass(777));
        QCOMPARE(heatmap.focusedClass(), 777);
        QVERIFY(
            std::abs(heatmap.visibleCells().center().x() - 777) < 1 && std::abs(heatmap.visibleCells().center().y() - 777) < 1);
        QVERIFY(heatmap.labelledPositions().contains(777));
        QVERIFY(heatmap.labelledPositions().contains(776) && heatmap.labelledPositions().contains(778));
        QVERIFY(!heatmap.centreOnClass(n));
        // Near an edge the view stays inside the matrix.
        QVERIFY(heatmap.centreOnClass(0));
        QVERIFY(heatmap.visibleCells().left() >= -0.5 - 1e-9 && heatmap.visibleCells().top() >= -0.5 - 1e-9);

        // Shift+drag zooms into the rectangle (the whole of it in view, cells still square); All undoes every zoom.
        heatmap.showAll();
        QVERIFY(!heatmap.isZoomed());
        const QPoint from = heatmap.plot()->mapFrom(&heatmap, heatmap.cellCentre(100, 100));
        const QPoint to = heatmap.plot()->mapFrom(&heatmap, heatmap.cellCentre(140, 180));
        QTest::mousePress(heatmap.plot(), Qt::LeftButton, Qt::ShiftModifier, from);
        QMouseEvent move(QEvent::MouseMove, to, heatmap.plot()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        QApplication::sendEvent(heatmap.plot(), &move);
        QTest::mouseRelease(heatmap.plot(), Qt::LeftButton, Qt::ShiftModifier, to);
        QTRY_VERIFY(heatmap.isZoomed()); // QCustomPlot replots a rectangle zoom from the event loop
        QVERIFY(square());
        const auto view = heatmap.visibleCells();
        QVERIFY2(view.contains(QRectF(QPointF(101, 101), QPointF(179, 139))),
            qPrintable(QStringLiteral("%1 %2 %3 %4").arg(view.left()).arg(view.top()).arg(view.right()).arg(view.bottom())));
        QVERIFY(view.width() < 200);
        heatmap.showAll();
        QVERIFY(!heatmap.isZoomed());
        // A plain drag pans and is not a click.
        QSignalSpy clicked(&heatmap, &ConfusionHeatmap::cellClicked);
        QVERIFY(heatmap.centreOnClass(500));
        const QPoint middle = heatmap.plot()->mapFrom(&heatmap, heatmap.cellCentre(500, 500));
        const double centreBefore = heatmap.visibleCells().center().x();
        QTest::mousePress(heatmap.plot(), Qt::LeftButton, {}, middle);
        QMouseEvent pan(QEvent::MouseMove, middle + QPoint(80, 0), heatmap.plot()->mapToGlobal(middle + QPoint(80, 0)),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(heatmap.plot(), &pan);
        QTest::mouseRelease(heatmap.plot(), Qt::LeftButton, {}, middle + QPoint(80, 0));
        QTRY_VERIFY(heatmap.visibleCells().center().x() < centreBefore - 1);
        QCOMPARE(clicked.size(), 0);
        // A resize keeps the cells square.
        heatmap.resize(500, 900);
        QTest::qWait(20);
        heatmap.plot()->replot();
        QVERIFY(square());
    }
};

QTEST_MAIN(TestConfusionHeatmap)
#include "tst_confusion_heatmap.moc"

// Dendrogram, training curves and group-count plot: what they hold and draw is exactly what they were given.
#include "CoverageCurve.h"
#include "Dendrogram.h"
#include "GroupCountPlot.h"
#include "QCustomPlotWrapper.h"
#include "TrainingCurves.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace hiernet::widgets;

class TestPlotWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coverageCurveMarksTheNearestThreshold()
    {
        hiernet::widgets::CoverageCurve curve;
        QCOMPARE(curve.currentIndex(), -1);
        curve.setPoints({ { 0.0, 1.0, 0.9, 0.2 }, { 0.5, 0.8, 0.95, 0.1 }, { 1.0, 0.1, 1.0, 0.0 } });
        QCOMPARE(curve.currentIndex(), 0);
        curve.setCurrent(0.6);
        QCOMPARE(curve.currentIndex(), 1);
        // The marker sits on the point: coverage and leaf accuracy in percent on the left, τ and severity on the right.
        const auto* left = curve.plot()->graph(1)->data().data();
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->at(0)->key, 80.0);
        QCOMPARE(left->at(0)->value, 95.0);
        QCOMPARE(curve.plot()->graph(2)->data()->at(0)->key, 0.5);
        QCOMPARE(curve.plot()->graph(0)->data()->size(), 3);
        curve.setPoints({});
        QCOMPARE(curve.currentIndex(), -1);
        QCOMPARE(curve.plot()->graph(1)->data()->size(), 0);
    }

    void dendrogramLayout()
    {
        Dendrogram d;
        d.resize(500, 300);
        // Leaves 0..4; merges (1,3)→5 at 0.2, (5,0)→6 at 0.05, (2,4)→7 at 0.08 (higher than its predecessor).
        d.setTree({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") },
            { { 1, 3, 5, 0.2 }, { 5, 0, 6, 0.05 }, { 2, 4, 7, 0.08 } });
        // Each link spans a contiguous run of leaves; the first child's leaves come first.
        QCOMPARE(d.leafOrder(), (QVector<int> { 1, 3, 0, 2, 4 }));
        // Heights are the running minimum: the third merge is drawn at 0.05, as a cut sees it.
        QCOMPARE(d.heightOf(5), 0.2);
        QCOMPARE(d.heightOf(6), 0.05);
        QCOMPARE(d.heightOf(7), 0.05);
        d.setCut(0.1);
        QCOMPARE(d.mergesBelowCut(), 1);
        d.setCut(0.01);
        QCOMPARE(d.mergesBelowCut(), 3);
        // y ↔ proximity round trip on the log axis.
        for (double p : { 0.03, 0.05, 0.2 })
            QVERIFY(std::abs(std::log(d.proximityAt(d.yOf(p))) - std::log(p)) < 0.05);
        QVERIFY(d.yOf(0.05) < d.yOf(0.2)); // weaker merges higher up
    }

    void dendrogramDragEmitsTheCut()
    {
        Dendrogram d;
        d.resize(500, 300);
        d.setTree({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, { { 0, 1, 3, 0.3 }, { 3, 2, 4, 0.01 } });
        QSignalSpy spy(&d, &Dendrogram::cutDragged);
        const int y1 = d.yOf(0.1), y2 = d.yOf(0.02);
        QTest::mousePress(&d, Qt::LeftButton, {}, QPoint(200, y1));
        QTest::mouseMove(&d, QPoint(200, y2));
        QTest::mouseRelease(&d, Qt::LeftButton, {}, QPoint(200, y2));
        QVERIFY(spy.count() >= 2);
        QCOMPARE(spy.first().at(0).toDouble(), d.proximityAt(y1));
        QCOMPARE(spy.last().at(0).toDouble(), d.proximityAt(y2));
        QCOMPARE(d.cut(), d.proximityAt(y2));
        QCOMPARE(d.mergesBelowCut(), 1);
    }

    void trainingCurves()
    {
        TrainingCurves curves;
        curves.addSeries(QStringLiteral("loss"), TrainingCurves::Panel::Loss);
        curves.addSeries(QStringLiteral("acc"), TrainingCurves::Panel::Accuracy);
        curves.addSeries(QStringLiteral("loss"), TrainingCurves::Panel::Loss); // exists: no second series
        QCOMPARE(curves.seriesNames(), (QStringList { QStringLiteral("loss"), QStringLiteral("acc") }));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(curves.addPoint(QStringLiteral("loss"), 20 * i, 2.0 / i));
        QVERIFY(!curves.addPoint(QStringLiteral("missing"), 1, 1));
        QVERIFY(!curves.addPoint(QStringLiteral("acc"), 1, std::nan("")));
        QCOMPARE(curves.pointCount(QStringLiteral("loss")), 5);
        QCOMPARE(curves.pointCount(QStringLiteral("acc")), 0);
        QCOMPARE(curves.lastValue(QStringLiteral("loss")), 0.4);
        QVERIFY(std::isnan(curves.lastValue(QStringLiteral("acc"))));
        QTemporaryDir dir;
        curves.resize(400, 500);
        QVERIFY(curves.exportTo(dir.filePath(QStringLiteral("curves.png"))));
        QVERIFY(QImage(dir.filePath(QStringLiteral("curves.png"))).width() > 0);
        curves.clear();
        QVERIFY(curves.seriesNames().isEmpty());
        QCOMPARE(curves.pointCount(QStringLiteral("loss")), 0);
        // Cleared and drawn again with new series (a resumed run): no legend item of a removed graph is left.
        curves.addSeries(QStringLiteral("loss"), TrainingCurves::Panel::Loss);
        QVERIFY(curves.addPoint(QStringLiteral("loss"), 20, 1.0));
        QVERIFY(curves.exportTo(dir.filePath(QStringLiteral("again.png"))));
        QCOMPARE(curves.pointCount(QStringLiteral("loss")), 1);
    }

    // A validation series with one point (the first epoch's) is drawn: its point has a marker. A plain
    // line with one point draws nothing, which is why validation curves stayed empty for an epoch.
    void aSinglePointIsDrawn()
    {
        const auto pixelsOf = [](TrainingCurves::Style style) {
            TrainingCurves curves;
            curves.resize(400, 500);
            curves.addSeries(QStringLiteral("validation accuracy"), TrainingCurves::Panel::Accuracy, style, QColor(255, 0, 255));
            curves.addPoint(QStringLiteral("validation accuracy"), 468, 85);
            QTest::qWait(100); // the coalesced refresh sets the ranges
            const QImage image = curves.plot()->toPixmap(400, 500).toImage();
            auto* rect = curves.plot()->axisRect(int(TrainingCurves::Panel::Accuracy));
            // Around the point only (the legend's line sample has the colour too).
            const int px = int(rect->axis(QCPAxis::atBottom)->coordToPixel(468)),
                      py = int(rect->axis(QCPAxis::atLeft)->coordToPixel(85));
            int count = 0;
            for (int y = py - 8; y <= py + 8; ++y)
                for (int x = px - 8; x <= px + 8; ++x)
                    if (const QColor c = image.pixelColor(x, y); c.red() > 200 && c.blue() > 200 && c.green() < 80)
                        ++count;
            return count;
        };
        QCOMPARE(pixelsOf(TrainingCurves::Style::Line), 0);
        QVERIFY2(
            pixelsOf(TrainingCurves::Style::Points) >= 12, qPrintable(QString::number(pixelsOf(TrainingCurves::Style::Points))));
    }

    // The log-scale learning-rate axis never shows the same label twice, over a constant rate (a range
    // of 4×, where QCustomPlot's log ticker falls back to linear ticks) and over several decades.
    void learningRateLabelsAreDistinct_data()
    {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::newRow("constant 0.1") << 0.05 << 0.2;
        QTest::newRow("step to 0.01") << 0.005 << 0.2;
        QTest::newRow("cosine to 1e-4") << 5e-5 << 0.2;
        QTest::newRow("six decades") << 1e-7 << 0.2;
        QTest::newRow("narrow") << 0.09 << 0.11;
    }

    void learningRateLabelsAreDistinct()
    {
        QFETCH(double, lower);
        QFETCH(double, upper);
        TrainingCurves curves;
        curves.resize(400, 500);
        auto* axis = curves.plot()->axisRect(2)->axis(QCPAxis::atLeft);
        axis->setRange(lower, upper);
        curves.plot()->replot();
        const auto labels = axis->tickVectorLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(QLatin1Char(' '))));
        QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
        for (double tick : axis->tickVector())
            QVERIFY(tick >= lower * 0.999 && tick <= upper * 1.001);
    }

    void groupCountClick()
    {
        GroupCountPlot plot;
        plot.resize(400, 200);
        plot.setSteps({ 1e-4, 1e-3, 1e-2, 1e-1 }, { 1, 3, 6, 10 });
        plot.setCurrent(2e-3, 3);
        QSignalSpy spy(&plot, &GroupCountPlot::pMinClicked);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QTest::mouseClick(plot.findChild<QWidget*>(), Qt::LeftButton, {}, plot.rect().center());
        QCOMPARE(spy.count(), 1);
        const double p = spy.first().at(0).toDouble();
        QVERIFY(p > 1e-4 && p < 1e-1);
    }
};

QTEST_MAIN(TestPlotWidgets)
#include "tst_plot_widgets.moc"

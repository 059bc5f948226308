#include "CoverageCurve.h"

#include "QCustomPlotWrapper.h"

#include <QVBoxLayout>

#include <cmath>

namespace hiernet::widgets {

namespace {

QCPGraph* marker(QCPAxis* x, QCPAxis* y)
{
    auto* graph = new QCPGraph(x, y);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(214, 39, 40), 2), Qt::white, 9));
    return graph;
}

} // namespace

CoverageCurve::CoverageCurve(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    auto* accuracy = m_plot->axisRect(0);
    auto* severity = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 1, severity);
    accuracy->axis(QCPAxis::atBottom)->setLabel(tr("coverage (answered at a class) %"));
    accuracy->axis(QCPAxis::atLeft)->setLabel(tr("leaf accuracy %"));
    severity->axis(QCPAxis::atBottom)->setLabel(tr("threshold τ"));
    severity->axis(QCPAxis::atLeft)->setLabel(tr("mean severity"));
    auto* curve = new QCPCurve(accuracy->axis(QCPAxis::atBottom), accuracy->axis(QCPAxis::atLeft));
    curve->setPen(QPen(QColor(31, 119, 180), 2));
    auto* severityGraph = new QCPGraph(severity->axis(QCPAxis::atBottom), severity->axis(QCPAxis::atLeft));
    severityGraph->setPen(QPen(QColor(148, 103, 189), 2));
    marker(accuracy->axis(QCPAxis::atBottom), accuracy->axis(QCPAxis::atLeft));
    marker(severity->axis(QCPAxis::atBottom), severity->axis(QCPAxis::atLeft));
}

void CoverageCurve::setPoints(const QVector<Point>& points)
{
    m_points = points;
    QVector<double> t, coverage, accuracy, tau, severity;
    for (int k = 0; k < points.size(); ++k) {
        tau << points[k].threshold;
        severity << points[k].meanSeverity;
        if (points[k].coverage <= 0)
            continue; // no image answered at a class: the leaf accuracy is not defined there
        t << k;
        coverage << 100 * points[k].coverage;
        accuracy << 100 * points[k].leafAccuracy;
    }
    auto* curve = static_cast<QCPCurve*>(m_plot->plottable(0));
    curve->setData(t, coverage, accuracy);
    m_plot->graph(0)->setData(tau, severity);
    auto* left = m_plot->axisRect(0);
    curve->rescaleAxes();
    left->axis(QCPAxis::atBottom)->setRange(left->axis(QCPAxis::atBottom)->range().lower - 2, 101);
    const auto yRange = left->axis(QCPAxis::atLeft)->range();
    left->axis(QCPAxis::atLeft)->setRange(yRange.lower - 1, std::min(100.5, yRange.upper + 1));
    auto* right = m_plot->axisRect(1);
    right->axis(QCPAxis::atBottom)->setRange(0, 1);
    m_plot->graph(0)->rescaleValueAxis();
    right->axis(QCPAxis::atLeft)->setRangeLower(0);
    m_current = points.isEmpty() ? -1 : std::min<int>(std::max(0, m_current), int(points.size()) - 1);
    drawMarkers();
}

void CoverageCurve::setCurrent(double threshold)
{
    m_current = -1;
    double best = 1e300;
    for (int k = 0; k < m_points.size(); ++k)
        if (std::abs(m_points[k].threshold - threshold) < best) {
            best = std::abs(m_points[k].threshold - threshold);
            m_current = k;
        }
    drawMarkers();
}

void CoverageCurve::drawMarkers()
{
    // graph(0) is the severity curve; graphs 1 and 2 are the markers on the left and on the right.
    m_plot->graph(1)->data()->clear();
    m_plot->graph(2)->data()->clear();
    if (m_current >= 0) {
        const auto& p = m_points[m_current];
        m_plot->graph(1)->addData(100 * p.coverage, 100 * p.leafAccuracy);
        m_plot->graph(2)->addData(p.threshold, p.meanSeverity);
    }
    m_plot->replot();
}

} // namespace hiernet::widgets

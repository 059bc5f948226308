#include "SweepChart.h"

#include "QCustomPlotWrapper.h"
#include "RouteColours.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <map>

namespace hiernet::widgets {

SweepChart::SweepChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_label(tr("test top-1 (fast) %"))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setLabel(tr("number of groups"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->installEventFilter(this);
    redraw();
}

void SweepChart::setPoints(const QVector<Point>& points)
{
    m_points = points;
    redraw();
}

void SweepChart::setBaselines(std::optional<double> sameBudget, std::optional<double> backbone)
{
    m_sameBudget = sameBudget;
    m_backbone = backbone;
    redraw();
}

void SweepChart::setAccuracyLabel(const QString& label)
{
    m_label = label;
    redraw();
}

void SweepChart::redraw()
{
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_plot->yAxis->setLabel(m_label);
    static const QCPScatterStyle::ScatterShape shapes[] = { QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare,
        QCPScatterStyle::ssTriangle, QCPScatterStyle::ssDiamond, QCPScatterStyle::ssCross, QCPScatterStyle::ssStar };
    std::map<int, QCPGraph*> byGMax;
    double low = 100, high = 0;
    int most = 1;
    for (const auto& p : m_points) {
        auto*& graph = byGMax[p.gMax];
        if (!graph) {
            graph = m_plot->addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(shapes[(byGMax.size() - 1) % 6], fastColour, fastColour, 10));
            graph->setName(tr("g_max %1").arg(p.gMax));
        }
        graph->addData(p.groups, 100 * p.accuracy);
        low = qMin(low, 100 * p.accuracy);
        high = qMax(high, 100 * p.accuracy);
        most = qMax(most, p.groups);
    }
    auto line = [&](std::optional<double> value, const QColor& colour, Qt::PenStyle style, const QString& name) {
        if (!value)
            return;
        auto* graph = m_plot->addGraph();
        graph->setPen(QPen(colour, 2, style));
        graph->setData({ 0.0, 1e6 }, { 100 * *value, 100 * *value });
        graph->setName(name);
        low = qMin(low, 100 * *value);
        high = qMax(high, 100 * *value);
    };
    line(m_sameBudget, sameBudgetColour, Qt::SolidLine, tr("backbone, same budget"));
    line(m_backbone, backboneColour, Qt::DashLine, tr("backbone"));
    QVector<double> paperX, paperY;
    for (const auto& p : m_points)
        if (p.papersSetting) {
            paperX.push_back(p.groups);
            paperY.push_back(100 * p.accuracy);
        }
    if (!paperX.isEmpty()) {
        auto* ring = m_plot->addGraph();
        ring->setLineStyle(QCPGraph::lsNone);
        ring->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(flagColour, 2), Qt::NoBrush, 20));
        ring->setData(paperX, paperY);
        ring->setName(tr("the paper's p_min, g_max"));
    }
    const double margin = qMax(0.5, 0.08 * (high - low));
    m_plot->xAxis->setRange(0, most + 1);
    m_plot->yAxis->setRange(high >= low ? low - margin : 0, high >= low ? high + margin : 100);
    m_plot->replot();
}

QPoint SweepChart::pointPosition(int i) const
{
    const auto& p = m_points[i];
    return m_plot->mapTo(
        this, QPointF(m_plot->xAxis->coordToPixel(p.groups), m_plot->yAxis->coordToPixel(100 * p.accuracy)).toPoint());
}

int SweepChart::pointAt(const QPoint& pos) const
{
    int best = -1;
    double bestDistance = 10; // pixels
    for (int i = 0; i < m_points.size(); ++i) {
        const double d = QLineF(pointPosition(i), pos).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

bool SweepChart::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::MouseButtonRelease) {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (const int i = pointAt(m_plot->mapTo(this, mouse->pos())); i >= 0 && mouse->button() == Qt::LeftButton)
            Q_EMIT pointClicked(i);
    } else if (watched == m_plot && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const int i = pointAt(m_plot->mapTo(this, help->pos())); i >= 0)
            QToolTip::showText(help->globalPos(),
                tr("%1: %2 groups, %3 %")
                    .arg(m_points[i].name)
                    .arg(m_points[i].groups)
                    .arg(100 * m_points[i].accuracy, 0, 'f', 2),
                m_plot);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hiernet::widgets

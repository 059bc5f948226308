#include "RunCurves.h"

#include "QCustomPlotWrapper.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <limits>

namespace hiernet::widgets {

RunCurves::RunCurves(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    auto* loss = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, loss);
    auto* group = new QCPMarginGroup(m_plot);
    m_plot->axisRect(0)->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    loss->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_plot->axisRect(0)->axis(QCPAxis::atLeft)->setLabel(tr("validation top-1 %"));
    loss->axis(QCPAxis::atLeft)->setLabel(tr("validation loss"));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect(0)->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    setAxis(Axis::Iteration);
}

QColor RunCurves::colour(int i)
{
    static const QColor palette[] = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 }, { 148, 103, 189 },
        { 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 }, { 23, 190, 207 } };
    return palette[i % 10];
}

void RunCurves::setRuns(const QVector<Run>& runs)
{
    m_runs = runs;
    redraw();
}

void RunCurves::setAxis(Axis axis)
{
    m_axis = axis;
    redraw();
}

void RunCurves::redraw()
{
    m_plot->clearGraphs();
    auto* top = m_plot->axisRect(0);
    auto* bottom = m_plot->axisRect(1);
    const auto label = m_axis == Axis::Iteration ? tr("iteration") : tr("training time (minutes)");
    top->axis(QCPAxis::atBottom)->setLabel(label);
    bottom->axis(QCPAxis::atBottom)->setLabel(label);
    for (int i = 0; i < m_runs.size(); ++i) {
        const auto& run = m_runs[i];
        QVector<double> x = m_axis == Axis::Iteration ? run.iteration : run.seconds, percent;
        if (m_axis == Axis::Time)
            for (auto& v : x)
                v /= 60;
        for (double v : run.top1)
            percent.push_back(100 * v);
        const QPen pen(colour(i), 2);
        auto* accuracy = m_plot->addGraph(top->axis(QCPAxis::atBottom), top->axis(QCPAxis::atLeft));
        accuracy->setName(run.name);
        accuracy->setPen(pen);
        accuracy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        accuracy->setData(x, percent, true);
        auto* loss = m_plot->addGraph(bottom->axis(QCPAxis::atBottom), bottom->axis(QCPAxis::atLeft));
        loss->setPen(pen);
        loss->setData(x, run.loss, true);
        loss->removeFromLegend();
    }
    for (auto* rect : { top, bottom }) {
        bool found = false;
        QCPRange xRange, yRange;
        for (auto* graph : rect->graphs()) {
            bool ok = false;
            const auto xr = graph->getKeyRange(ok);
            if (!ok)
                continue;
            const auto yr = graph->getValueRange(ok);
            xRange = found ? QCPRange(qMin(xRange.lower, xr.lower), qMax(xRange.upper, xr.upper)) : xr;
            yRange = found ? QCPRange(qMin(yRange.lower, yr.lower), qMax(yRange.upper, yr.upper)) : yr;
            found = true;
        }
        rect->axis(QCPAxis::atBottom)->setRange(found ? QCPRange(0, xRange.upper * 1.02 + 1e-9) : QCPRange(0, 1));
        rect->axis(QCPAxis::atLeft)
            ->setRange(found ? QCPRange(yRange.lower - 0.02 * yRange.size() - 1e-6, yRange.upper + 0.02 * yRange.size() + 1e-6)
                             : QCPRange(0, 1));
    }
    m_plot->replot();
}

int RunCurves::runAt(const QPoint& pos) const
{
    const QPoint inPlot = m_plot->mapFrom(this, pos);
    int best = -1;
    double bestDistance = 8; // pixels
    for (int g = 0; g < m_plot->graphCount(); ++g) {
        const double distance = m_plot->graph(g)->selectTest(inPlot, false);
        if (distance >= 0 && distance < bestDistance) {
            bestDistance = distance;
            best = g / 2; // two graphs per run: top-1, loss
        }
    }
    return best;
}

QPoint RunCurves::top1Position(int run, int k) const
{
    auto* graph = m_plot->graph(2 * run);
    const auto it = graph->data()->at(k);
    const QPointF p(graph->keyAxis()->coordToPixel(it->key), graph->valueAxis()->coordToPixel(it->value));
    return m_plot->mapTo(this, p.toPoint());
}

bool RunCurves::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int run = runAt(m_plot->mapTo(this, help->pos()));
        if (run >= 0)
            QToolTip::showText(help->globalPos(), m_runs[run].name, m_plot);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hiernet::widgets

#include "GroupCountPlot.h"

#include "QCustomPlotWrapper.h"

#include <QVBoxLayout>

namespace hiernet::widgets {

GroupCountPlot::GroupCountPlot(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->xAxis->setNumberFormat(QStringLiteral("eb"));
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->xAxis->setLabel(tr("p_min"));
    m_plot->yAxis->setLabel(tr("groups"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // whole numbers of groups, thinned out as needed
    m_plot->yAxis->setTicker(whole);
    auto* steps = m_plot->addGraph();
    steps->setLineStyle(QCPGraph::lsStepLeft);
    steps->setPen(QPen(QColor(31, 119, 180), 1.5));
    auto* marker = m_plot->addGraph();
    marker->setLineStyle(QCPGraph::lsNone);
    marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(214, 39, 40), QColor(214, 39, 40), 8));
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (m_plot->axisRect()->rect().contains(event->pos()))
            Q_EMIT pMinClicked(m_plot->xAxis->pixelToCoord(event->pos().x()));
    });
}

void GroupCountPlot::setSteps(const QVector<double>& thresholds, const QVector<double>& counts)
{
    m_plot->graph(0)->setData(thresholds, counts, true);
    bool ok = false;
    const auto keys = m_plot->graph(0)->getKeyRange(ok);
    if (ok)
        m_plot->xAxis->setRange(keys.lower, keys.upper);
    const auto values = m_plot->graph(0)->getValueRange(ok);
    if (ok)
        m_plot->yAxis->setRange(0, values.upper * 1.08 + 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GroupCountPlot::setEmpty(bool empty)
{
    for (auto* axis : { m_plot->xAxis, m_plot->yAxis }) {
        axis->setVisible(!empty);
        axis->grid()->setVisible(!empty);
    }
    for (int i = 0; i < m_plot->graphCount(); ++i)
        m_plot->graph(i)->setVisible(!empty);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void GroupCountPlot::setCurrent(double pMin, int groups)
{
    m_plot->graph(1)->setData({ pMin }, { double(groups) }, true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace hiernet::widgets

#include "SeverityChart.h"

#include "QCustomPlotWrapper.h"

#include <QVBoxLayout>

#include <cmath>

namespace hiernet::widgets {

SeverityChart::SeverityChart(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setLabel(tr("mistake severity"));
    m_plot->yAxis->setLabel(tr("% of the images"));
    // No legend: it would cover the bars; the views that show the chart name the colours beside it.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        if (!m_plot->axisRect()->rect().contains(event->pos()) || m_percentages.isEmpty())
            return;
        const int severity = int(std::lround(m_plot->xAxis->pixelToCoord(event->pos().x())));
        if (severity >= 1 && severity <= m_percentages.front().size())
            Q_EMIT severityClicked(severity);
    });
}

void SeverityChart::setSeries(const QVector<Series>& series)
{
    m_plot->clearPlottables();
    m_percentages.clear();
    int maximum = 0;
    for (const auto& s : series)
        maximum = std::max(maximum, int(s.histogram.size()) - 1);
    auto* group = new QCPBarsGroup(m_plot);
    double top = 0;
    for (const auto& s : series) {
        qint64 total = 0;
        for (auto count : s.histogram)
            total += count;
        QVector<double> keys, values;
        for (int severity = 1; severity <= maximum; ++severity) {
            keys << severity;
            values << (total > 0 && severity < s.histogram.size() ? 100.0 * double(s.histogram[severity]) / double(total) : 0.0);
            top = std::max(top, values.back());
        }
        m_percentages << values;
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(s.name);
        bars->setPen(QPen(s.colour.darker(130)));
        bars->setBrush(s.colour);
        bars->setWidth(0.8 / std::max<qsizetype>(1, series.size()));
        bars->setBarsGroup(group);
        bars->setData(keys, values, true);
    }
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    m_plot->xAxis->setTicker(whole);
    m_plot->xAxis->setRange(0.4, maximum + 0.6);
    m_plot->yAxis->setRange(0, top * 1.15 + 0.5);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace hiernet::widgets

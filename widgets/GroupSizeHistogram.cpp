#include "GroupSizeHistogram.h"

#include "QCustomPlotWrapper.h"

#include <QVBoxLayout>

#include <algorithm>

namespace hiernet::widgets {

namespace {
constexpr int kSingleSizes = 40; // up to this size each size has its own bar
} // namespace

GroupSizeHistogram::GroupSizeHistogram(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(90);
    m_plot->xAxis->setLabel(tr("classes in a group"));
    m_plot->yAxis->setLabel(tr("groups"));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    m_plot->yAxis->setTicker(whole);
    auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setPen(QPen(QColor(31, 119, 180)));
    bars->setBrush(QColor(31, 119, 180, 150));
}

QVector<GroupSizeHistogram::Bin> GroupSizeHistogram::binsOf(const QVector<int>& sizes)
{
    QVector<Bin> bins;
    if (sizes.isEmpty())
        return bins;
    const int largest = *std::max_element(sizes.begin(), sizes.end());
    // One bar per size while they fit, else ranges of a round width (about 40 bars).
    const int width = largest <= kSingleSizes ? 1 : std::max(5, (largest + kSingleSizes - 1) / kSingleSizes / 5 * 5);
    for (int low = 1; low <= largest; low += width)
        bins.push_back({ low, std::min(largest, low + width - 1), 0 });
    for (int size : sizes)
        if (size >= 1)
            ++bins[(size - 1) / width].groups;
    return bins;
}

void GroupSizeHistogram::setSizes(const QVector<int>& sizes)
{
    m_bins = binsOf(sizes);
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int step = std::max<int>(1, int(m_bins.size()) / 10);
    int most = 0;
    for (int i = 0; i < m_bins.size(); ++i) {
        const auto& bin = m_bins[i];
        keys << i;
        values << bin.groups;
        most = std::max(most, bin.groups);
        if (i % step == 0)
            ticker->addTick(
                i, bin.low == bin.high ? QString::number(bin.low) : QStringLiteral("%1–%2").arg(bin.low).arg(bin.high));
    }
    auto* bars = qobject_cast<QCPBars*>(m_plot->plottable(0));
    bars->setData(keys, values, true);
    bars->setWidth(0.8);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.7, std::max<int>(1, int(m_bins.size())) - 0.3);
    m_plot->yAxis->setRange(0, most * 1.1 + 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace hiernet::widgets

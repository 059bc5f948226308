#include "TrainingCurves.h"

#include "QCustomPlotWrapper.h"

#include <QFileInfo>
#include <QHash>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hiernet::widgets {

namespace {

/// Log-axis ticks at m·10^k with m from {1, 2, 5} (from {1} over four decades and more, from 1…9 where
/// fewer than two would show). QCPAxisTickerLog falls back to linear ticks on ranges under 1.6 decades,
/// whose labels at precision 0 repeat ("2·10⁻¹" for 0.15 and 0.2); these mantissas are whole numbers, so
/// every label is distinct.
class DecadeTicker : public QCPAxisTickerLog {
protected:
    QVector<double> createTickVector(double, const QCPRange& range) override
    {
        if (range.lower <= 0 || range.upper <= range.lower)
            return {};
        const double decades = std::log10(range.upper / range.lower);
        m_decadesOnly = decades >= 4;
        auto ticks = ticksWith(m_decadesOnly ? QVector<double> { 1 } : QVector<double> { 1, 2, 5 }, range);
        if (ticks.size() < 2)
            ticks = ticksWith({ 1, 2, 3, 4, 5, 6, 7, 8, 9 }, range);
        return ticks;
    }
    int getSubTickCount(double) override { return m_decadesOnly ? 8 : 0; }

private:
    static QVector<double> ticksWith(const QVector<double>& mantissas, const QCPRange& range)
    {
        QVector<double> ticks;
        // One decade below and above the range, so trimTicks can keep the ticks just outside it.
        for (int k = int(std::floor(std::log10(range.lower))) - 1; k <= int(std::ceil(std::log10(range.upper))); ++k)
            for (double m : mantissas) {
                const double tick = m * std::pow(10.0, k);
                if (tick >= range.lower * (1 - 1e-9) && tick <= range.upper * (1 + 1e-9))
                    ticks << tick;
            }
        return ticks;
    }
    bool m_decadesOnly = false;
};

const QColor seriesPalette[]
    = { QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40), QColor(148, 103, 189),
          QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34), QColor(23, 190, 207) };
} // namespace

struct TrainingCurves::Private {
    QCustomPlot* plot = nullptr;
    QCPAxisRect* rects[3] = {};
    QCPLegend* legends[3] = {};
    QHash<QString, QCPGraph*> series;
    QStringList order;
    QTimer refreshTimer;
    int nextColour = 0;
};

TrainingCurves::TrainingCurves(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = new QCustomPlot(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    d->plot->setAutoAddPlottableToLegend(false);
    d->plot->plotLayout()->clear();
    auto* margins = new QCPMarginGroup(d->plot);
    const QString labels[] = { tr("loss"), tr("accuracy (%)"), tr("learning rate") };
    for (int i = 0; i < 3; ++i) {
        auto* rect = new QCPAxisRect(d->plot);
        d->plot->plotLayout()->addElement(i, 0, rect);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        rect->axis(QCPAxis::atLeft)->setLabel(labels[i]);
        auto* legend = new QCPLegend;
        // Accuracy grows towards the top right; its legend sits below the curves.
        rect->insetLayout()->addElement(legend, Qt::AlignRight | (i == int(Panel::Accuracy) ? Qt::AlignBottom : Qt::AlignTop));
        legend->setLayer(QStringLiteral("legend"));
        legend->setVisible(false);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        legend->setFont(small);
        legend->setRowSpacing(0);
        // See-through: the newest points sit in a corner a legend takes.
        legend->setBrush(QColor(255, 255, 255, 150));
        legend->setBorderPen(QPen(QColor(0, 0, 0, 90)));
        d->rects[i] = rect;
        d->legends[i] = legend;
        for (auto* axis : rect->axes())
            axis->setLayer(QStringLiteral("axes"));
    }
    d->rects[2]->axis(QCPAxis::atBottom)->setLabel(tr("iteration"));
    auto* lr = d->rects[2]->axis(QCPAxis::atLeft);
    lr->setScaleType(QCPAxis::stLogarithmic);
    lr->setTicker(QSharedPointer<QCPAxisTicker>(new DecadeTicker));
    lr->setNumberFormat(QStringLiteral("eb"));
    lr->setNumberPrecision(0);
    d->rects[1]->axis(QCPAxis::atLeft)->setRange(0, 100);
    d->refreshTimer.setSingleShot(true);
    d->refreshTimer.setInterval(40);
    connect(&d->refreshTimer, &QTimer::timeout, this, &TrainingCurves::refresh);
}

TrainingCurves::~TrainingCurves() = default;

QCustomPlot* TrainingCurves::plot() const
{
    return d->plot;
}

void TrainingCurves::addSeries(const QString& name, Panel panel, Style style, const QColor& color)
{
    const bool minor = style == Style::Minor;
    if (d->series.contains(name))
        return;
    const int index = int(panel);
    auto* rect = d->rects[index];
    auto* graph = d->plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(name);
    const QColor c = color.isValid() ? color : seriesPalette[d->nextColour++ % int(std::size(seriesPalette))];
    graph->setPen(QPen(c, minor ? 0.8 : 1.6));
    if (style == Style::Points)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 6));
    if (!minor) {
        graph->addToLegend(d->legends[index]);
        d->legends[index]->setVisible(true);
    }
    d->series.insert(name, graph);
    d->order << name;
    d->refreshTimer.start();
}

bool TrainingCurves::addPoint(const QString& name, double iteration, double value)
{
    auto* graph = d->series.value(name);
    if (!graph || !std::isfinite(value))
        return false;
    graph->addData(iteration, value);
    if (!d->refreshTimer.isActive())
        d->refreshTimer.start();
    return true;
}

void TrainingCurves::clear()
{
    // QCustomPlot takes a removed graph out of its default legend only; these panel legends would keep an
    // item pointing at the deleted graph (a crash at the next replot), so they are emptied first.
    for (auto* legend : d->legends) {
        legend->clearItems();
        legend->setVisible(false);
    }
    for (auto* graph : std::as_const(d->series))
        d->plot->removeGraph(graph);
    d->series.clear();
    d->order.clear();
    d->nextColour = 0;
    refresh();
}

QStringList TrainingCurves::seriesNames() const
{
    return d->order;
}

int TrainingCurves::pointCount(const QString& name) const
{
    auto* graph = d->series.value(name);
    return graph ? graph->dataCount() : 0;
}

double TrainingCurves::lastValue(const QString& name) const
{
    auto* graph = d->series.value(name);
    if (!graph || graph->dataCount() == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (graph->data()->constEnd() - 1)->value;
}

QImage TrainingCurves::toImage(int width, int height)
{
    d->refreshTimer.stop();
    refresh();
    return d->plot->toPixmap(width, height, 2.0).toImage();
}

void TrainingCurves::refresh()
{
    double lastIteration = 1;
    for (auto* graph : std::as_const(d->series))
        if (graph->dataCount() > 0)
            lastIteration = std::max(lastIteration, (graph->data()->constEnd() - 1)->key);
    for (int i = 0; i < 3; ++i) {
        auto* rect = d->rects[i];
        rect->axis(QCPAxis::atBottom)->setRange(0, lastIteration * 1.03); // room for the newest point's marker
        auto* y = rect->axis(QCPAxis::atLeft);
        bool found = false;
        QCPRange range;
        for (auto* graph : rect->graphs()) {
            bool ok = false;
            const auto r = graph->getValueRange(ok, QCP::sdBoth);
            if (!ok)
                continue;
            range = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
            found = true;
        }
        if (!found)
            continue;
        if (i == int(Panel::Accuracy))
            y->setRange(std::max(0.0, std::floor(range.lower / 10) * 10), 100);
        else if (i == int(Panel::LearningRate))
            y->setRange(range.lower / 2, range.upper * 2);
        else
            y->setRange(std::min(0.0, range.lower), range.upper * 1.05 + 1e-9);
    }
    d->plot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrainingCurves::exportTo(const QString& file) const
{
    const auto suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return d->plot->savePdf(file);
    return d->plot->savePng(file);
}

} // namespace hiernet::widgets

#include "ConfusionHeatmap.h"

#include "QCustomPlotWrapper.h"

#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace hiernet::widgets {

struct ConfusionHeatmap::Private {
    QCustomPlot* plot = nullptr;
    QCPColorMap* map = nullptr;
    QCPColorScale* scale = nullptr;
    QVector<double> values;
    QStringList names;
    QVector<int> order;
    QVector<int> groupStarts;
    QVector<int> highlight[2];
    QString valueLabel;
    int n = 0;
    bool log = false;
};

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = new QCustomPlot(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    d->map = new QCPColorMap(d->plot->xAxis, d->plot->yAxis);
    d->scale = new QCPColorScale(d->plot);
    d->plot->plotLayout()->addElement(0, 1, d->scale);
    d->map->setColorScale(d->scale);
    d->map->setGradient(QCPColorGradient::gpThermal);
    d->map->setInterpolate(false);
    d->plot->yAxis->setRangeReversed(true); // row 0 at the top, as a matrix is read
    d->plot->xAxis->setLabel(tr("predicted class"));
    d->plot->yAxis->setLabel(tr("true class"));
    d->plot->setMouseTracking(true);
    connect(d->plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const int column = int(std::lround(d->plot->xAxis->pixelToCoord(event->pos().x())));
        const int row = int(std::lround(d->plot->yAxis->pixelToCoord(event->pos().y())));
        if (row >= 0 && column >= 0 && row < d->n && column < d->n)
            QToolTip::showText(event->globalPosition().toPoint(), cellText(row, column), d->plot);
        else
            QToolTip::hideText();
    });
}

ConfusionHeatmap::~ConfusionHeatmap() = default;

QCustomPlot* ConfusionHeatmap::plot() const
{
    return d->plot;
}

void ConfusionHeatmap::setMatrix(const QVector<double>& values, int n, const QStringList& names, const QString& valueLabel)
{
    d->values = values;
    d->n = n;
    d->names = names;
    d->valueLabel = valueLabel;
    d->order.clear();
    for (int i = 0; i < n; ++i)
        d->order << i;
    d->groupStarts.clear();
    d->highlight[0].clear();
    d->highlight[1].clear();
    rebuild();
}

void ConfusionHeatmap::setHighlight(const QVector<int>& first, const QVector<int>& second)
{
    d->highlight[0] = first;
    d->highlight[1] = second;
    rebuild();
}

QVector<int> ConfusionHeatmap::highlighted(int which) const
{
    return d->highlight[which == 0 ? 0 : 1];
}

void ConfusionHeatmap::setOrder(const QVector<int>& order, const QVector<int>& groupStarts)
{
    if (order.size() != d->n)
        return;
    d->order = order;
    d->groupStarts = groupStarts;
    rebuild();
}

void ConfusionHeatmap::setLogScale(bool log)
{
    d->log = log;
    rebuild();
}

bool ConfusionHeatmap::logScale() const
{
    return d->log;
}

int ConfusionHeatmap::size() const
{
    return d->n;
}

const QVector<int>& ConfusionHeatmap::order() const
{
    return d->order;
}

double ConfusionHeatmap::displayedValue(int row, int column) const
{
    return d->values[d->order[row] * d->n + d->order[column]];
}

QString ConfusionHeatmap::cellText(int row, int column) const
{
    return tr("%1 → %2: %3")
        .arg(d->names.value(d->order[row]), d->names.value(d->order[column]))
        .arg(displayedValue(row, column), 0, 'g', 4);
}

void ConfusionHeatmap::rebuild()
{
    const int n = d->n;
    d->plot->clearItems();
    d->map->data()->setSize(n, n);
    d->map->data()->setRange(QCPRange(0, qMax(1, n - 1)), QCPRange(0, qMax(1, n - 1)));
    double smallest = 1e300;
    for (double v : d->values)
        if (v > 0)
            smallest = std::min(smallest, v);
    for (int row = 0; row < n; ++row)
        for (int column = 0; column < n; ++column) {
            const double v = displayedValue(row, column);
            // Log scale: zeros sit at the smallest positive value so that they still get a colour.
            d->map->data()->setCell(column, row, d->log ? std::max(v, smallest) : v);
        }
    d->scale->setDataScaleType(d->log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (d->log)
        d->scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        d->scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    d->scale->axis()->setLabel(d->valueLabel);
    d->map->rescaleDataRange(true);

    // Class names on the axes where they fit, indices otherwise.
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    const bool names = n <= 40;
    const int step = names ? 1 : qMax(1, n / 20);
    for (int k = 0; k < n; k += step)
        ticker->addTick(k, names ? d->names.value(d->order[k]) : QString::number(d->order[k]));
    d->plot->xAxis->setTicker(ticker);
    d->plot->yAxis->setTicker(ticker);
    d->plot->xAxis->setTickLabelRotation(names ? 60 : 0);
    d->plot->xAxis->setRange(-0.5, n - 0.5);
    d->plot->yAxis->setRange(-0.5, n - 0.5);

    // Group blocks along the diagonal.
    QVector<int> starts = d->groupStarts;
    starts << n;
    for (int g = 0; g + 1 < starts.size(); ++g) {
        auto* rect = new QCPItemRect(d->plot);
        rect->topLeft->setCoords(starts[g] - 0.5, starts[g] - 0.5);
        rect->bottomRight->setCoords(starts[g + 1] - 0.5, starts[g + 1] - 0.5);
        rect->setPen(QPen(QColor(0, 200, 255), 1.5));
    }

    // Highlighted classes: a translucent band along each one's row and column.
    const QColor colours[2] = { QColor(255, 170, 0), QColor(80, 160, 255) };
    for (int which = 0; which < 2; ++which)
        for (int cls : d->highlight[which]) {
            const int at = int(d->order.indexOf(cls));
            if (at < 0)
                continue;
            for (bool row : { true, false }) {
                auto* band = new QCPItemRect(d->plot);
                band->topLeft->setCoords(row ? -0.5 : at - 0.5, row ? at - 0.5 : -0.5);
                band->bottomRight->setCoords(row ? n - 0.5 : at + 0.5, row ? at + 0.5 : n - 0.5);
                QColor fill = colours[which];
                fill.setAlpha(60);
                band->setBrush(fill);
                band->setPen(QPen(colours[which], 1));
            }
        }
    d->plot->replot();
}

bool ConfusionHeatmap::exportTo(const QString& file) const
{
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return d->plot->savePdf(file);
    return d->plot->savePng(file, 0, 0, 1.0, -1, 150);
}

} // namespace hiernet::widgets

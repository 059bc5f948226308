#include "ConfusionHeatmap.h"

#include "QCustomPlotWrapper.h"

#include <QFontMetrics>
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
    QList<QCPItemText*> numbers;
    int n = 0;
    bool log = false;
    bool showNumbers = false;
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
        const auto cell = cellAt(d->plot->mapTo(this, event->pos()));
        if (cell.x() >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), cellText(cell.x(), cell.y()), d->plot);
        else
            QToolTip::hideText();
    });
    connect(d->plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const auto cell = cellAt(d->plot->mapTo(this, event->pos()));
        if (event->button() == Qt::LeftButton && cell.x() >= 0)
            Q_EMIT cellClicked(d->order[cell.x()], d->order[cell.y()]);
    });
    rebuild(); // the empty state
}

QPoint ConfusionHeatmap::cellAt(const QPoint& widgetPosition) const
{
    const auto at = d->plot->mapFrom(this, widgetPosition);
    if (!d->plot->axisRect()->rect().contains(at))
        return { -1, -1 };
    const int column = int(std::lround(d->plot->xAxis->pixelToCoord(at.x())));
    const int row = int(std::lround(d->plot->yAxis->pixelToCoord(at.y())));
    if (row < 0 || column < 0 || row >= d->n || column >= d->n)
        return { -1, -1 };
    return { row, column };
}

QPoint ConfusionHeatmap::cellCentre(int row, int column) const
{
    return d->plot->mapTo(this,
        QPoint(int(std::lround(d->plot->xAxis->coordToPixel(column))), int(std::lround(d->plot->yAxis->coordToPixel(row)))));
}

void ConfusionHeatmap::setShowNumbers(bool show)
{
    d->showNumbers = show;
    drawNumbers();
    d->plot->replot();
}

bool ConfusionHeatmap::showNumbers() const
{
    return d->showNumbers;
}

int ConfusionHeatmap::numbersShown() const
{
    return int(d->numbers.size());
}

void ConfusionHeatmap::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (d->showNumbers) { // whether the numbers fit depends on the cells' size on screen
        d->plot->replot(); // lays the axis rect out for the new size first
        drawNumbers();
        d->plot->replot();
    }
}

void ConfusionHeatmap::drawNumbers()
{
    for (auto* item : std::as_const(d->numbers))
        d->plot->removeItem(item);
    d->numbers.clear();
    const int n = d->n;
    if (!d->showNumbers || n == 0)
        return;
    bool counts = true;
    for (double v : std::as_const(d->values))
        counts = counts && v == std::floor(v);
    auto text = [counts](double v) { return counts ? QString::number(qint64(v)) : QString::number(v, 'f', 2); };
    const double cell = std::abs(d->plot->xAxis->coordToPixel(1) - d->plot->xAxis->coordToPixel(0));
    const double cellHeight = std::abs(d->plot->yAxis->coordToPixel(1) - d->plot->yAxis->coordToPixel(0));
    QFont font = d->plot->font();
    font.setPointSizeF(std::max(6.0, std::min(10.0, cellHeight / 3)));
    const QFontMetrics metrics(font);
    const auto range = d->map->dataRange();
    for (int row = 0; row < n; ++row)
        for (int column = 0; column < n; ++column) {
            const double v = displayedValue(row, column);
            const auto label = text(v);
            if (metrics.horizontalAdvance(label) + 4 > cell || metrics.height() + 2 > cellHeight)
                continue;
            auto* item = new QCPItemText(d->plot);
            item->position->setCoords(column, row);
            item->setText(label);
            item->setFont(font);
            // Light text on the dark end of the thermal scale, dark text on the bright end.
            const double share = range.size() > 0 ? (v - range.lower) / range.size() : 0.0;
            item->setColor(d->log || share < 0.6 ? Qt::white : Qt::black);
            d->numbers << item;
        }
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
    d->numbers.clear();
    if (showEmpty(n == 0))
        return;
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

    addOverlays();
    d->plot->replot();
    if (d->showNumbers) { // now that the axis rect is laid out, the numbers know their cells' size
        drawNumbers();
        d->plot->replot();
    }
}

bool ConfusionHeatmap::showEmpty(bool empty)
{
    // Nothing open: a short message, no axes or colour scale that would read as data.
    d->map->setVisible(!empty);
    d->scale->setVisible(!empty);
    d->plot->xAxis->setVisible(!empty);
    d->plot->yAxis->setVisible(!empty);
    d->plot->axisRect()->setBackground(empty ? palette().window() : QBrush(Qt::NoBrush));
    if (!empty)
        return false;
    auto* message = new QCPItemText(d->plot);
    message->position->setType(QCPItemPosition::ptAxisRectRatio);
    message->position->setCoords(0.5, 0.5);
    message->setText(tr("No CPM open:\nopen a backbone run\nor a CPM file."));
    message->setTextAlignment(Qt::AlignCenter);
    message->setColor(palette().color(QPalette::PlaceholderText));
    d->plot->replot();
    return true;
}

void ConfusionHeatmap::addOverlays()
{
    const int n = d->n;
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
}

bool ConfusionHeatmap::exportTo(const QString& file) const
{
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return d->plot->savePdf(file);
    return d->plot->savePng(file, 0, 0, 1.0, -1, 150);
}

} // namespace hiernet::widgets

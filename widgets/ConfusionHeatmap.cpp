#include "ConfusionHeatmap.h"

#include "QCustomPlotWrapper.h"

#include <QFontMetrics>
#include <QImage>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

namespace hiernet::widgets {

namespace {
constexpr double kLargestCell = 48; // pixels: zooming in stops here
// Margins for the labels, set from the widget's size, not from the labels: the axis rect, and so the square cells,
// do not depend on which labels a zoom shows. A small heatmap (beside the dendrogram) gets narrower ones.
constexpr int kLeftMargin = 118;
constexpr int kBottomMargin = 92;
constexpr int kSmallLeftMargin = 92;
constexpr int kSmallBottomMargin = 80;
constexpr int kTopMargin = 8;
constexpr int kRightMargin = 8;
constexpr int kClickSlop = 4; // pixels a click may move and still be a click, not a pan

/// A layer painted by one function and clipped to the axis rect: every mark of the heatmap in one pass over
/// what is visible, where items (one per group, band or number) would make a thousand objects per change.
class PaintedLayer : public QCPLayerable {
public:
    PaintedLayer(QCustomPlot* plot, std::function<void(QCPPainter*)> paint)
        : QCPLayerable(plot)
        , m_paint(std::move(paint))
    {
    }

protected:
    void applyDefaultAntialiasingHint(QCPPainter* painter) const override { applyAntialiasingHint(painter, false, QCP::aeItems); }
    void draw(QCPPainter* painter) override { m_paint(painter); }
    QRect clipRect() const override { return mParentPlot->axisRect()->rect(); }

private:
    std::function<void(QCPPainter*)> m_paint;
};

/// 1, 2, 5, 10, 20, 50, …: the first at least `minimum`.
int niceStep(double minimum)
{
    for (int decade = 1;; decade *= 10)
        for (int factor : { 1, 2, 5 })
            if (factor * decade >= minimum)
                return factor * decade;
}
} // namespace

struct ConfusionHeatmap::Private {
    QCustomPlot* plot = nullptr;
    QCPColorScale* scale = nullptr;
    QCPLayerable* marks = nullptr; // a PaintedLayer: the cells and every mark
    QCPColorGradient gradient { QCPColorGradient::gpThermal };
    QCPRange range; ///< of the colours
    QVector<QRgb> colours; ///< per cell in class order, made once per matrix and scale
    QImage image; ///< the cells in display order: a permutation of `colours`
    QToolButton* all = nullptr;
    QVector<double> values;
    QStringList names;
    QVector<int> order;
    QVector<int> position; ///< class → display position
    QVector<int> groupStarts;
    QVector<int> highlight[2];
    QString valueLabel;
    QVector<int> labelled;
    int n = 0;
    int focus = -1;
    bool log = false;
    bool showNumbers = false;
    bool counts = false; ///< every value an integer: numbers written as counts
    double smallest = 1.0; ///< the smallest positive value (where zeros sit on a log scale)
    bool stale = false; ///< the cells wait for the widget to be shown (fillMap)
    bool coloursStale = false; ///< the colours too (colourCells, made by the next fillMap)
    // The view: its centre in display positions and its scale; unitsPerPixel 0 means the whole matrix.
    double centreX = 0, centreY = 0, unitsPerPixel = 0;
    QCPRange shownX, shownY; ///< the ranges the view last set: others come from a pan or zoom
    bool fitting = false;
    int labelRoom = kLeftMargin - 24; ///< pixels for a label (the left margin's width less the axis title)
    QPoint pressedAt;
    bool pressed = false;
};

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->plot = new QCustomPlot(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(d->plot);
    d->marks = new PaintedLayer(d->plot, [this](QCPPainter* painter) { paintMarks(painter); });
    d->scale = new QCPColorScale(d->plot);
    d->plot->plotLayout()->addElement(0, 1, d->scale);
    d->scale->setGradient(d->gradient);
    auto* rect = d->plot->axisRect();
    rect->setAutoMargins(QCP::msNone);
    rect->setMargins(QMargins(kLeftMargin, kTopMargin, kRightMargin, kBottomMargin));
    rect->setRangeZoomFactor(0.8);
    d->plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    d->plot->yAxis->setRangeReversed(true); // row 0 at the top, as a matrix is read
    d->plot->xAxis->setLabel(tr("predicted class"));
    d->plot->yAxis->setLabel(tr("true class"));
    d->plot->xAxis->setTickLabelRotation(60);
    d->plot->setMouseTracking(true);
    d->all = new QToolButton(d->plot);
    d->all->setText(tr("All"));
    d->all->setToolTip(tr("Show the whole matrix. Wheel: zoom; drag: pan; Shift+drag: zoom into a rectangle"));
    d->all->hide();
    connect(d->all, &QToolButton::clicked, this, &ConfusionHeatmap::showAll);
    connect(d->plot, &QCustomPlot::beforeReplot, this, &ConfusionHeatmap::fitView);
    connectMouse();
    rebuild(); // the empty state
}

void ConfusionHeatmap::connectMouse()
{
    connect(d->plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent* event) {
        const auto cell = cellAt(d->plot->mapTo(this, event->pos()));
        if (cell.x() >= 0 && !(event->buttons() & Qt::LeftButton))
            QToolTip::showText(event->globalPosition().toPoint(), cellText(cell.x(), cell.y()), d->plot);
        else
            QToolTip::hideText();
    });
    connect(d->plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        // Shift+drag draws a rectangle to zoom into; a plain drag pans (QCustomPlot reads the mode after this signal).
        d->plot->setSelectionRectMode(event->modifiers() & Qt::ShiftModifier ? QCP::srmZoom : QCP::srmNone);
        d->pressed = event->button() == Qt::LeftButton;
        d->pressedAt = event->pos();
    });
    connect(d->plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        const bool click = d->pressed && event->button() == Qt::LeftButton
            && (event->pos() - d->pressedAt).manhattanLength() <= kClickSlop && !(event->modifiers() & Qt::ShiftModifier);
        d->pressed = false;
        const auto cell = cellAt(d->plot->mapTo(this, event->pos()));
        if (click && cell.x() >= 0)
            Q_EMIT cellClicked(d->order[cell.x()], d->order[cell.y()]);
    });
}

QPoint ConfusionHeatmap::cellAt(const QPoint& widgetPosition) const
{
    const auto at = d->plot->mapFrom(this, widgetPosition);
    if (d->n == 0 || !d->plot->axisRect()->rect().contains(at))
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
    d->plot->replot();
}

bool ConfusionHeatmap::showNumbers() const
{
    return d->showNumbers;
}

int ConfusionHeatmap::numbersShown() const
{
    return int(numberCells(nullptr).size());
}

ConfusionHeatmap::~ConfusionHeatmap() = default;

void ConfusionHeatmap::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (d->stale && d->n > 0) {
        fillMap();
        d->plot->replot();
    }
}

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
    d->order.resize(n);
    d->position.resize(n);
    for (int i = 0; i < n; ++i)
        d->order[i] = d->position[i] = i;
    d->counts = std::all_of(values.begin(), values.end(), [](double v) { return v == std::floor(v); });
    d->smallest = 1e300;
    for (double v : values)
        if (v > 0)
            d->smallest = std::min(d->smallest, v);
    d->groupStarts.clear();
    d->highlight[0].clear();
    d->highlight[1].clear();
    d->focus = -1;
    d->unitsPerPixel = 0; // a new matrix is shown whole
    rebuild();
}

void ConfusionHeatmap::setHighlight(const QVector<int>& first, const QVector<int>& second)
{
    d->highlight[0] = first;
    d->highlight[1] = second;
    d->plot->replot();
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
    for (int k = 0; k < d->n; ++k)
        d->position[order[k]] = k;
    d->groupStarts = groupStarts;
    fillMap();
    d->plot->replot();
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
    if (showEmpty(d->n == 0))
        return;
    d->scale->setDataScaleType(d->log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (d->log)
        d->scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    else
        d->scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    d->scale->axis()->setLabel(d->valueLabel);
    d->coloursStale = true;
    fillMap();
    d->plot->replot();
}

void ConfusionHeatmap::colourCells()
{
    // Every cell's colour once per matrix and scale; a new order then only moves colours (fillMap).
    const int n = d->n;
    // Log scale: zeros sit at the smallest positive value so that they still get a colour.
    const auto shown = [this](double v) { return d->log ? std::max(v, d->smallest) : v; };
    double low = 1e300, high = -1e300;
    for (double v : std::as_const(d->values)) {
        low = std::min(low, shown(v));
        high = std::max(high, shown(v));
    }
    d->range = QCPRange(low, high > low ? high : low + (d->log ? low : 1.0));
    d->scale->setDataRange(d->range);
    d->colours.resize(d->values.size());
    QVector<double> row(n); // one row at a time: no second copy of the matrix
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c)
            row[c] = shown(d->values[std::size_t(r) * n + c]);
        d->gradient.colorize(row.constData(), d->range, d->colours.data() + std::size_t(r) * n, n, 1, d->log);
    }
}

void ConfusionHeatmap::fillMap()
{
    // On a page that is not shown (the window is), the cells wait until it is: a p_min step on the Grouping page
    // then does not redo the Confusion page's million cells.
    d->stale = window()->isVisible() && !isVisible();
    if (d->stale)
        return;
    if (d->coloursStale) {
        colourCells();
        d->coloursStale = false;
    }
    const int n = d->n;
    if (d->image.width() != n || d->image.height() != n)
        d->image = QImage(n, n, QImage::Format_RGB32);
    for (int row = 0; row < n; ++row) {
        const QRgb* source = d->colours.constData() + std::size_t(d->order[row]) * std::size_t(n);
        auto* line = reinterpret_cast<QRgb*>(d->image.scanLine(row));
        for (int column = 0; column < n; ++column)
            line[column] = source[d->order[column]];
    }
}

bool ConfusionHeatmap::showEmpty(bool empty)
{
    // Nothing open: a short message, no axes or colour scale that would read as data.
    d->plot->clearItems();
    d->marks->setVisible(!empty);
    d->scale->setVisible(!empty);
    d->plot->xAxis->setVisible(!empty);
    d->plot->yAxis->setVisible(!empty);
    if (!empty)
        return false;
    d->all->hide();
    auto* message = new QCPItemText(d->plot);
    message->position->setType(QCPItemPosition::ptAxisRectRatio);
    message->position->setCoords(0.5, 0.5);
    message->setText(tr("No CPM open:\nopen a backbone run\nor a CPM file."));
    message->setTextAlignment(Qt::AlignCenter);
    message->setColor(palette().color(QPalette::PlaceholderText));
    d->plot->replot();
    return true;
}

bool ConfusionHeatmap::exportTo(const QString& file) const
{
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return d->plot->savePdf(file);
    return d->plot->savePng(file, 0, 0, 1.0, -1, 150);
}

// The view: square cells inside the matrix's bounds.

void ConfusionHeatmap::fitView()
{
    if (d->fitting || d->n == 0)
        return;
    d->fitting = true;
    squareAxisRect();
    const QRect area = d->plot->axisRect()->rect();
    const auto x = d->plot->xAxis->range(), y = d->plot->yAxis->range();
    if (area.width() > 0 && area.height() > 0 && d->shownX.size() > 0 && (x != d->shownX || y != d->shownY)) {
        // A pan, a wheel zoom or a rectangle changed the ranges: keep its centre, and all of it in view.
        setView(x.center(), y.center(), std::max(x.size() / area.width(), y.size() / area.height()));
    } else {
        setView(d->centreX, d->centreY, d->unitsPerPixel); // a resize or a change of the matrix
    }
    updateLabels();
    d->all->setVisible(isZoomed());
    d->all->move(4, d->plot->height() - d->all->sizeHint().height() - 4);
    d->fitting = false;
}

void ConfusionHeatmap::squareAxisRect()
{
    // Lay the plot out with the fixed margins, then give the longer side's surplus to its margins: the axis rect is
    // a square, so the whole matrix fills it and cells are square at any widget size.
    auto* rect = d->plot->axisRect();
    auto layOut = [this] {
        for (auto phase : { QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout })
            d->plot->plotLayout()->update(phase);
    };
    const bool small = std::min(d->plot->width(), d->plot->height()) < 480;
    const int left = small ? kSmallLeftMargin : kLeftMargin, bottom = small ? kSmallBottomMargin : kBottomMargin;
    d->labelRoom = left - 24;
    rect->setMargins(QMargins(left, kTopMargin, kRightMargin, bottom));
    layOut();
    const int width = rect->width(), height = rect->height();
    if (width <= 0 || height <= 0)
        return;
    const int surplusX = std::max(0, width - height), surplusY = std::max(0, height - width);
    rect->setMargins(QMargins(left + surplusX / 2, kTopMargin + surplusY / 2, kRightMargin + surplusX - surplusX / 2,
        bottom + surplusY - surplusY / 2));
    layOut();
}

void ConfusionHeatmap::setView(double centreX, double centreY, double unitsPerPixel)
{
    const int n = d->n;
    const QRect area = d->plot->axisRect()->rect();
    const QCPRange whole(-0.5, n - 0.5);
    if (area.width() <= 0 || area.height() <= 0) { // not laid out yet (hidden): the whole matrix
        d->plot->xAxis->setRange(whole);
        d->plot->yAxis->setRange(whole);
        d->shownX = d->shownY = whole;
        return;
    }
    const double all = double(n) / std::min(area.width(), area.height());
    if (unitsPerPixel <= 0 || unitsPerPixel >= all * (1 - 1e-9)) {
        unitsPerPixel = all;
        d->unitsPerPixel = 0;
    } else {
        unitsPerPixel = std::max(unitsPerPixel, 1.0 / kLargestCell);
        d->unitsPerPixel = unitsPerPixel;
    }
    // A view narrower than the matrix stays inside it; a wider one keeps the whole matrix in view (centred when
    // showing all), so that a wheel zoom keeps the class under the cursor from the first notch.
    const bool showingAll = d->unitsPerPixel == 0;
    auto place = [&](double centre, int pixels) {
        const double span = unitsPerPixel * pixels;
        const double a = -0.5 + span / 2, b = n - 0.5 - span / 2;
        centre = showingAll ? (n - 1) / 2.0 : std::clamp(centre, std::min(a, b), std::max(a, b));
        return QCPRange(centre - span / 2, centre + span / 2);
    };
    d->shownX = place(centreX, area.width());
    d->shownY = place(centreY, area.height());
    d->centreX = d->shownX.center();
    d->centreY = d->shownY.center();
    d->plot->xAxis->setRange(d->shownX);
    d->plot->yAxis->setRange(d->shownY);
}

void ConfusionHeatmap::updateLabels()
{
    // Every class where a line of text fits per cell, otherwise every k-th (1, 2, 5, 10, …).
    const QFontMetrics metrics(d->plot->xAxis->tickLabelFont());
    const double cell = std::max(1e-6, cellPixels().height());
    const int step = niceStep(1.15 * metrics.height() / cell);
    const auto x = d->plot->xAxis->range(), y = d->plot->yAxis->range();
    const double low = std::max(0.0, std::min(x.lower, y.lower)), high = std::min(d->n - 1.0, std::max(x.upper, y.upper));
    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    d->labelled.clear();
    for (int k = int(std::ceil(low / step)) * step; k <= high; k += step) {
        ticker->addTick(k, metrics.elidedText(d->names.value(d->order[k]), Qt::ElideRight, d->labelRoom));
        if (k >= x.lower && k <= x.upper)
            d->labelled << k;
    }
    d->plot->xAxis->setTicker(ticker);
    d->plot->yAxis->setTicker(ticker);
}

void ConfusionHeatmap::showAll()
{
    d->unitsPerPixel = 0;
    d->plot->replot();
}

bool ConfusionHeatmap::centreOnClass(int classIndex, int cells)
{
    if (classIndex < 0 || classIndex >= d->n)
        return false;
    d->focus = classIndex;
    const QRect area = d->plot->axisRect()->rect();
    const int position = d->position[classIndex];
    setView(position, position, double(std::max(1, cells)) / std::max(1, std::min(area.width(), area.height())));
    d->plot->replot();
    return true;
}

int ConfusionHeatmap::focusedClass() const
{
    return d->focus;
}

bool ConfusionHeatmap::isZoomed() const
{
    return d->n > 0 && d->unitsPerPixel > 0;
}

QRectF ConfusionHeatmap::visibleCells() const
{
    const auto x = d->plot->xAxis->range(), y = d->plot->yAxis->range();
    return QRectF(x.lower, y.lower, x.size(), y.size());
}

QSizeF ConfusionHeatmap::cellPixels() const
{
    return { std::abs(d->plot->xAxis->coordToPixel(1) - d->plot->xAxis->coordToPixel(0)),
        std::abs(d->plot->yAxis->coordToPixel(1) - d->plot->yAxis->coordToPixel(0)) };
}

QVector<int> ConfusionHeatmap::labelledPositions() const
{
    return d->labelled;
}

// The marks: one pass over what is visible.

void ConfusionHeatmap::paintMarks(QCPPainter* painter) const
{
    const auto* x = d->plot->xAxis;
    const auto* y = d->plot->yAxis;
    auto cells = [&](double firstColumn, double lastColumn, double firstRow, double lastRow) {
        return QRectF(QPointF(x->coordToPixel(firstColumn - 0.5), y->coordToPixel(firstRow - 0.5)),
            QPointF(x->coordToPixel(lastColumn + 0.5), y->coordToPixel(lastRow + 0.5)))
            .normalized();
    };
    const int n = d->n;
    const QRectF visible = d->plot->axisRect()->rect();
    paintCells(painter);
    // Group blocks along the diagonal; single classes only where a cell is large enough to tell them apart.
    const bool singles = cellPixels().width() >= 6;
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0, 200, 255), 1.5));
    QVector<int> starts = d->groupStarts;
    starts << n;
    for (int g = 0; g + 1 < starts.size(); ++g) {
        const QRectF block = cells(starts[g], starts[g + 1] - 1, starts[g], starts[g + 1] - 1);
        if ((singles || starts[g + 1] - starts[g] > 1) && block.intersects(visible))
            painter->drawRect(block);
    }
    // Highlighted classes: a translucent band along each one's row and column.
    const QColor colours[2] = { QColor(255, 170, 0), QColor(80, 160, 255) };
    for (int which = 0; which < 2; ++which)
        for (int cls : d->highlight[which]) {
            if (cls < 0 || cls >= n)
                continue;
            const int at = d->position[cls];
            QColor fill = colours[which];
            fill.setAlpha(60);
            painter->setPen(QPen(colours[which], 1));
            painter->setBrush(fill);
            painter->drawRect(cells(0, n - 1, at, at));
            painter->drawRect(cells(at, at, 0, n - 1));
        }
    if (d->focus >= 0) { // the class a search found
        const int at = d->position[d->focus];
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(255, 255, 255), 2));
        painter->drawRect(cells(0, n - 1, at, at));
        painter->drawRect(cells(at, at, 0, n - 1));
    }
    paintNumbers(painter);
}

void ConfusionHeatmap::paintCells(QCPPainter* painter) const
{
    // Only the visible cells, each a block of pixels (no smoothing between cells).
    if (d->image.isNull() || d->n == 0 || d->stale)
        return;
    const auto x = d->plot->xAxis->range(), y = d->plot->yAxis->range();
    const int first = std::max(0, int(std::floor(x.lower + 0.5))), last = std::min(d->n - 1, int(std::ceil(x.upper - 0.5)));
    const int top = std::max(0, int(std::floor(y.lower + 0.5))), bottom = std::min(d->n - 1, int(std::ceil(y.upper - 0.5)));
    if (first > last || top > bottom)
        return;
    const QRectF target = QRectF(QPointF(d->plot->xAxis->coordToPixel(first - 0.5), d->plot->yAxis->coordToPixel(top - 0.5)),
        QPointF(d->plot->xAxis->coordToPixel(last + 0.5), d->plot->yAxis->coordToPixel(bottom + 0.5)))
                              .normalized();
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, d->image, QRectF(first, top, last - first + 1, bottom - top + 1));
    painter->restore();
}

QVector<ConfusionHeatmap::NumberCell> ConfusionHeatmap::numberCells(QFont* fontUsed) const
{
    QVector<NumberCell> out;
    const QSizeF cellSize = cellPixels();
    const double cell = cellSize.height();
    QFont font = d->plot->font();
    font.setPointSizeF(std::max(6.0, std::min(10.0, cell / 3)));
    const QFontMetrics metrics(font);
    if (!d->showNumbers || d->n == 0 || metrics.height() + 2 > cell)
        return out;
    const auto x = d->plot->xAxis->range(), y = d->plot->yAxis->range();
    const int lastRow = std::min(d->n - 1, int(std::floor(y.upper + 0.5)));
    const int lastColumn = std::min(d->n - 1, int(std::floor(x.upper + 0.5)));
    for (int row = std::max(0, int(std::ceil(y.lower - 0.5))); row <= lastRow; ++row)
        for (int column = std::max(0, int(std::ceil(x.lower - 0.5))); column <= lastColumn; ++column) {
            const double v = displayedValue(row, column);
            auto text = d->counts ? QString::number(qint64(v)) : QString::number(v, 'f', 2);
            if (metrics.horizontalAdvance(text) + 4 <= cellSize.width())
                out.push_back({ row, column, std::move(text) });
        }
    if (fontUsed)
        *fontUsed = font;
    return out;
}

void ConfusionHeatmap::paintNumbers(QCPPainter* painter) const
{
    QFont font;
    const auto cells = numberCells(&font);
    if (cells.isEmpty())
        return;
    painter->setFont(font);
    const auto range = d->range;
    const QSizeF size = cellPixels();
    for (const auto& cell : cells) {
        const double v = displayedValue(cell.row, cell.column);
        // Light text on the dark end of the thermal scale, dark text on the bright end.
        const double share = range.size() > 0 ? (v - range.lower) / range.size() : 0.0;
        painter->setPen(d->log || share < 0.6 ? Qt::white : Qt::black);
        const QPointF centre(d->plot->xAxis->coordToPixel(cell.column), d->plot->yAxis->coordToPixel(cell.row));
        painter->drawText(QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size), Qt::AlignCenter, cell.text);
    }
}

} // namespace hiernet::widgets

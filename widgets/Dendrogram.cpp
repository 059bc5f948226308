#include "Dendrogram.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hiernet::widgets {

namespace {
constexpr int leftMargin = 64;
constexpr int rightMargin = 12;
constexpr int topMargin = 12;
constexpr int labelSpace = 90;
} // namespace

Dendrogram::Dendrogram(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(160);
    setToolTip(tr("Drag to move the p_min cut"));
}

void Dendrogram::setTree(const QStringList& leafNames, const QVector<DendrogramMerge>& merges)
{
    const int n = int(leafNames.size());
    m_names = leafNames;
    m_merges = merges;
    m_heights.clear();
    double running = std::numeric_limits<double>::infinity();
    double lowest = 1.0, highest = 0.0;
    for (const auto& m : merges) {
        running = std::min(running, m.proximity);
        m_heights << running;
        if (running > 0) {
            lowest = std::min(lowest, running);
            highest = std::max(highest, running);
        }
    }
    m_low = std::clamp(lowest / 3, 1e-6, 0.5);
    m_high = std::max(highest * 2, m_low * 10);

    // Leaves in the order of the final groups' members: a merged node lists its first child's leaves
    // first, so every link spans a contiguous run of leaves.
    QVector<QVector<int>> members(n + int(merges.size()));
    QVector<bool> isRoot(n + int(merges.size()), true);
    for (int i = 0; i < n; ++i)
        members[i] = {i};
    for (const auto& m : merges) {
        members[m.result] = members[m.first] + members[m.second];
        isRoot[m.first] = isRoot[m.second] = false;
    }
    m_leafOrder.clear();
    for (int node = 0; node < members.size(); ++node)
        if (isRoot[node] && node < n)
            m_leafOrder << node; // singletons first, as the reference lists untouched classes
    for (int node = n; node < members.size(); ++node)
        if (isRoot[node])
            m_leafOrder += members[node];
    m_leafPosition = QVector<int>(n, 0);
    for (int p = 0; p < m_leafOrder.size(); ++p)
        m_leafPosition[m_leafOrder[p]] = p;
    update();
}

void Dendrogram::setCut(double pMin)
{
    if (pMin == m_cut)
        return;
    m_cut = pMin;
    update();
}

double Dendrogram::heightOf(int node) const
{
    const int n = int(m_names.size());
    if (node < n)
        return m_high;
    return m_heights.value(node - n, m_high);
}

int Dendrogram::mergesBelowCut() const
{
    return int(std::count_if(m_heights.begin(), m_heights.end(), [this](double h) { return h > m_cut; }));
}

QRect Dendrogram::plotArea() const
{
    const bool labels = !m_names.isEmpty() && (width() - leftMargin - rightMargin) / double(m_names.size()) >= fontMetrics().height();
    return QRect(leftMargin, topMargin, std::max(10, width() - leftMargin - rightMargin),
                 std::max(10, height() - topMargin - (labels ? labelSpace : 8)));
}

double Dendrogram::proximityAt(int y) const
{
    const QRect area = plotArea();
    const double t = std::clamp(double(area.bottom() - y) / std::max(1, area.height()), 0.0, 1.0);
    return std::exp(std::log(m_high) - t * (std::log(m_high) - std::log(m_low)));
}

int Dendrogram::yOf(double proximity) const
{
    const QRect area = plotArea();
    const double p = std::clamp(proximity, m_low, m_high);
    const double t = (std::log(m_high) - std::log(p)) / (std::log(m_high) - std::log(m_low));
    return int(std::lround(area.bottom() - t * area.height()));
}

double Dendrogram::leafX(int position) const
{
    const QRect area = plotArea();
    const int n = std::max<int>(1, int(m_names.size()));
    return area.left() + (position + 0.5) * area.width() / n;
}

void Dendrogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRect area = plotArea();
    const int n = int(m_names.size());
    painter.setPen(palette().text().color());
    painter.drawLine(area.topLeft(), area.bottomLeft());
    // Decade ticks on the log axis.
    for (int e = int(std::floor(std::log10(m_low))); e <= int(std::ceil(std::log10(m_high))); ++e) {
        const double p = std::pow(10.0, e);
        if (p < m_low || p > m_high)
            continue;
        const int y = yOf(p);
        painter.drawLine(area.left() - 4, y, area.left(), y);
        painter.drawText(QRect(0, y - 8, leftMargin - 8, 16), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("1e%1").arg(e));
    }
    painter.save();
    painter.translate(12, area.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-60, -10, 120, 20), Qt::AlignCenter, tr("proximity"));
    painter.restore();
    if (n == 0)
        return;

    QVector<double> x(n + int(m_merges.size()));
    for (int i = 0; i < n; ++i)
        x[i] = leafX(m_leafPosition[i]);
    const QColor done(31, 119, 180), undone(170, 170, 170);
    for (int s = 0; s < m_merges.size(); ++s) {
        const auto& m = m_merges[s];
        x[m.result] = (x[m.first] + x[m.second]) / 2;
        const int top = yOf(m_heights[s]);
        painter.setPen(QPen(m_heights[s] > m_cut ? done : undone, 1.3));
        QPainterPath link;
        link.moveTo(x[m.first], yOf(heightOf(m.first)));
        link.lineTo(x[m.first], top);
        link.lineTo(x[m.second], top);
        link.lineTo(x[m.second], yOf(heightOf(m.second)));
        painter.drawPath(link);
    }
    if (area.width() / double(n) >= fontMetrics().height()) {
        painter.setPen(palette().text().color());
        for (int i = 0; i < n; ++i) {
            painter.save();
            painter.translate(x[i], area.bottom() + 4);
            painter.rotate(60);
            painter.drawText(QRect(0, -8, labelSpace + 20, 16), Qt::AlignLeft | Qt::AlignVCenter,
                             fontMetrics().elidedText(m_names[i], Qt::ElideRight, labelSpace + 10));
            painter.restore();
        }
    }
    const int cutY = yOf(m_cut);
    painter.setPen(QPen(QColor(214, 39, 40), 1.5, Qt::DashLine));
    painter.drawLine(area.left(), cutY, area.right(), cutY);
    painter.drawText(QRect(area.left() + 4, cutY - 18, 200, 16), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("p_min = %1").arg(m_cut, 0, 'g', 4));
}

void Dendrogram::dragTo(int y)
{
    const double p = proximityAt(y);
    setCut(p);
    Q_EMIT cutDragged(p);
}

void Dendrogram::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !plotArea().adjusted(-4, -8, 4, 8).contains(event->position().toPoint()))
        return;
    m_dragging = true;
    dragTo(event->position().toPoint().y());
}

void Dendrogram::mouseMoveEvent(QMouseEvent* event)
{
    const int y = event->position().toPoint().y();
    if (m_dragging)
        dragTo(y);
    else
        setCursor(std::abs(y - yOf(m_cut)) <= 4 ? Qt::SplitVCursor : Qt::ArrowCursor);
}

void Dendrogram::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton)
        m_dragging = false;
}

} // namespace hiernet::widgets

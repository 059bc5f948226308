#include "Dendrogram.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace hiernet::widgets {

namespace {
/// Leaves of every node of a merge sequence over k leaves (node ids 0…k−1, then k+s for merge s).
QVector<QVector<int>> nodeMembers(int k, const QVector<DendrogramMerge>& merges)
{
    QVector<QVector<int>> members(k + int(merges.size()));
    for (int i = 0; i < k; ++i)
        members[i] = { i };
    for (const auto& m : merges)
        members[m.result] = members[m.first] + members[m.second];
    return members;
}

/// Leaves left to right: untouched leaves first (as the grouping lists them), then each final group's
/// members, so that every link spans a contiguous run of leaves.
QVector<int> leafOrderOf(int k, const QVector<DendrogramMerge>& merges)
{
    const auto members = nodeMembers(k, merges);
    QVector<bool> isRoot(members.size(), true);
    for (const auto& m : merges)
        isRoot[m.first] = isRoot[m.second] = false;
    QVector<int> order;
    for (int node = 0; node < k; ++node)
        if (isRoot[node])
            order << node;
    for (int node = k; node < members.size(); ++node)
        if (isRoot[node])
            order += members[node];
    return order;
}

QVector<double> runningMinima(const QVector<DendrogramMerge>& merges)
{
    QVector<double> heights;
    double running = std::numeric_limits<double>::infinity();
    for (const auto& m : merges)
        heights << (running = std::min(running, m.proximity));
    return heights;
}

QColor levelColour(int level)
{
    static const QColor colours[] = { QColor(31, 119, 180), QColor(44, 160, 44), QColor(148, 103, 189), QColor(140, 86, 75) };
    return colours[std::clamp(level - 1, 0, 3)];
}

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

    placeSubtrees();
}

void Dendrogram::setSubtrees(const QVector<DendrogramSubtree>& subtrees)
{
    m_subtreesGiven = subtrees;
    placeSubtrees();
}

int Dendrogram::subtreesDrawn() const
{
    return int(m_subtrees.size());
}

void Dendrogram::setHighlightedMerge(int merge)
{
    if (merge == m_highlighted)
        return;
    m_highlighted = merge;
    update();
}

void Dendrogram::placeSubtrees()
{
    const int n = int(m_names.size());
    m_leafOrder = leafOrderOf(n, m_merges);
    m_subtrees.clear();
    // Each subtree finds the node of the level above whose leaves it has, lowest levels first.
    auto given = m_subtreesGiven;
    std::stable_sort(
        given.begin(), given.end(), [](const DendrogramSubtree& a, const DendrogramSubtree& b) { return a.level < b.level; });
    const auto sortedLeaves = [](QVector<int> leaves) {
        std::sort(leaves.begin(), leaves.end());
        return leaves;
    };
    const auto findNode
        = [&](const QVector<int>& treeLeaves, const QVector<DendrogramMerge>& merges, const QVector<int>& wanted) {
              const auto members = nodeMembers(int(treeLeaves.size()), merges);
              for (int node = int(treeLeaves.size()); node < members.size(); ++node) {
                  QVector<int> global;
                  for (int local : members[node])
                      global << treeLeaves[local];
                  if (sortedLeaves(global) == wanted)
                      return node;
              }
              return -1;
          };
    QVector<int> all(n);
    for (int i = 0; i < n; ++i)
        all[i] = i;
    for (const auto& tree : given) {
        const auto wanted = sortedLeaves(tree.leaves);
        Placed placed { tree, runningMinima(tree.merges), -1, -1 };
        if (tree.level == 2) {
            placed.parentNode = findNode(all, m_merges, wanted);
        } else {
            for (int i = 0; i < m_subtrees.size() && placed.parentNode < 0; ++i)
                if (m_subtrees[i].tree.level == tree.level - 1) {
                    placed.parent = i;
                    placed.parentNode = findNode(m_subtrees[i].tree.leaves, m_subtrees[i].tree.merges, wanted);
                }
        }
        if (placed.parentNode < 0)
            continue;
        // Its leaves are a contiguous run of the order so far: rewrite that run in the subtree's own order.
        QVector<int> positions;
        for (int leaf : tree.leaves)
            positions << int(m_leafOrder.indexOf(leaf));
        std::sort(positions.begin(), positions.end());
        const auto local = leafOrderOf(int(tree.leaves.size()), tree.merges);
        for (int i = 0; i < positions.size(); ++i)
            m_leafOrder[positions[i]] = tree.leaves[local[i]];
        m_subtrees << placed;
    }
    m_leafPosition = QVector<int>(n, 0);
    for (int p = 0; p < m_leafOrder.size(); ++p)
        m_leafPosition[m_leafOrder[p]] = p;
    layOut();
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
    // Labels are drawn at 60°: they need about 0.8 of a line height each along the axis.
    const bool labels
        = !m_names.isEmpty() && (width() - leftMargin - rightMargin) / double(m_names.size()) >= 0.8 * fontMetrics().height();
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

void Dendrogram::layOut()
{
    // Every tree: the first level (index −1) and the subtrees. A node that a subtree stands in for sits
    // at the middle of its leaves, and its own tree's links inside it are not drawn. Positions are in leaf
    // units (leaf p at p + 0.5) and heights are proximities: the widget's size enters only when painting.
    m_links.clear();
    m_marks.clear();
    const int n = int(m_names.size());
    QVector<double> x(n);
    for (int i = 0; i < n; ++i)
        x[i] = m_leafPosition[i] + 0.5;
    for (int t = -1; t < m_subtrees.size(); ++t)
        layOutTree(t, x);
}

namespace {

std::pair<double, double> spanOf(const QVector<int>& leaves, const QVector<double>& x)
{
    double low = 1e300, high = -1e300;
    for (int leaf : leaves) {
        low = std::min(low, x[leaf]);
        high = std::max(high, x[leaf]);
    }
    return { low, high };
}

} // namespace

QVector<int> Dendrogram::coveredNodes(int t, const QVector<QVector<int>>& members, int k) const
{
    // Nodes of tree t that a deeper subtree stands in for: the subtree's index, else −1.
    QVector<int> covered(members.size(), -1);
    for (int d = 0; d < m_subtrees.size(); ++d) {
        if (m_subtrees[d].parent != t)
            continue;
        const int node = m_subtrees[d].parentNode;
        for (int other = k; other < members.size(); ++other)
            if (std::all_of(members[other].begin(), members[other].end(), [&](int leaf) { return members[node].contains(leaf); }))
                covered[other] = d;
    }
    return covered;
}

void Dendrogram::layOutTree(int t, const QVector<double>& x)
{
    QVector<int> leaves;
    if (t >= 0)
        leaves = m_subtrees[t].tree.leaves;
    else
        for (int i = 0; i < x.size(); ++i)
            leaves << i;
    const auto& merges = t < 0 ? m_merges : m_subtrees[t].tree.merges;
    const auto& heights = t < 0 ? m_heights : m_subtrees[t].heights;
    const int k = int(leaves.size());
    const auto members = nodeMembers(k, merges);
    QVector<double> at(k + int(merges.size()));
    for (int i = 0; i < k; ++i)
        at[i] = x[leaves[i]];
    const auto covered = coveredNodes(t, members, k);
    const auto nodeHeight = [&](int node) { return node < k ? m_high : heights.value(node - k, m_high); };
    for (int s = 0; s < merges.size(); ++s) {
        const auto& m = merges[s];
        at[m.result] = (at[m.first] + at[m.second]) / 2;
        if (covered[m.result] >= 0) {
            const auto [low, high] = spanOf(m_subtrees[covered[m.result]].tree.leaves, x);
            at[m.result] = (low + high) / 2;
            continue;
        }
        m_links.push_back({ at[m.first], at[m.second], nodeHeight(m.first), nodeHeight(m.second), heights[s], t, s });
    }
    if (t < 0)
        return;
    // The subtree's cut across its group, and a bracket from its roots up to the group's node.
    const auto& placed = m_subtrees[t];
    SubtreeMarks marks;
    marks.tree = t;
    std::tie(marks.low, marks.high) = spanOf(leaves, x);
    marks.step = (marks.high - marks.low) / std::max(1, k - 1);
    QVector<bool> isRoot(members.size(), true);
    for (const auto& m : merges)
        isRoot[m.first] = isRoot[m.second] = false;
    const auto& parentHeights = placed.parent < 0 ? m_heights : m_subtrees[placed.parent].heights;
    const int parentLeaves = placed.parent < 0 ? int(x.size()) : int(m_subtrees[placed.parent].tree.leaves.size());
    marks.bracket = parentHeights.value(placed.parentNode - parentLeaves, m_high);
    for (int node = 0; node < members.size(); ++node)
        if (isRoot[node]) {
            marks.bracket = std::min(marks.bracket, nodeHeight(node));
            marks.roots.push_back({ at[node], nodeHeight(node) });
        }
    m_marks.push_back(marks);
}

double Dendrogram::xOf(double leafUnits) const
{
    const QRect area = plotArea();
    return area.left() + leafUnits * area.width() / std::max<int>(1, int(m_names.size()));
}

void Dendrogram::drawAxis(QPainter& painter, const QRect& area) const
{
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
}

void Dendrogram::drawLinks(QPainter& painter) const
{
    const QColor undone(170, 170, 170);
    for (const auto& link : m_links) {
        const bool highlighted = link.tree < 0 && link.merge == m_highlighted;
        const double cut = link.tree < 0 ? m_cut : m_subtrees[link.tree].tree.cut;
        const int level = link.tree < 0 ? 1 : m_subtrees[link.tree].tree.level;
        painter.setPen(
            QPen(highlighted ? QColor(255, 140, 0) : (link.top > cut ? levelColour(level) : undone), highlighted ? 3.0 : 1.3));
        const int top = yOf(link.top);
        QPainterPath path;
        path.moveTo(xOf(link.first), yOf(link.firstBottom));
        path.lineTo(xOf(link.first), top);
        path.lineTo(xOf(link.second), top);
        path.lineTo(xOf(link.second), yOf(link.secondBottom));
        painter.drawPath(path);
    }
    for (const auto& marks : m_marks) {
        const auto& tree = m_subtrees[marks.tree].tree;
        painter.setPen(QPen(levelColour(tree.level), 1.3, Qt::DashLine));
        painter.drawLine(
            QPointF(xOf(marks.low - marks.step / 2), yOf(tree.cut)), QPointF(xOf(marks.high + marks.step / 2), yOf(tree.cut)));
        painter.setPen(QPen(undone, 1.3));
        double left = 1e300, right = -1e300;
        for (const auto& [rootX, rootHeight] : marks.roots) {
            painter.drawLine(QPointF(xOf(rootX), yOf(rootHeight)), QPointF(xOf(rootX), yOf(marks.bracket)));
            left = std::min(left, rootX);
            right = std::max(right, rootX);
        }
        painter.drawLine(QPointF(xOf(left), yOf(marks.bracket)), QPointF(xOf(right), yOf(marks.bracket)));
    }
}

void Dendrogram::drawLabels(QPainter& painter, const QRect& area) const
{
    const int n = int(m_names.size());
    if (area.width() / double(n) < 0.8 * fontMetrics().height())
        return;
    painter.setPen(palette().text().color());
    for (int i = 0; i < n; ++i) {
        painter.save();
        painter.translate(xOf(m_leafPosition[i] + 0.5), area.bottom() + 4);
        painter.rotate(60);
        painter.drawText(QRect(0, -8, labelSpace + 20, 16), Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(m_names[i], Qt::ElideRight, labelSpace + 10));
        painter.restore();
    }
}

void Dendrogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRect area = plotArea();
    drawAxis(painter, area);
    if (m_names.isEmpty())
        return;
    drawLinks(painter);
    drawLabels(painter, area);
    const int cutY = yOf(m_cut);
    painter.setPen(QPen(QColor(214, 39, 40), 1.5, Qt::DashLine));
    painter.drawLine(area.left(), cutY, area.right(), cutY);
    painter.drawText(
        QRect(area.left() + 4, cutY - 18, 200, 16), Qt::AlignLeft | Qt::AlignVCenter, tr("p_min = %1").arg(m_cut, 0, 'g', 4));
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

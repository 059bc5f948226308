#include "Dendrogram.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
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
    setToolTip(tr("Drag to move the p_min cut · wheel: zoom · Shift+drag or middle button: pan · right-click a link: "
                  "collapse or expand its subtree"));
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
    m_collapsed.clear();
    m_focus = -1;
    m_viewLow = m_viewHigh = 0; // a new tree is shown whole
    placeSubtrees();
}

void Dendrogram::setSubtrees(const QVector<DendrogramSubtree>& subtrees)
{
    if (subtrees == m_subtreesGiven)
        return; // a p_min step that changes no deeper level lays nothing out again
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

bool Dendrogram::labelsFit() const
{
    // Labels are drawn at 60°: they need about 0.8 of a line height each along the axis.
    return !m_names.isEmpty()
        && (width() - leftMargin - rightMargin) / std::max(1e-9, m_viewHigh - m_viewLow) >= 0.8 * fontMetrics().height();
}

QRect Dendrogram::plotArea() const
{
    const bool labels = labelsFit() || !m_wedges.isEmpty();
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

void Dendrogram::layOut()
{
    // Every tree: the first level (index −1) and the subtrees. A node that a subtree stands in for sits
    // at the middle of its leaves, and its own tree's links inside it are not drawn. Positions are in leaf
    // units (leaf p at p + 0.5, a collapsed subtree kWedgeUnits wide) and heights are proximities: the
    // widget's size and the zoom enter only when painting.
    m_links.clear();
    m_marks.clear();
    const auto x = collapsedPositions();
    for (int t = -1; t < m_subtrees.size(); ++t)
        layOutTree(t, x);
    const bool all = m_viewHigh <= m_viewLow;
    setView(all ? 0 : m_viewLow, all ? m_units : m_viewHigh);
}

QVector<double> Dendrogram::collapsedPositions()
{
    const int n = int(m_names.size());
    m_wedges.clear();
    m_collapsedInto = QVector<int>(n, -1);
    const auto members = nodeMembers(n, m_merges);
    // Outermost first: a later merge contains the earlier ones.
    auto collapsed = collapsedNodes();
    std::sort(collapsed.rbegin(), collapsed.rend());
    for (int node : collapsed)
        if (m_collapsedInto[members[node].first()] < 0)
            for (int leaf : members[node])
                m_collapsedInto[leaf] = node;
    m_leafUnits = QVector<double>(n, 0.0);
    double units = 0;
    for (int p = 0; p < m_leafOrder.size(); ++p) {
        const int leaf = m_leafOrder[p];
        const int node = m_collapsedInto[leaf];
        if (node < 0) {
            m_leafUnits[leaf] = units + 0.5;
            units += 1;
            continue;
        }
        if (p == 0 || m_collapsedInto[m_leafOrder[p - 1]] != node) { // a subtree's leaves are contiguous
            m_wedges.push_back({ node, units, units + kWedgeUnits, heightOf(node), int(members[node].size()) });
            units += kWedgeUnits;
        }
        m_leafUnits[leaf] = m_wedges.back().low + kWedgeUnits / 2;
    }
    m_units = units;
    return m_leafUnits;
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
    // A node inside a collapsed subtree (or the subtree itself) is drawn as the subtree's wedge.
    const auto inWedge = [&](const QVector<int>& nodeLeaves) {
        const int into = m_collapsedInto[leaves[nodeLeaves.first()]];
        return into >= 0 && std::any_of(m_wedges.begin(), m_wedges.end(), [&](const Wedge& w) {
            return w.node == into && nodeLeaves.size() <= w.leaves;
        });
    };
    for (int s = 0; s < merges.size(); ++s) {
        const auto& m = merges[s];
        at[m.result] = (at[m.first] + at[m.second]) / 2;
        if (inWedge(members[m.result]))
            continue;
        if (covered[m.result] >= 0) {
            const auto [low, high] = spanOf(m_subtrees[covered[m.result]].tree.leaves, x);
            at[m.result] = (low + high) / 2;
            continue;
        }
        m_links.push_back({ at[m.first], at[m.second], nodeHeight(m.first), nodeHeight(m.second), heights[s], t, s });
    }
    QVector<int> allLocal(k);
    std::iota(allLocal.begin(), allLocal.end(), 0);
    if (t < 0 || inWedge(allLocal))
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
    return area.left() + (leafUnits - m_viewLow) * area.width() / std::max(1e-9, m_viewHigh - m_viewLow);
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
    const bool fit = labelsFit();
    auto label = [&](double x, const QString& text, bool focused) {
        painter.save();
        painter.translate(x, area.bottom() + 4);
        painter.rotate(60);
        if (focused) {
            QFont bold = painter.font();
            bold.setBold(true);
            painter.setFont(bold);
        }
        painter.setPen(focused ? QColor(214, 39, 40) : palette().text().color());
        painter.drawText(QRect(0, -8, labelSpace + 20, 16), Qt::AlignLeft | Qt::AlignVCenter,
            fontMetrics().elidedText(text, Qt::ElideRight, labelSpace + 10));
        painter.restore();
    };
    for (int i = 0; fit && i < m_names.size(); ++i) {
        const double x = xOf(m_leafUnits[i]);
        if (m_collapsedInto[i] < 0 && x >= area.left() - 1 && x <= area.right() + 1)
            label(x, m_names[i], i == m_focus);
    }
    // A wedge is labelled with its size where it is wide enough for a line of text.
    for (const auto& wedge : m_wedges) {
        const double x = xOf((wedge.low + wedge.high) / 2);
        if (xOf(wedge.high) - xOf(wedge.low) >= 0.8 * fontMetrics().height() && x >= area.left() && x <= area.right())
            label(x, tr("%n classes", nullptr, wedge.leaves), m_focus >= 0 && m_collapsedInto.value(m_focus) == wedge.node);
    }
}

int Dendrogram::labelsDrawn() const
{
    if (!labelsFit())
        return 0;
    const QRect area = plotArea();
    int drawn = 0;
    for (int i = 0; i < m_names.size(); ++i) {
        const double x = xOf(m_leafUnits[i]);
        drawn += m_collapsedInto[i] < 0 && x >= area.left() - 1 && x <= area.right() + 1;
    }
    return drawn;
}

void Dendrogram::drawWedges(QPainter& painter, const QRect& area) const
{
    for (const auto& wedge : m_wedges) {
        const bool done = wedge.top > m_cut;
        QColor fill = done ? levelColour(1) : QColor(170, 170, 170);
        painter.setPen(QPen(fill, 1.3));
        fill.setAlpha(70);
        painter.setBrush(fill);
        const double bottom = area.bottom();
        const QPointF corners[3] = { QPointF(xOf(wedge.low + 0.2), bottom), QPointF(xOf(wedge.high - 0.2), bottom),
            QPointF(xOf((wedge.low + wedge.high) / 2), yOf(wedge.top)) };
        painter.drawPolygon(corners, 3);
    }
    painter.setBrush(Qt::NoBrush);
}

void Dendrogram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    const QRect area = plotArea();
    if (m_names.isEmpty()) { // nothing open: what to do, and no axis that would read as data
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No CPM open:\nopen a backbone run or a CPM file\nto see its merges."));
        return;
    }
    drawAxis(painter, area);
    // Zoomed in, what lies left or right of the plot is cut off (labels below it are kept).
    painter.setClipRect(QRect(area.left() - 2, 0, area.width() + 4, height()));
    drawLinks(painter);
    drawWedges(painter, area);
    drawLabels(painter, area);
    if (m_focus >= 0) { // the leaf a search found
        QColor band(214, 39, 40);
        band.setAlpha(60);
        const double x = xOfLeaf(m_focus);
        painter.fillRect(QRectF(x - 3, area.top(), 6, area.height()), band);
    }
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
    const QPoint at = event->position().toPoint();
    if (!plotArea().adjusted(-4, -8, 4, 8).contains(at))
        return;
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_panning = true; // the leaf unit under the cursor follows it
        const QRect area = plotArea();
        m_panFrom = m_viewLow + (at.x() - area.left()) * (m_viewHigh - m_viewLow) / std::max(1, area.width());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    dragTo(at.y());
}

void Dendrogram::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (m_panning) {
        const QRect area = plotArea();
        const double span = m_viewHigh - m_viewLow;
        const double low = m_panFrom - (at.x() - area.left()) * span / std::max(1, area.width());
        setView(low, low + span);
    } else if (m_dragging) {
        dragTo(at.y());
    } else {
        setCursor(std::abs(at.y() - yOf(m_cut)) <= 4 ? Qt::SplitVCursor : Qt::ArrowCursor);
    }
}

void Dendrogram::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging && event->button() == Qt::LeftButton)
        m_dragging = false;
    m_panning = false;
}

void Dendrogram::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 || m_names.isEmpty())
        return;
    zoomBy(std::pow(0.8, notches), int(event->position().x()));
    event->accept();
}

void Dendrogram::contextMenuEvent(QContextMenuEvent* event)
{
    const int node = nodeAt(event->pos());
    QMenu menu(this);
    if (node >= 0) {
        const int leaves = int(nodeMembers(int(m_names.size()), m_merges)[node].size());
        if (isCollapsed(node))
            menu.addAction(
                tr("Expand this subtree (%n classes)", nullptr, leaves), this, [this, node] { setCollapsed(node, false); });
        else
            menu.addAction(
                tr("Collapse this subtree (%n classes)", nullptr, leaves), this, [this, node] { setCollapsed(node, true); });
    }
    if (!m_collapsed.isEmpty())
        menu.addAction(tr("Expand all"), this, &Dendrogram::expandAll);
    if (isZoomed())
        menu.addAction(tr("Show all leaves"), this, &Dendrogram::showAll);
    if (!menu.isEmpty())
        menu.exec(event->globalPos());
}

// Zoom and collapse.

bool Dendrogram::setCollapsed(int node, bool collapsed)
{
    const int n = int(m_names.size());
    if (node < n || node >= n + m_merges.size())
        return false;
    if (collapsed == isCollapsed(node))
        return true;
    const double span = m_viewHigh - m_viewLow;
    const bool zoomed = isZoomed();
    if (collapsed)
        m_collapsed.insert(node);
    else
        m_collapsed.remove(node);
    layOut();
    if (zoomed) { // the same part stays in view, with the same number of units
        const auto members = nodeMembers(n, m_merges)[node];
        const double at = m_leafUnits[members.first()];
        setView(at - span / 2, at + span / 2);
    } else {
        setView(0, m_units);
    }
    return true;
}

QVector<int> Dendrogram::collapsedNodes() const
{
    QVector<int> nodes(m_collapsed.begin(), m_collapsed.end());
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

void Dendrogram::expandAll()
{
    m_collapsed.clear();
    layOut();
    setView(0, m_units);
}

int Dendrogram::nodeAt(const QPoint& position) const
{
    const QRect area = plotArea();
    for (const auto& wedge : m_wedges)
        if (position.x() >= xOf(wedge.low) && position.x() <= xOf(wedge.high) && position.y() >= yOf(wedge.top) - 4
            && position.y() <= area.bottom() + 2)
            return wedge.node;
    for (const auto& link : m_links) {
        const double left = std::min(xOf(link.first), xOf(link.second)), right = std::max(xOf(link.first), xOf(link.second));
        if (link.tree < 0 && std::abs(position.y() - yOf(link.top)) <= 4 && position.x() >= left - 2 && position.x() <= right + 2)
            return m_merges[link.merge].result;
    }
    return -1;
}

void Dendrogram::setView(double low, double high)
{
    const double span = std::clamp(high - low, std::min(m_units, 5.0), std::max(m_units, 1e-9));
    low = std::clamp(low, 0.0, std::max(0.0, m_units - span));
    m_viewLow = low;
    m_viewHigh = low + span;
    update();
}

void Dendrogram::zoomBy(double factor, int anchorX)
{
    const QRect area = plotArea();
    const double span = m_viewHigh - m_viewLow;
    const double anchor = m_viewLow + (anchorX - area.left()) * span / std::max(1, area.width());
    const double newSpan = std::clamp(span * factor, std::min(m_units, 5.0), m_units);
    const double low = anchor - (anchor - m_viewLow) * newSpan / std::max(1e-9, span);
    setView(low, low + newSpan);
}

void Dendrogram::showAll()
{
    setView(0, m_units);
}

bool Dendrogram::isZoomed() const
{
    return m_viewHigh - m_viewLow < m_units - 1e-9;
}

double Dendrogram::xOfLeaf(int leaf) const
{
    return xOf(m_leafUnits.value(leaf));
}

bool Dendrogram::centreOnLeaf(int leaf, int leaves)
{
    if (leaf < 0 || leaf >= m_names.size())
        return false;
    m_focus = leaf;
    const double at = m_leafUnits[leaf];
    const double span = std::min(m_units, double(std::max(1, leaves)));
    setView(at - span / 2, at + span / 2);
    return true;
}

} // namespace hiernet::widgets

#include "TreeDiagram.h"

#include "RouteColours.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <functional>

namespace hiernet::widgets {

namespace {
constexpr double boxHeight = 22;
} // namespace

TreeDiagram::TreeDiagram(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TreeDiagram::setTree(const QVector<Node>& nodes)
{
    m_nodes = nodes;
    m_notes.clear();
    m_taken.clear();
    m_true.clear();
    m_flagged = -1;
    layoutTree();
    update();
}

void TreeDiagram::layoutTree()
{
    const int n = int(m_nodes.size());
    m_children = QVector<QVector<int>>(n);
    m_depth = QVector<int>(n, 0);
    m_x = QVector<double>(n, 0.5);
    for (int i = 1; i < n; ++i)
        if (m_nodes[i].parent >= 0 && m_nodes[i].parent < n)
            m_children[m_nodes[i].parent] << i;
    // Leaves evenly spaced in depth-first order; a parent centred over its children.
    int leaves = 0;
    std::function<void(int, int)> count = [&](int node, int depth) {
        m_depth[node] = depth;
        if (m_children[node].isEmpty())
            ++leaves;
        for (int c : m_children[node])
            count(c, depth + 1);
    };
    if (n > 0)
        count(0, 0);
    int next = 0;
    std::function<void(int)> place = [&](int node) {
        if (m_children[node].isEmpty()) {
            m_x[node] = (next++ + 0.5) / std::max(1, leaves);
            return;
        }
        for (int c : m_children[node])
            place(c);
        m_x[node] = (m_x[m_children[node].front()] + m_x[m_children[node].back()]) / 2;
    };
    if (n > 0)
        place(0);
    m_maxDepth = n > 0 ? *std::max_element(m_depth.begin(), m_depth.end()) : 0;
}

void TreeDiagram::setNotes(const QStringList& notes)
{
    m_notes = notes;
    update();
}

void TreeDiagram::setPaths(const QVector<int>& taken, const QVector<int>& truePath, int flagged)
{
    m_taken = taken;
    m_true = truePath;
    m_flagged = flagged;
    update();
}

QRectF TreeDiagram::nodeRect(int node) const
{
    const double margin = 8;
    const double rowHeight = (height() - 2 * margin - boxHeight - 16) / std::max(1, m_maxDepth);
    const double y = margin + m_depth.value(node) * rowHeight;
    const int leaves
        = std::max<int>(1, int(std::count_if(m_children.begin(), m_children.end(), [](const auto& c) { return c.isEmpty(); })));
    const double boxWidth = std::clamp((width() - 2 * margin) / leaves - 6, 30.0, 160.0);
    const double x = margin + m_x.value(node) * (width() - 2 * margin) - boxWidth / 2;
    return { x, y, boxWidth, boxHeight };
}

void TreeDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    auto onPath = [](const QVector<int>& path, int a, int b) {
        for (int i = 0; i + 1 < path.size(); ++i)
            if (path[i] == a && path[i + 1] == b)
                return true;
        return false;
    };
    for (int node = 1; node < m_nodes.size(); ++node) {
        const int parent = m_nodes[node].parent;
        if (parent < 0)
            continue;
        const QRectF from = nodeRect(parent), to = nodeRect(node);
        const QPointF a(from.center().x(), from.bottom() + 14), b(to.center().x(), to.top());
        const bool taken = onPath(m_taken, parent, node), isTrue = onPath(m_true, parent, node);
        painter.setPen(QPen(QColor(190, 190, 190), 1));
        painter.drawLine(a, b);
        if (isTrue) {
            painter.setPen(QPen(trueColour, 3, Qt::DashLine));
            painter.drawLine(a, b);
        }
        if (taken) {
            painter.setPen(QPen(takenColour, 2.5));
            painter.drawLine(a, b);
        }
    }
    const QFontMetrics metrics(font());
    for (int node = 0; node < m_nodes.size(); ++node) {
        const QRectF box = nodeRect(node);
        const bool taken = m_taken.contains(node), isTrue = m_true.contains(node);
        QColor border = node == m_flagged ? flagColour : taken ? takenColour : isTrue ? trueColour : QColor(120, 120, 120);
        painter.setPen(QPen(border, node == m_flagged || taken || isTrue ? 2.5 : 1));
        painter.setBrush(taken ? QColor(222, 235, 247) : palette().base().color());
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(palette().text().color());
        painter.drawText(box.adjusted(3, 0, -3, 0), Qt::AlignCenter,
            metrics.elidedText(m_nodes[node].name, Qt::ElideRight, int(box.width()) - 6));
        const QString note = m_notes.value(node);
        if (!note.isEmpty())
            painter.drawText(QRectF(box.left() - 20, box.bottom(), box.width() + 40, 14), Qt::AlignCenter, note);
    }
}

void TreeDiagram::mousePressEvent(QMouseEvent* event)
{
    for (int node = 0; node < m_nodes.size(); ++node)
        if (nodeRect(node).contains(event->position())) {
            Q_EMIT nodeClicked(node);
            return;
        }
}

} // namespace hiernet::widgets

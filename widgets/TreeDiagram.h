#pragma once
#include <QColor>
#include <QSet>
#include <QString>
#include <QVector>
#include <QWidget>

namespace hiernet::widgets {

/// A rooted tree drawn top-down (root at the top, leaves evenly spaced), each node a box with its name
/// and a note under it (an accuracy, a probability). Two paths can be marked: the route taken (solid,
/// blue) and the true path (dashed, green); a node can be flagged (red: where the route left the true path).
///
///     diagram->setTree({{"root", -1}, {"tops", 0}, {"footwear", 0}});
///     diagram->setNotes({"97.8 %", "85.3 %", "99.1 %"});
///     diagram->setPaths({0, 2}, {0, 1}, 0);
class TreeDiagram : public QWidget {
    Q_OBJECT

public:
    struct Node {
        QString name;
        int parent = -1; ///< index of the parent node, −1 for the root (node 0)
    };

    explicit TreeDiagram(QWidget* parent = nullptr);

    void setTree(const QVector<Node>& nodes);
    void setNotes(const QStringList& notes);
    void setPaths(const QVector<int>& taken, const QVector<int>& truePath, int flagged = -1);
    void clearPaths() { setPaths({}, {}); }

    int nodeCount() const { return int(m_nodes.size()); }
    QString note(int node) const { return m_notes.value(node); }
    const QVector<int>& takenPath() const { return m_taken; }
    const QVector<int>& truePath() const { return m_true; }
    int flagged() const { return m_flagged; }
    /// The box of a node in widget coordinates.
    QRectF nodeRect(int node) const;
    QSize sizeHint() const override { return { 520, 260 }; }
    QSize minimumSizeHint() const override { return { 200, 120 }; }

Q_SIGNALS:
    void nodeClicked(int node);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void layoutTree();

    QVector<Node> m_nodes;
    QVector<QVector<int>> m_children;
    QVector<double> m_x; ///< 0…1 across
    QVector<int> m_depth;
    int m_maxDepth = 0;
    QStringList m_notes;
    QVector<int> m_taken;
    QVector<int> m_true;
    int m_flagged = -1;
};

} // namespace hiernet::widgets

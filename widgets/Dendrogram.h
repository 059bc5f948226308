#pragma once
#include <QSet>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <utility>

class QPainter;

namespace hiernet::widgets {

/// One merge of a grouping: nodes `first` and `second` became node `result` at `proximity`.
/// Nodes 0…n−1 are the leaves, node n+s is made by merge s.
struct DendrogramMerge {
    int first = 0;
    int second = 0;
    int result = 0;
    double proximity = 0.0;
    bool operator==(const DendrogramMerge& o) const
    {
        return first == o.first && second == o.second && result == o.result && proximity == o.proximity;
    }
};

/// A deeper level's grouping inside one group of the level above: its own merge sequence over the
/// group's leaves (local node ids: 0…k−1 are `leaves` in order, k+s is made by merge s) and its cut.
struct DendrogramSubtree {
    QVector<int> leaves;
    QVector<DendrogramMerge> merges;
    double cut = 0;
    int level = 2;
    bool operator==(const DendrogramSubtree& o) const
    {
        return leaves == o.leaves && merges == o.merges && cut == o.cut && level == o.level;
    }
};

/// A dendrogram of a merge sequence on a logarithmic proximity axis (leaves at the bottom, weaker
/// merges higher up), with a horizontal cut line at p_min: merges below the line are done and drawn
/// in colour, those above it in grey. Dragging anywhere in the plot moves the line and emits
/// cutDragged(). A merge's height is the running minimum of the proximities up to it, which is what
/// decides whether a cut makes it (the grouping engine's rule), so the line crosses exactly the links
/// that the cut undoes.
///
/// At 1,000 leaves and more: the wheel zooms along the leaves around the cursor, a middle- or Shift+drag pans, and
/// a subtree collapses into one wedge labelled with its size (right-click a link, or setCollapsed()); leaf names
/// are drawn where they fit. The layout (every link in leaf units) is made once per change of the trees or of
/// what is collapsed, never in paintEvent.
class Dendrogram : public QWidget {
    Q_OBJECT

public:
    explicit Dendrogram(QWidget* parent = nullptr);

    void setTree(const QStringList& leafNames, const QVector<DendrogramMerge>& merges);
    void setCut(double pMin);
    /// The levels below the first, each subtree drawn inside its group (in its own colour, with its cut
    /// across the group), in place of the first level's merges inside that group. A subtree whose
    /// leaves are not a group of the level above at its cut is left out. Empty: one level.
    void setSubtrees(const QVector<DendrogramSubtree>& subtrees);
    /// Subtrees drawn (those that nest).
    int subtreesDrawn() const;
    /// Marks one merge of the first level (−1: none), the one a merge stepper is at.
    void setHighlightedMerge(int merge);
    int highlightedMerge() const { return m_highlighted; }
    double cut() const { return m_cut; }

    /// Leaves left to right.
    const QVector<int>& leafOrder() const { return m_leafOrder; }
    /// Drawn height of a node (a merge's running-minimum proximity; leaves are at the bottom).
    double heightOf(int node) const;
    /// Proximity at a widget y coordinate and back (inside the plot area).
    double proximityAt(int y) const;
    int yOf(double proximity) const;
    /// Number of merges below the cut (done at this p_min).
    int mergesBelowCut() const;
    QSize sizeHint() const override { return { 600, 320 }; }

    /// Collapses a first-level merge node (n + s) into a wedge, or expands it. False for a node that is not a merge.
    bool setCollapsed(int node, bool collapsed);
    bool isCollapsed(int node) const { return m_collapsed.contains(node); }
    QVector<int> collapsedNodes() const;
    void expandAll();
    /// The first-level merge node whose link (its horizontal bar) or wedge is at a widget position, −1 when none.
    int nodeAt(const QPoint& position) const;
    /// Zooms along the leaves by `factor` (< 1 zooms in) keeping the leaf under widget x `anchorX` in place.
    void zoomBy(double factor, int anchorX);
    /// Shows every leaf.
    void showAll();
    bool isZoomed() const;
    /// The visible span in leaf units (a leaf is one unit wide, a wedge kWedgeUnits) and the total.
    std::pair<double, double> viewRange() const { return { m_viewLow, m_viewHigh }; }
    double totalUnits() const { return m_units; }
    /// Widget x of a leaf (of the wedge it is collapsed into).
    double xOfLeaf(int leaf) const;
    /// Centres a leaf with about `leaves` leaves in view and marks it; false for no such leaf.
    bool centreOnLeaf(int leaf, int leaves = 24);
    int focusedLeaf() const { return m_focus; }
    /// Leaves whose names are drawn now.
    int labelsDrawn() const;
    static constexpr double kWedgeUnits = 3;

Q_SIGNALS:
    void cutDragged(double pMin);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    QRect plotArea() const;
    void dragTo(int y);
    void placeSubtrees();
    /// What is drawn, in leaf units and proximities: made once per change of the trees, drawn at any size.
    void layOut();
    void layOutTree(int tree, const QVector<double>& leafX);
    QVector<int> coveredNodes(int tree, const QVector<QVector<int>>& members, int leaves) const;
    double xOf(double leafUnits) const;
    void drawAxis(QPainter& painter, const QRect& area) const;
    void drawLinks(QPainter& painter) const;
    void drawLabels(QPainter& painter, const QRect& area) const;
    void drawWedges(QPainter& painter, const QRect& area) const;
    /// Leaf positions in units with the collapsed subtrees as wedges (layOut's first step).
    QVector<double> collapsedPositions();
    void setView(double low, double high);
    bool labelsFit() const;
    struct Placed {
        DendrogramSubtree tree;
        QVector<double> heights; ///< per merge: running minimum
        int parent = -1; ///< −1: the first level; else the index of the subtree it sits in
        int parentNode = -1; ///< the node of the parent tree whose leaves these are
    };
    /// One link of a merge: from its two nodes (x in leaf units, heights as proximities) up to the merge's height.
    struct Link {
        double first = 0, second = 0;
        double firstBottom = 0, secondBottom = 0;
        double top = 0;
        int tree = -1; ///< −1: the first level; else the subtree's index
        int merge = 0;
    };
    /// A subtree's cut across its group and the bracket from its roots to the group's node.
    struct SubtreeMarks {
        int tree = 0;
        double low = 0, high = 0, step = 0;
        double bracket = 0;
        QVector<std::pair<double, double>> roots; ///< (x, height)
    };

    /// A collapsed subtree: its span in leaf units, its node's height and its size.
    struct Wedge {
        int node = 0;
        double low = 0, high = 0, top = 0;
        int leaves = 0;
    };

    QStringList m_names;
    QVector<DendrogramMerge> m_merges;
    QVector<double> m_heights; ///< per merge: running minimum of proximities
    QVector<int> m_leafOrder;
    QVector<int> m_leafPosition; ///< leaf → position
    QVector<double> m_leafUnits; ///< leaf → x in leaf units (a collapsed leaf: its wedge's middle)
    double m_low = 1e-4; ///< proximity at the top of the plot
    double m_high = 1.0; ///< proximity at the bottom (leaves)
    double m_cut = 0; ///< no cut line until setCut()
    QVector<DendrogramSubtree> m_subtreesGiven;
    QVector<Placed> m_subtrees;
    QVector<Link> m_links;
    QVector<SubtreeMarks> m_marks;
    QVector<Wedge> m_wedges;
    QSet<int> m_collapsed;
    QVector<int> m_collapsedInto; ///< per leaf: the collapsed node it is drawn in, −1 when none
    double m_units = 0; ///< width of the whole tree in leaf units
    double m_viewLow = 0, m_viewHigh = 0; ///< the visible span; equal: all
    int m_focus = -1;
    int m_highlighted = -1;
    bool m_dragging = false;
    bool m_panning = false;
    double m_panFrom = 0;
};

} // namespace hiernet::widgets

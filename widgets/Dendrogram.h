#pragma once
#include <QStringList>
#include <QVector>
#include <QWidget>

namespace hiernet::widgets {

/// One merge of a grouping: nodes `first` and `second` became node `result` at `proximity`.
/// Nodes 0…n−1 are the leaves, node n+s is made by merge s.
struct DendrogramMerge
{
    int first = 0;
    int second = 0;
    int result = 0;
    double proximity = 0.0;
};

/// A dendrogram of a merge sequence on a logarithmic proximity axis (leaves at the bottom, weaker
/// merges higher up), with a horizontal cut line at p_min: merges below the line are done and drawn
/// in colour, those above it in grey. Dragging anywhere in the plot moves the line and emits
/// cutDragged(). A merge's height is the running minimum of the proximities up to it, which is what
/// decides whether a cut makes it (the grouping engine's rule), so the line crosses exactly the links
/// that the cut undoes.
class Dendrogram : public QWidget
{
    Q_OBJECT

public:
    explicit Dendrogram(QWidget* parent = nullptr);

    void setTree(const QStringList& leafNames, const QVector<DendrogramMerge>& merges);
    void setCut(double pMin);
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
    QSize sizeHint() const override { return {600, 320}; }

Q_SIGNALS:
    void cutDragged(double pMin);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QRect plotArea() const;
    double leafX(int position) const;
    void dragTo(int y);

    QStringList m_names;
    QVector<DendrogramMerge> m_merges;
    QVector<double> m_heights;   ///< per merge: running minimum of proximities
    QVector<int> m_leafOrder;
    QVector<int> m_leafPosition; ///< leaf → position
    double m_low = 1e-4;         ///< proximity at the top of the plot
    double m_high = 1.0;         ///< proximity at the bottom (leaves)
    double m_cut = 0; ///< no cut line until setCut()
    bool m_dragging = false;
};

} // namespace hiernet::widgets

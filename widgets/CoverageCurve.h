#pragma once
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace hiernet::widgets {

/// The routing that stops at a group when unsure, over its threshold τ: on the left the leaf accuracy against
/// the coverage (one point per τ, a selective-classification curve), on the right the answers' mean mistake
/// severity against τ; the current τ is marked on both. Plain numbers in, no evaluation types.
///
///     curve->setPoints(points);     // τ ascending
///     curve->setCurrent(0.8);       // the marker follows
class CoverageCurve : public QWidget {
    Q_OBJECT

public:
    struct Point {
        double threshold = 0;
        double coverage = 0; ///< 0 … 1
        double leafAccuracy = 0; ///< 0 … 1
        double meanSeverity = 0;
    };

    explicit CoverageCurve(QWidget* parent = nullptr);

    void setPoints(const QVector<Point>& points);
    /// Marks the point whose τ is nearest `threshold`.
    void setCurrent(double threshold);
    const QVector<Point>& points() const { return m_points; }
    /// The point marked (−1 when there are none).
    int currentIndex() const { return m_current; }
    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return { 420, 200 }; }

private:
    void drawMarkers();

    QCustomPlot* m_plot;
    QVector<Point> m_points;
    int m_current = -1;
};

} // namespace hiernet::widgets

#pragma once
#include <QVector>
#include <QWidget>

#include <optional>

class QCustomPlot;

namespace hiernet::widgets {

/// A sweep's accuracy against its number of groups: one marker shape per g_max, the same-budget backbone (and the
/// backbone) as horizontal lines, the paper's setting ringed. Clicking a point emits pointClicked with its index.
///
///     chart->setPoints(points);
///     chart->setBaselines(sameBudgetTop1, backboneTop1);
class SweepChart : public QWidget {
    Q_OBJECT

public:
    struct Point {
        QString name;
        int groups = 0;
        int gMax = 0;
        double accuracy = 0; ///< 0 … 1
        bool papersSetting = false;
    };

    explicit SweepChart(QWidget* parent = nullptr);

    void setPoints(const QVector<Point>& points);
    void setBaselines(std::optional<double> sameBudget, std::optional<double> backbone);
    void setAccuracyLabel(const QString& label);
    const QVector<Point>& points() const { return m_points; }
    /// Point i's centre in widget pixels (tests click it).
    QPoint pointPosition(int i) const;
    /// The point under `pos` (widget pixels), or −1.
    int pointAt(const QPoint& pos) const;
    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return { 420, 300 }; }

Q_SIGNALS:
    void pointClicked(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void redraw();

    QCustomPlot* m_plot;
    QVector<Point> m_points;
    std::optional<double> m_sameBudget, m_backbone;
    QString m_label;
};

} // namespace hiernet::widgets

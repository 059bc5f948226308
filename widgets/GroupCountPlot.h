#pragma once
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace hiernet::widgets {

/// The number of groups against p_min (log axis) as a step curve, with the current p_min marked.
/// A click on the plot asks for that p_min (pMinClicked).
class GroupCountPlot : public QWidget {
    Q_OBJECT

public:
    explicit GroupCountPlot(QWidget* parent = nullptr);

    /// The curve: at p_min ≥ thresholds[i] (until the next threshold) there are counts[i] groups.
    /// Thresholds ascending and positive.
    void setSteps(const QVector<double>& thresholds, const QVector<double>& counts);
    void setCurrent(double pMin, int groups);
    /// Nothing to show: no axes, grid or curve (a hidden widget in a splitter would be sized to nothing instead).
    void setEmpty(bool empty);
    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return { 360, 180 }; }

Q_SIGNALS:
    void pMinClicked(double pMin);

private:
    QCustomPlot* m_plot;
};

} // namespace hiernet::widgets

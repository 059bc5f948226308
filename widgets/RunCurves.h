#pragma once
#include <QColor>
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace hiernet::widgets {

/// Runs' validation curves overlaid: top-1 (%) above, loss below, one colour and legend entry per run, against
/// the iteration or the training time. Hovering a curve names its run. Plain numbers in.
///
///     curves->setRuns({ { "p0.005-g20", iterations, seconds, top1, loss } });
///     curves->setAxis(RunCurves::Axis::Time);
class RunCurves : public QWidget {
    Q_OBJECT

public:
    struct Run {
        QString name;
        QVector<double> iteration;
        QVector<double> seconds;
        QVector<double> top1; ///< 0 … 1
        QVector<double> loss;
    };
    enum class Axis { Iteration, Time };

    explicit RunCurves(QWidget* parent = nullptr);

    void setRuns(const QVector<Run>& runs);
    void setAxis(Axis axis);
    Axis axis() const { return m_axis; }
    /// The colour run i is drawn in (the same in the table and the chart beside it).
    static QColor colour(int i);
    /// The run whose curve passes nearest `pos` (widget pixels, within a few pixels), or −1.
    int runAt(const QPoint& pos) const;
    /// The point of run i's top-1 curve at index k, in widget pixels (tests hover it).
    QPoint top1Position(int run, int k) const;
    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return { 520, 360 }; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void redraw();

    QCustomPlot* m_plot;
    QVector<Run> m_runs;
    Axis m_axis = Axis::Iteration;
};

} // namespace hiernet::widgets

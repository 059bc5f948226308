#pragma once
#include <QColor>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCustomPlot;

namespace hiernet::widgets {

/// Live training curves against the iteration in three stacked panels that share the x axis: loss,
/// accuracy (in %) and learning rate (log scale). Series are added by name and grow point by point;
/// redraws are coalesced so a stream of points costs at most one repaint per frame.
///
///     curves->addSeries("train loss", TrainingCurves::Panel::Loss);
///     curves->addPoint("train loss", iteration, loss);
class TrainingCurves : public QWidget
{
    Q_OBJECT

public:
    enum class Panel { Loss, Accuracy, LearningRate };

    explicit TrainingCurves(QWidget* parent = nullptr);
    ~TrainingCurves() override;

    /// Adds a series (no-op when the name exists). An invalid colour picks the next of a fixed palette.
    /// Minor series (e.g. one per tree node) are drawn thin and kept out of the legend.
    void addSeries(const QString& name, Panel panel, const QColor& color = {}, bool minor = false);
    /// Appends a point; the series must exist (else the point is ignored and false returned).
    bool addPoint(const QString& name, double iteration, double value);
    /// Removes every series.
    void clear();

    QStringList seriesNames() const;
    int pointCount(const QString& name) const;
    /// The last value of a series (NaN when it has none).
    double lastValue(const QString& name) const;
    /// Writes PNG or PDF (by the file's suffix); returns false when it cannot.
    bool exportTo(const QString& file) const;
    QCustomPlot* plot() const;

private:
    void refresh();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hiernet::widgets

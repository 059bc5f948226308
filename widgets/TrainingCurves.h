#pragma once
#include <QColor>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCustomPlot;

namespace hiernet::widgets {

/// Live training curves against the iteration in three stacked panels that share the x axis: loss,
/// accuracy (in %) and learning rate (log scale, ticks at 1, 2 and 5 times a power of ten so no two
/// labels read the same). Series are added by name and grow point by point;
/// redraws are coalesced so a stream of points costs at most one repaint per frame.
///
///     curves->addSeries("train loss", TrainingCurves::Panel::Loss);
///     curves->addPoint("train loss", iteration, loss);
class TrainingCurves : public QWidget {
    Q_OBJECT

public:
    enum class Panel { Loss, Accuracy, LearningRate };
    /// Line: a dense series (train loss). Points: a sparse one (validation) — each point marked, so its
    /// first point shows before there is a line. Minor: thin, no legend entry (one per tree node).
    enum class Style { Line, Points, Minor };

    explicit TrainingCurves(QWidget* parent = nullptr);
    ~TrainingCurves() override;

    /// Adds a series (no-op when the name exists). An invalid colour picks the next of a fixed palette.
    void addSeries(const QString& name, Panel panel, Style style = Style::Line, const QColor& color = {});
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
    /// The curves drawn now (not at the next coalesced redraw) into an image of width × height, twice as
    /// many pixels for print.
    QImage toImage(int width, int height);
    QCustomPlot* plot() const;

private:
    void refresh();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hiernet::widgets

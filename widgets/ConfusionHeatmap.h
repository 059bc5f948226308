#pragma once
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

class QCustomPlot;

namespace hiernet::widgets {

/// A square matrix (CPM or confusion counts) as a heatmap with a colour scale: rows are true classes,
/// columns predicted ones, both in a display order (e.g. by group) with group boundaries drawn;
/// class names on the axes where they fit, indices otherwise; a tooltip "true → predicted: value" under the mouse;
/// optionally the values written in the cells where they fit. A click on a cell says which pair it is (cellClicked).
///
///     heatmap->setMatrix(cpm, n, names);
///     heatmap->setOrder(order, groupStarts);   // order[k] = class shown at position k
class ConfusionHeatmap : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);
    ~ConfusionHeatmap() override;

    /// `values` row-major n×n.
    void setMatrix(const QVector<double>& values, int n, const QStringList& names, const QString& valueLabel = {});
    /// Display order (a permutation of 0…n−1) and the positions where a new group starts.
    void setOrder(const QVector<int>& order, const QVector<int>& groupStarts = {});
    /// Marks the rows and columns of two sets of classes (class indices), each in its own colour: the
    /// two groups a merge joins. Empty sets clear the marks.
    void setHighlight(const QVector<int>& first, const QVector<int>& second);
    /// The classes marked by setHighlight.
    QVector<int> highlighted(int which) const;
    void setLogScale(bool log);
    bool logScale() const;
    /// Writes each value in its cell where the text fits (counts as integers, probabilities with two decimals).
    void setShowNumbers(bool show);
    bool showNumbers() const;
    /// How many cells carry their number now (0 when off or when the cells are too small).
    int numbersShown() const;
    /// The display cell under a widget position (row, column), or (−1, −1).
    QPoint cellAt(const QPoint& widgetPosition) const;
    /// The widget position of a display cell's centre.
    QPoint cellCentre(int row, int column) const;

    int size() const;
    const QVector<int>& order() const;
    /// The value drawn in display cell (row, col): matrix[order[row]][order[col]].
    double displayedValue(int row, int column) const;
    /// Tooltip text for a display cell.
    QString cellText(int row, int column) const;
    /// Writes PNG or PDF (by the file's suffix); returns false when it cannot.
    bool exportTo(const QString& file) const;
    QCustomPlot* plot() const;

Q_SIGNALS:
    /// A click on the cell of true class `trueClass` (a row) and predicted class `predictedClass` (a column):
    /// class indices, not display positions.
    void cellClicked(int trueClass, int predictedClass);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    /// With nothing open: the message instead of a map (true); otherwise the map, axes and scale shown (false).
    bool showEmpty(bool empty);
    /// Group blocks on the diagonal and the highlighted classes' bands.
    void addOverlays();
    void drawNumbers();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hiernet::widgets

#pragma once
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPPainter;

namespace hiernet::widgets {

/// A square matrix (CPM or confusion counts) as a heatmap with a colour scale: rows are true classes,
/// columns predicted ones, both in a display order (e.g. by group) with group boundaries drawn;
/// a tooltip "true → predicted: value" under the mouse; optionally the values written in the cells where they fit.
/// A click on a cell says which pair it is (cellClicked).
///
/// Made for 1,000 classes and more: cells stay square at any widget size; the wheel zooms around the cursor,
/// a drag pans, Shift+drag zooms into a rectangle and the "All" button shows the whole matrix again; class names
/// label the axes where they fit (every k-th class when zoomed out); centreOnClass() finds one class. Only what is
/// visible is drawn, and the marks (group outlines, bands, numbers) are one layer, not an item per cell or group.
///
///     heatmap->setMatrix(cpm, n, names);
///     heatmap->setOrder(order, groupStarts);   // order[k] = class shown at position k
class ConfusionHeatmap : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);
    ~ConfusionHeatmap() override;

    /// `values` row-major n×n. Shows the whole matrix.
    void setMatrix(const QVector<double>& values, int n, const QStringList& names, const QString& valueLabel = {});
    /// Display order (a permutation of 0…n−1) and the positions where a new group starts. Keeps the zoom.
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

    /// Zooms so that about `cells` rows fit (labels readable) with class `classIndex` in the middle, and outlines
    /// its row and column. False when there is no such class.
    bool centreOnClass(int classIndex, int cells = 30);
    /// The class centreOnClass() outlined, −1 when none.
    int focusedClass() const;
    /// Shows the whole matrix.
    void showAll();
    /// Whether a part of the matrix is hidden by zooming in.
    bool isZoomed() const;
    /// The visible part in display positions: x columns, y rows (cell k spans k − 0.5 … k + 0.5).
    QRectF visibleCells() const;
    /// Width and height of one cell on screen, in pixels (equal: the cells are square).
    QSizeF cellPixels() const;
    /// The positions labelled on the axes now (every class when they fit, every k-th otherwise).
    QVector<int> labelledPositions() const;

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
    /// class indices, not display positions. A drag that pans is not a click.
    void cellClicked(int trueClass, int predictedClass);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void colourCells();
    void fillMap();
    /// With nothing open: the message instead of a map (true); otherwise the map, axes and scale shown (false).
    bool showEmpty(bool empty);
    /// Before each replot: square cells inside the matrix's bounds, and the labels for what is visible.
    void fitView();
    void setView(double centreX, double centreY, double unitsPerPixel);
    void squareAxisRect();
    void updateLabels();
    void connectMouse();
    /// Group blocks on the diagonal, the highlighted classes' bands, the found class and the numbers.
    void paintMarks(QCPPainter* painter) const;
    void paintNumbers(QCPPainter* painter) const;
    void paintCells(QCPPainter* painter) const;
    struct NumberCell {
        int row = 0, column = 0;
        QString text;
    };
    /// The visible cells whose number fits, with the font it is written in.
    QVector<NumberCell> numberCells(QFont* font) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hiernet::widgets

#pragma once
#include <QColor>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace hiernet::widgets {

/// How bad the mistakes are: for each classifier (the backbone, a HierNet's fast and slow prediction) the
/// share of images at each mistake severity 1 … maximum (the height of the lowest common ancestor of the
/// true and the predicted class), as grouped bars. Severity 0 — the right answers — is left out so that the
/// mistakes are readable. There is no legend (it would cover the bars): a view that shows the chart names
/// the series' colours beside it. A click on a group of bars asks for that severity (severityClicked).
class SeverityChart : public QWidget {
    Q_OBJECT

public:
    struct Series {
        QString name;
        QColor colour;
        QVector<qint64> histogram; ///< images per severity 0 … maximum
    };

    explicit SeverityChart(QWidget* parent = nullptr);

    void setSeries(const QVector<Series>& series);
    QCustomPlot* plot() const { return m_plot; }
    /// The bar heights drawn, in percent of each series' images: [series][severity − 1].
    QVector<QVector<double>> shownPercentages() const { return m_percentages; }
    QSize sizeHint() const override { return { 360, 200 }; }

Q_SIGNALS:
    void severityClicked(int severity);

private:
    QCustomPlot* m_plot;
    QVector<QVector<double>> m_percentages;
};

} // namespace hiernet::widgets

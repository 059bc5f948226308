#pragma once
#include <QVector>
#include <QWidget>

class QCustomPlot;

namespace hiernet::widgets {

/// How many groups have each size, as bars: one bar per size up to 40, ranges of sizes beyond (1–5, 6–10, …).
/// What a list of 1,000 sizes would say, at a glance.
class GroupSizeHistogram : public QWidget {
    Q_OBJECT

public:
    /// Groups of `low` … `high` classes (equal for one size): `groups` of them.
    struct Bin {
        int low = 0, high = 0, groups = 0;
        bool operator==(const Bin& o) const { return low == o.low && high == o.high && groups == o.groups; }
    };

    explicit GroupSizeHistogram(QWidget* parent = nullptr);

    /// One size per group (any order).
    void setSizes(const QVector<int>& sizes);
    const QVector<Bin>& bins() const { return m_bins; }
    QCustomPlot* plot() const { return m_plot; }
    QSize sizeHint() const override { return { 320, 120 }; }

    /// The bins of a list of sizes (exposed for tests): consecutive, from size 1 to the largest.
    static QVector<Bin> binsOf(const QVector<int>& sizes);

private:
    QCustomPlot* m_plot;
    QVector<Bin> m_bins;
};

} // namespace hiernet::widgets

#pragma once
#include "grouping/Cpm.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace hiernet::grouping {
class GroupingEngine;
}
namespace hiernet::widgets {
class ConfusionHeatmap;
}

namespace hiernet::studio {

/// The Confusion page: a backbone run's CPM (or hard confusion matrix) as a heatmap, rows and
/// columns ordered by the paper's grouping at the chosen p_min / g_max with the groups outlined.
class ConfusionPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfusionPage(QWidget* parent = nullptr);
    ~ConfusionPage() override;

    /// Loads RUNDIR/cpm.json (or a cpm.json / CSV file); returns false and shows why when it cannot.
    bool openRun(const QString& path);
    widgets::ConfusionHeatmap* heatmap() const { return m_heatmap; }
    /// The groups the heatmap is ordered by (class indices, reference order).
    std::vector<std::vector<int>> groups() const;
    void setGrouping(double pMin, int gMax);
    /// Orders by groups made elsewhere (the Grouping page, hand edits included) until p_min or g_max
    /// is changed here.
    void showGroups(const std::vector<std::vector<int>>& groups, double pMin, int gMax);
    QString statusText() const;

private:
    void showMatrix();
    void regroup();
    void chooseRun();
    void exportImage();

    widgets::ConfusionHeatmap* m_heatmap;
    QLabel* m_status;
    QComboBox* m_matrix;
    QCheckBox* m_log;
    QCheckBox* m_ordered;
    QDoubleSpinBox* m_pMin;
    QSpinBox* m_gMax;
    grouping::Cpm m_cpm;
    std::unique_ptr<grouping::GroupingEngine> m_engine;
    std::vector<std::vector<int>> m_givenGroups;
};

} // namespace hiernet::studio

#pragma once
#include "studio/dataset/DatasetLoader.h"

#include "grouping/Hierarchy.h"

#include <QPixmap>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>
#include <optional>

class QDoubleSpinBox;
class QGroupBox;
class QLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
class QTreeView;

namespace hiernet::widgets {
class ConfusionHeatmap;
class Dendrogram;
class GroupCountPlot;
class GroupSizeHistogram;
} // namespace hiernet::widgets

namespace hiernet::studio {

class ClassFinder;
class GroupingSession;
class HierarchyModel;
class MergeStepper;

/// The Grouping page, a view of the window's GroupingSession: p_min (log slider + exact spin box) and
/// g_max regroup the CPM's classes as they move; the groups with thumbnails; a dendrogram of the merges
/// whose cut line is p_min; the number of groups against p_min; further levels; hand edits (drag a class
/// onto a group, merge, split, rename) with undo/redo; coarse labels or a hierarchy file as the tree;
/// comparison with another hierarchy; saving hierarchy.json. A merge stepper walks through the merges,
/// each shown in the heatmap beside the dendrogram, the dendrogram and the group list; what the CPM
/// promises of the grouping (the root's accuracy, balance, agreement with a reference) is shown live;
/// balance α makes the rule prefer even groups. At 1,000 classes: a search centres a class in the heatmap, the
/// dendrogram and the group list; the group list filters by name; group sizes are a histogram.
class GroupingPage : public QWidget {
    Q_OBJECT

public:
    explicit GroupingPage(GroupingSession* session, QWidget* parent = nullptr);
    ~GroupingPage() override;

    GroupingSession* session() const { return m_session; }
    /// Thumbnails of the dataset's classes beside the tree.
    void setDataset(const DatasetPreview& preview);
    /// Compares the session's tree with a hierarchy file ("coarse" for the dataset's coarse labels).
    bool compareWith(const QString& pathOrCoarse);

    QString statusText() const;
    QString comparisonText() const;
    /// What the CPM promises of the current grouping (root accuracy estimate, balance, reference ARI).
    QString qualityText() const;
    QSlider* balanceSlider() const { return m_balance; }
    MergeStepper* stepper() const { return m_stepper; }
    widgets::ConfusionHeatmap* heatmap() const { return m_heatmap; }
    QSlider* pMinSlider() const { return m_slider; }
    QDoubleSpinBox* pMinSpin() const { return m_pMin; }
    QSpinBox* gMaxSpin() const { return m_gMax; }
    widgets::Dendrogram* dendrogram() const { return m_dendrogram; }
    widgets::GroupCountPlot* countPlot() const { return m_countPlot; }
    HierarchyModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    ClassFinder* finder() const { return m_finder; }
    QLineEdit* groupFilter() const { return m_filter; }
    widgets::GroupSizeHistogram* sizeHistogram() const { return m_sizes; }
    /// Centres a class in the heatmap, the dendrogram and the group list (selected there); false when none matches.
    bool findClass(const QString& text);

Q_SIGNALS:
    /// Sweep…: train HierNets over a grid around the current p_min and g_max (the window asks for the grid).
    void sweepRequested();

private:
    void configureViews();
    QLayout* controlsRow();
    QLayout* editsRow();
    QLayout* filesRow();
    QGroupBox* groupsBox();
    QWidget* pictures();
    void showCpm();
    void showMerges();
    void showState();
    void updateThumbnails();
    void updateSummary();
    void updateQuality();
    void updateComparison();
    void showStep(int step);
    void setStatus(const QString& text);
    QList<int> selectedNodes(bool classes) const;
    void chooseCpm();
    void chooseHierarchy();
    void chooseComparison();
    void chooseSave();
    void chooseName();
    void showFound(int classIndex);

    GroupingSession* m_session;
    QDoubleSpinBox* m_pMin;
    QSlider* m_slider;
    QSpinBox* m_gMax;
    QLineEdit* m_levels;
    QLabel* m_status;
    QLabel* m_summary;
    QLabel* m_comparison;
    QLabel* m_quality;
    QSlider* m_balance;
    QLabel* m_balanceValue;
    MergeStepper* m_stepper;
    widgets::ConfusionHeatmap* m_heatmap;
    std::optional<grouping::Hierarchy> m_reference; ///< what Compare… chose, compared again at every change
    QString m_referenceName;
    std::optional<double> m_referenceAri; ///< of the current tree against m_reference (updateComparison)
    QTreeView* m_tree;
    HierarchyModel* m_model;
    QSortFilterProxyModel* m_groupsShown; ///< m_model filtered by m_filter, what m_tree shows
    QLineEdit* m_filter;
    ClassFinder* m_finder;
    widgets::GroupSizeHistogram* m_sizes;
    widgets::Dendrogram* m_dendrogram;
    widgets::GroupCountPlot* m_countPlot;
    QStringList m_sampleNames;
    QVector<QPixmap> m_sampleStrips;
};

} // namespace hiernet::studio

#pragma once
#include "DatasetLoader.h"
#include "grouping/Cpm.h"
#include "grouping/Hierarchy.h"
#include "grouping/PaperSettings.h"

#include <QPixmap>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QTreeView;
class QUndoStack;

namespace hiernet::grouping {
class GroupingEngine;
}
namespace hiernet::widgets {
class Dendrogram;
class GroupCountPlot;
} // namespace hiernet::widgets

namespace hiernet::studio {

class HierarchyModel;

/// What the Grouping page shows at one moment; every change is a step from one state to the next,
/// so undo/redo restore the sliders along with the tree.
struct GroupingState
{
    grouping::Hierarchy hierarchy;
    double pMin = grouping::kPaperPMin;
    int gMax = grouping::kPaperGMax;
    QString levels; ///< further levels, "P:G,…"
    QString source; ///< where the tree came from ("grouping", "hand edits", a file, …)
};

/// The Grouping page: p_min (log slider + exact spin box) and g_max regroup the CPM's classes as they
/// move; the groups with thumbnails; a dendrogram of the merges whose cut line is p_min; the number of
/// groups against p_min; further levels; hand edits (drag a class onto a group, merge, split, rename)
/// with undo/redo; coarse labels or a hierarchy file as the tree; comparison with another hierarchy;
/// saving hierarchy.json.
class GroupingPage : public QWidget
{
    Q_OBJECT

public:
    explicit GroupingPage(QWidget* parent = nullptr);
    ~GroupingPage() override;

    /// Loads RUNDIR/cpm.json (or a CPM file); false (and the reason in statusText) when it cannot.
    bool openCpm(const QString& path);
    void setDataset(std::shared_ptr<const data::Dataset> dataset, const DatasetPreview& preview);

    void setPMin(double pMin);
    void setGMax(int gMax);
    /// Further levels "P:G,…" applied inside each group (empty: one level).
    void setLevels(const QString& levels);
    double pMin() const;
    int gMax() const;

    // Hand edits, each one undo step; false (and the reason in statusText) when the edit is not possible.
    bool moveClasses(const QList<int>& classIds, int targetGroup);
    bool mergeGroups(const QList<int>& groups);
    bool splitClasses(const QList<int>& classIds);
    bool renameNode(int node, const QString& name);
    bool loadHierarchy(const QString& path);
    bool useCoarseLabels();
    /// Compares the current tree with a hierarchy file ("coarse" for the dataset's coarse labels).
    bool compareWith(const QString& pathOrCoarse);
    bool save(const QString& path);

    const grouping::Hierarchy& hierarchy() const;
    const grouping::Cpm& cpm() const { return m_cpm; }
    /// Leaf groups as class lists, in tree order.
    std::vector<std::vector<int>> leafGroups() const;
    QString statusText() const;
    QString comparisonText() const;
    QString savedPath() const { return m_savedPath; }

    QSlider* pMinSlider() const { return m_slider; }
    QDoubleSpinBox* pMinSpin() const { return m_pMin; }
    widgets::Dendrogram* dendrogram() const { return m_dendrogram; }
    widgets::GroupCountPlot* countPlot() const { return m_countPlot; }
    HierarchyModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QUndoStack* undoStack() const { return m_undo; }

    /// Applies a state (used by the undo commands).
    void applyState(const GroupingState& state);

Q_SIGNALS:
    /// The tree changed: its leaf groups (class lists, in order) and the slider values.
    void hierarchyChanged(const std::vector<std::vector<int>>& leafGroups, double pMin, int gMax);
    void hierarchySaved(const QString& path);

private:
    void regroup(bool fromSlider);
    grouping::Hierarchy buildFromCpm(double pMin, int gMax, const QString& levels);
    void pushEdit(const QString& text, grouping::Hierarchy next, const QString& source);
    void refreshEngineViews();
    void updateThumbnails();
    void updateSummary();
    void setStatus(const QString& text);
    std::vector<std::string> classNames() const;
    QList<int> selectedNodes(bool classes) const;
    void chooseCpm();
    void chooseHierarchy();
    void chooseComparison();
    void chooseSave();

    QDoubleSpinBox* m_pMin;
    QSlider* m_slider;
    QSpinBox* m_gMax;
    QLineEdit* m_levels;
    QLabel* m_status;
    QLabel* m_summary;
    QLabel* m_comparison;
    QTreeView* m_tree;
    HierarchyModel* m_model;
    widgets::Dendrogram* m_dendrogram;
    widgets::GroupCountPlot* m_countPlot;
    QUndoStack* m_undo;
    grouping::Cpm m_cpm;
    QString m_cpmPath;
    QString m_savedPath;
    std::unique_ptr<grouping::GroupingEngine> m_engine;
    std::shared_ptr<const data::Dataset> m_dataset;
    QStringList m_sampleNames;
    QVector<QPixmap> m_sampleStrips;
    GroupingState m_state;
};

} // namespace hiernet::studio

#pragma once
#include "studio/grouping/GroupingHistory.h"
#include "data/Dataset.h"
#include "grouping/Cpm.h"
#include "grouping/GroupingEngine.h"
#include "grouping/HierarchyBuilder.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QUndoStack;

namespace hiernet::studio {

/// The grouping the studio works on, one per window: a backbone run's CPM, the engine over it, p_min,
/// g_max, further levels and the current hierarchy, with the history of every change (hand edits
/// included). The Confusion and Grouping pages both show and edit it; neither keeps a copy.
///
///     session->openCpm("runs/r20");    // cpmChanged(), mergesChanged(), stateChanged()
///     session->setPMin(0.01);          // stateChanged(); consecutive moves are one undo step
///     session->mergeGroups({3, 9});    // a hand edit; false and problem() when it cannot be done
class GroupingSession : public QObject {
    Q_OBJECT

public:
    /// Starts from the p_min and g_max chosen last (QSettings), written back once when it goes.
    explicit GroupingSession(QObject* parent = nullptr);
    ~GroupingSession() override;

    /// Loads RUNDIR/cpm.json (or a cpm.json / CSV file) and groups it; false and problem() when it cannot
    /// (what was open stays).
    bool openCpm(const QString& path);
    /// The dataset (for its coarse labels).
    void setDataset(std::shared_ptr<const data::Dataset> dataset);

    bool hasCpm() const { return m_engine != nullptr; }
    const grouping::Cpm& cpm() const { return m_cpm; }
    QString cpmPath() const { return m_cpmPath; }
    QStringList cpmWarnings() const { return m_cpmWarnings; }
    /// "FILE · N classes · split S", then a line per warning (both pages' status line).
    QString cpmDescription() const;
    /// The engine for the current g_max (null until a CPM is open).
    const grouping::GroupingEngine* engine() const { return m_engine.get(); }
    std::vector<std::string> classNames() const;

    const GroupingState& state() const { return m_state; }
    double pMin() const { return m_state.pMin; }
    int gMax() const { return m_state.gMax; }
    QString levels() const { return m_state.levels; }
    double balance() const { return m_state.balance; }
    const grouping::Hierarchy& hierarchy() const { return m_state.hierarchy; }
    /// Leaf groups as class lists, in tree order (empty without a tree).
    std::vector<std::vector<int>> leafGroups() const;
    /// The first level's groups as class lists, in tree order (what the root decides between).
    std::vector<std::vector<int>> firstLevelGroups() const;

    /// The deeper levels' groupings inside the groups they split (grouping::levelTrees), made once per change of
    /// the tree; empty with one level.
    const std::vector<grouping::LevelTree>& levelTrees() const { return m_levelTrees; }

    void setPMin(double pMin);
    void setGMax(int gMax);
    /// Balance-aware grouping's α (GroupingEngine::setBalance); 0 is the paper's rule.
    void setBalance(double alpha);
    /// Further levels "P:G,…" applied inside each group (empty: one level); false and problem() when
    /// the text is not levels (nothing changes).
    bool setLevels(const QString& levels);

    // Hand edits and other trees, one undo step each; false and problem() when not possible.
    bool moveClasses(const QList<int>& classIds, int targetGroup);
    bool mergeGroups(const QList<int>& groups);
    bool splitClasses(const QList<int>& classIds);
    bool renameNode(int node, const QString& name);
    bool loadHierarchy(const QString& path);
    bool useCoarseLabels();
    /// The dataset's coarse labels as a hierarchy of the CPM's classes; throws with the reason.
    grouping::Hierarchy coarseHierarchy() const;
    bool save(const QString& path);
    QString savedPath() const { return m_savedPath; }

    QUndoStack* history() const { return m_history; }

Q_SIGNALS:
    /// A new CPM is open.
    void cpmChanged();
    /// The merge sequence changed (a new CPM or g_max): the dendrogram and the count curve change.
    void mergesChanged();
    /// p_min, g_max, the levels or the tree changed.
    void stateChanged();
    /// Something asked of the session could not be done: why, naming the file or value.
    void problem(const QString& message);
    /// Something was done that the status line should say (a file loaded or saved).
    void notice(const QString& message);
    void saved(const QString& path);

private:
    bool regroup(GroupingState next, bool pMinMove);
    bool fail(const QString& message);
    void push(const QString& text, GroupingState next, bool pMinMove);
    void pushEdit(const QString& text, grouping::Hierarchy next, const QString& source);
    void pushGiven(const QString& text, grouping::Hierarchy next, const QString& source);
    /// The engine's g_max and balance made the state's (mergesChanged() when they change).
    void matchEngine(const GroupingState& state);
    void nameRegroupedTree(GroupingState& state) const;
    void nameEditedTree(GroupingState& state) const;
    void apply(const GroupingState& state);
    void updateLevelTrees();

    grouping::Cpm m_cpm;
    QString m_cpmPath;
    QStringList m_cpmWarnings;
    std::unique_ptr<grouping::GroupingEngine> m_engine;
    std::shared_ptr<const data::Dataset> m_dataset;
    GroupingState m_state;
    std::vector<grouping::LevelTree> m_levelTrees;
    QString m_savedPath;
    QUndoStack* m_history;
};

} // namespace hiernet::studio

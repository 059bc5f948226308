#pragma once
#include "grouping/GroupNames.h"
#include "grouping/Hierarchy.h"
#include "grouping/PaperSettings.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace hiernet::studio {

/// The grouping at one moment: every change is a step from one state to the next, so undo and redo
/// restore p_min, g_max and the levels along with the tree.
struct GroupingState {
    grouping::Hierarchy hierarchy;
    double pMin = grouping::kPaperPMin;
    int gMax = grouping::kPaperGMax;
    QString levels; ///< further levels, "P:G,…"
    double balance = 0.0; ///< balance-aware grouping's α; 0 = the paper's rule
    QString source; ///< where the tree came from ("grouping", "hand edits", a file, …)
    /// Names given by the user (renames, a loaded file, coarse labels) and the classes under each: other
    /// groups are named from their members, and a regrouping gives these names back to groups of
    /// exactly these classes.
    grouping::GivenNames givenNames;
};

/// One step of the grouping history (a QUndoStack holds them). Consecutive p_min moves merge into one
/// step, so a slider drag is undone at once.
class GroupingStep : public QUndoCommand {
public:
    using Apply = std::function<void(const GroupingState&)>;
    GroupingStep(Apply apply, const QString& text, GroupingState before, GroupingState after, bool pMinMove);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Apply m_apply;
    GroupingState m_before;
    GroupingState m_after;
    bool m_pMinMove;
};

} // namespace hiernet::studio

#include "studio/grouping/GroupingHistory.h"

namespace hiernet::studio {

GroupingStep::GroupingStep(Apply apply, const QString& text, GroupingState before, GroupingState after, bool pMinMove)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_pMinMove(pMinMove)
{
}

void GroupingStep::undo()
{
    m_apply(m_before);
}

void GroupingStep::redo()
{
    m_apply(m_after);
}

int GroupingStep::id() const
{
    return m_pMinMove ? 1 : -1;
}

bool GroupingStep::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const GroupingStep*>(other);
    m_after = next->m_after;
    setText(next->text());
    return true;
}

} // namespace hiernet::studio

#include "plannedmilestonecommand.h"

#include "ganttmodel.h"

namespace mcs {

PlannedMilestoneCommand::PlannedMilestoneCommand(GanttModel *model, qint64 courseId, int number, const QDate &start,
                                                 const QDate &due, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_model(model)
    , m_courseId(courseId)
    , m_number(number)
    , m_newStart(start)
    , m_newDue(due)
{
    if (const Milestone *m = model->milestone(courseId, number)) {
        m_oldStart = m->plannedStart;
        m_oldDue = m->plannedDue;
    }
}

void PlannedMilestoneCommand::redo()
{
    if (m_model)
        m_model->applyPlannedDates(m_courseId, m_number, m_newStart, m_newDue);
}

void PlannedMilestoneCommand::undo()
{
    if (m_model)
        m_model->applyPlannedDates(m_courseId, m_number, m_oldStart, m_oldDue);
}

} // namespace mcs

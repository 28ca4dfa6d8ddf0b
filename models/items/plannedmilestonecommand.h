#pragma once

#include <QDate>
#include <QPointer>
#include <QUndoCommand>

namespace mcs {

class GanttModel;

// Sets one milestone's planned start and due (a dragged bar, or an edit in the tree) as one undo step.
class PlannedMilestoneCommand : public QUndoCommand
{
public:
    PlannedMilestoneCommand(GanttModel *model, qint64 courseId, int number, const QDate &start, const QDate &due,
                            const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<GanttModel> m_model;
    qint64 m_courseId;
    int m_number;
    QDate m_oldStart, m_oldDue, m_newStart, m_newDue;
};

} // namespace mcs

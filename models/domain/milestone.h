#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace mcs {

// One of the eight development milestones of a course (guideline Table 3, domain.md
// "Development milestones"). Rules (planned schedule, forecast, progress) live beside it in the
// domain layer; this is the stored shape.
struct Milestone
{
    int number = 0;            // 1..8
    QDate plannedStart;
    QDate plannedDue;
    QDate actualCompletion;    // null while not completed
    QString notes;

    bool isCompleted() const { return actualCompletion.isValid(); }
    bool operator==(const Milestone &o) const
    {
        return number == o.number && plannedStart == o.plannedStart && plannedDue == o.plannedDue
            && actualCompletion == o.actualCompletion && notes == o.notes;
    }
    bool operator!=(const Milestone &o) const { return !(*this == o); }
};

using MilestoneList = QVector<Milestone>;

} // namespace mcs

#include "courserestore.h"

#include "coursecommands.h"
#include "coursedocument.h"

#include <QCoreApplication>

namespace mcs {
namespace {

template <typename T>
void replaceList(CourseDocument *doc, CourseDocument::RecordList list, const QVector<T> &target, QUndoCommand *parent)
{
    QVector<T> current;
    for (int row = 0; row < doc->recordCount(list); ++row)
        current.append(doc->record(list, row).template value<T>());
    if (current == target)
        return;
    for (int row = int(current.size()) - 1; row >= 0; --row)
        new RemoveRecordCommand(doc, list, row, parent);
    for (int row = 0; row < target.size(); ++row)
        new InsertRecordCommand(doc, list, row, QVariant::fromValue(target.at(row)), parent);
}

} // namespace

QUndoCommand *makeRestoreCommand(CourseDocument *doc, const Course &target)
{
    auto *step = new QUndoCommand(QCoreApplication::translate("mcs::CourseRestore", "Restore recovered edits"));
    for (CourseField field : allCourseFields()) {
        const QVariant value = courseFieldValue(target, field);
        if (value != courseFieldValue(doc->course(), field))
            new SetFieldCommand(doc, field, value, step);
    }
    replaceList(doc, CourseDocument::RecordList::Lecturers, target.lecturers, step);
    replaceList(doc, CourseDocument::RecordList::Clos, target.clos, step);
    replaceList(doc, CourseDocument::RecordList::Assessment, target.assessment, step);
    if (target.table4.units != doc->slt().table().units)
        new ReplaceTable4Command(doc, target.table4, QString(), step);
    const MilestoneList &milestones = doc->course().milestones;
    if (milestones.size() == target.milestones.size()) {
        for (int i = 0; i < milestones.size(); ++i)
            if (milestones.at(i) != target.milestones.at(i))
                new SetMilestoneCommand(doc, i, target.milestones.at(i), step);
    }
    return step;
}

} // namespace mcs

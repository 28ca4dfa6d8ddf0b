#pragma once

#include "course.h"
#include "coursediff.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace mcs {

class Table4Merge;

// Which copy wins a conflicting part of a three-way merge.
enum class MergeSide { Mine, Theirs };

// One part of the course that merges as a whole: a form field (its CourseField key), the
// market-survey file ("survey_attachment"), a record list ("lecturers", "clos", "assessment",
// "attachments"), Table 4's rate-table version ("table4.rate_table_version"), one learning unit
// ("table4.units[base3]", see Table4Merge) or the order of the units ("table4.order"), or one
// milestone ("milestones[3]").
struct MergeItem
{
    QString key;
    QString label;
    CourseSection section = CourseSection::Form;
    bool mineChanged = false;
    bool theirsChanged = false;
    bool conflict = false; // both changed it, differently: someone has to choose
    QVector<CourseChange> mineChanges;   // base → mine
    QVector<CourseChange> theirsChanges; // base → theirs
};

// Three-way merge of an offline copy (mine) with the server's copy (theirs), both descended from
// the copy that was checked out (base). A part changed on one side only takes that side's value;
// a part changed on both sides identically is no conflict; a part changed on both sides
// differently is a conflict that must be decided, part by part, before anything is written.
// Nothing is lost silently: every change of either side is either in the result or chosen away.
class CourseMerge
{
public:
    CourseMerge(const Course &base, const Course &mine, const Course &theirs);

    // The parts changed on at least one side, in form order.
    const QVector<MergeItem> &items() const { return m_items; }
    QStringList conflictKeys() const;
    bool hasConflicts() const { return !conflictKeys().isEmpty(); }
    bool theirsChanged() const;
    bool mineChanged() const;

    // The merged course: theirs (with its id, row version and bookkeeping), every part only I
    // changed taken from mine, and each conflict from the side chosen. Nothing when a conflict
    // has no choice; `unresolved` then names them.
    std::optional<Course> result(const QHash<QString, MergeSide> &choices, QStringList *unresolved = nullptr) const;
    // Every conflict decided the same way (the command line's --force-mine / --force-theirs).
    Course resultAll(MergeSide side) const;

private:
    Course m_base;
    Course m_mine;
    Course m_theirs;
    std::shared_ptr<const Table4Merge> m_table4; // shared: a CourseMerge is copied by value
    QVector<MergeItem> m_items;
};

} // namespace mcs

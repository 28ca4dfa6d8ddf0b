#pragma once

#include "course.h"

#include <QString>
#include <QVector>

#include <functional>

namespace mcs {

// The parts of a proposal a reviewer compares between two versions (2.1), in the order the
// application form shows them.
enum class CourseSection { Form, Lecturers, Clos, Assessment, Table4, Milestones, Attachments };
QString courseSectionName(CourseSection section); // translated heading: "Application form", "CLOs", ...

// One difference between two versions of a course: a form field changed, a row added or removed,
// or one field of a matched row changed.
struct CourseChange
{
    enum class Kind { Added, Removed, Changed };
    CourseSection section = CourseSection::Form;
    Kind kind = Kind::Changed;
    // Stable address: a CourseField key ("title"), or a row and its field ("clos[2].statement",
    // "table4.units[1].activities[3].quantity", "milestones[4].planned_due" by milestone number).
    // Row indices are those of the newer version, of the older one for a removed row.
    QString key;
    QString label;    // for people: "MC title", "CLO2 · Statement", "Unit 3 “Data” · activity 4 · Quantity"
    QString oldValue; // empty when added
    QString newValue; // empty when removed

    bool operator==(const CourseChange &o) const
    {
        return section == o.section && kind == o.kind && key == o.key && label == o.label
            && oldValue == o.oldValue && newValue == o.newValue;
    }
    bool operator!=(const CourseChange &o) const { return !(*this == o); }
};

// Every difference from `from` to `to`, field by field, grouped by section in form order.
// Rows of a list are aligned, not compared by position: first by equal rows (a longest common
// subsequence), then within the gaps by identity (a CLO's statement or code, a lecturer's staff
// id, an assessment's name, a unit's title, an activity's type), then by position. So one row
// inserted shows as one addition, not as every later row changed; and units renumbered by an
// insertion are not reported as renumbered. Bookkeeping (id, row version, created/updated) is
// not compared.
QVector<CourseChange> diffCourses(const Course &from, const Course &to);

// Equal apart from bookkeeping (id, row version, created/updated by and at).
bool sameCourseContent(const Course &a, const Course &b);

// The alignment used above, exposed for tests: pairs (index in a or -1, index in b or -1) in
// sequence order, from `levels` equality predicates tried in turn, then by position.
struct RowPair
{
    int a = -1;
    int b = -1;
    bool operator==(const RowPair &o) const { return a == o.a && b == o.b; }
};
QVector<RowPair> alignRows(int countA, int countB, const QVector<std::function<bool(int, int)>> &levels);

// Units are aligned by equal title and activities, then by equal title, then by position; their
// numbers are left out, since they follow positions in the editor.
QVector<RowPair> alignUnits(const QVector<LearningUnit> &a, const QVector<LearningUnit> &b);

// The changes of one learning unit, as diffCourses reports them for a unit at `fromIndex` in the
// older version and `toIndex` in the newer: the whole unit added (`from` null) or removed (`to`
// null), else its title, its number when the move does not explain it, and its activities row
// by row. Keys carry `toIndex` ("table4.units[4].title"), `fromIndex` for a removal.
QVector<CourseChange> diffLearningUnit(const LearningUnit *from, int fromIndex, const LearningUnit *to, int toIndex);
// How changes name a unit: "Unit 3 “Data”", or "Unit 3" without a title. A change inside a unit
// is labelled with it and " · " ("Unit 3 “Data” · activity 2 · Quantity").
QString learningUnitLabel(const LearningUnit &unit);

} // namespace mcs

#pragma once

#include <Qt>

namespace mcs {

// Every custom item-data role of the project, in one place (DESIGN.md habit 1).
enum ItemRole {
    CourseIdRole = Qt::UserRole + 1, // qint64 database id
    CourseCodeRole,                  // QString
    CourseTitleRole,                 // QString
    CourseKindRole,                  // mcs::CourseKind
    CourseStatusRole,                // mcs::ApprovalStatus
    CourseFacultyRole,               // QString
    CourseProgressRole,              // int, percent
    SearchTextRole,                  // QString: everything a search box should match

    // Milestones and the Gantt view (GanttModel). Course rows give the whole course's span.
    GanttRowTypeRole,        // mcs::GanttRowType
    MilestoneNumberRole,     // int 1..8 (milestone rows), current milestone (course rows, 0 = complete)
    PlannedStartRole,        // QDate
    PlannedDueRole,          // QDate
    ActualStartRole,         // QDate: when work on it began (previous completion); null if not completed
    ActualCompletionRole,    // QDate: null while not completed
    ForecastStartRole,       // QDate: null for completed milestones
    ForecastDueRole,         // QDate: forecast completion (course rows: of the whole course)
    OverdueRole,             // bool
    NextDueRole,             // QDate: planned due of the current milestone (course rows)
    Table4IsUnitRole,                // bool: a Table 4 row is a learning unit (else an activity)
    Table4RateHintRole,              // QString: the 2.2 range and default of an activity's rate
    Table4OutOfRangeRole,            // bool: the chosen rate lies outside the 2.2 range
    Table4HoursRole,                 // double: planned SLT hours of the row, unrounded
    ComplianceSeverityRole,          // mcs::ComplianceSeverity (as int)
    ComplianceRuleRole,              // QString rule id
    ComplianceFieldRole,             // int CourseField, -1 when the finding points at a record
    ComplianceRecordRole,            // int ComplianceRecord
    ComplianceRowRole,               // int record row, -1 for the whole list
    EnrolmentIdRole,                 // qint64: a learner's enrolment (statements view)
    StatementSerialRole,             // QString: the issued statement's serial, empty when none
    StatementStateRole,              // int mcs::StatementState
    CourseVersionIdRole,             // qint64 course_version id; 0 for the current edit (CourseVersionModel)
    MergeKeyRole,                    // QString MergeItem key (MergeChoiceModel)
};

// What a row of the Gantt tree is.
enum class GanttRowType { Group, Course, Milestone };

} // namespace mcs

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
};

} // namespace mcs

#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace mcs {

// Kinds of MC (domain.md "Categories and codes", guideline 1.6).
enum class CourseKind {
    AccreditedCourse, // category 1: a course of an accredited programme becomes an MC
    StandAlone,       // category 3: stand-alone MC (SAMC)
    StandAloneQvc,    // category 3, quality-verified by a QVC (code MCVnnn)
};

// Approval flow of guideline 2.1, Figure 1 (domain.md "Approval flow").
enum class ApprovalStatus {
    Draft,
    Submitted,
    EndorsedByPtj,
    UnderCflexReview,
    ReturnedForRevision,
    ApprovedForDevelopment,
    InDevelopment,
    VettedBySme,
    PresentedToCommittees,
    SenateApproved,
    Registered,
    Offered,
};

// Stable keys used in files, the database and on the command line.
QString courseKindKey(CourseKind kind);
bool courseKindFromKey(const QString &key, CourseKind *kind);
QString approvalStatusKey(ApprovalStatus status);
bool approvalStatusFromKey(const QString &key, ApprovalStatus *status);
// Human-readable, translated names.
QString courseKindName(CourseKind kind);
QString approvalStatusName(ApprovalStatus status);
QVector<ApprovalStatus> allApprovalStatuses();
QVector<CourseKind> allCourseKinds();

// One line of the course navigator / portfolio: what a list needs without loading a course.
struct CourseSummary
{
    qint64 id = 0;
    QString code;
    QString title;
    QString faculty;
    CourseKind kind = CourseKind::StandAlone;
    ApprovalStatus status = ApprovalStatus::Draft;
    int progressPercent = 0; // cumulative % of the last completed milestone (Table 3)
};

} // namespace mcs

Q_DECLARE_METATYPE(mcs::CourseKind)
Q_DECLARE_METATYPE(mcs::ApprovalStatus)

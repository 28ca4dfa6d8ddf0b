#include "coursesummary.h"

#include <QCoreApplication>

namespace mcs {
namespace {

struct KindEntry { CourseKind kind; const char *key; const char *name; };
const KindEntry kKinds[] = {
    {CourseKind::AccreditedCourse, "accredited_course", QT_TRANSLATE_NOOP("mcs::Course", "Accredited-course MC")},
    {CourseKind::StandAlone, "stand_alone", QT_TRANSLATE_NOOP("mcs::Course", "Stand-alone MC")},
    {CourseKind::StandAloneQvc, "stand_alone_qvc", QT_TRANSLATE_NOOP("mcs::Course", "Stand-alone MC (QVC-verified)")},
};

struct StatusEntry { ApprovalStatus status; const char *key; const char *name; };
const StatusEntry kStatuses[] = {
    {ApprovalStatus::Draft, "draft", QT_TRANSLATE_NOOP("mcs::Course", "Draft")},
    {ApprovalStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("mcs::Course", "Submitted")},
    {ApprovalStatus::EndorsedByPtj, "endorsed_by_ptj", QT_TRANSLATE_NOOP("mcs::Course", "Endorsed by PTj")},
    {ApprovalStatus::UnderCflexReview, "under_cflex_review", QT_TRANSLATE_NOOP("mcs::Course", "Under CFLEX review")},
    {ApprovalStatus::ReturnedForRevision, "returned_for_revision", QT_TRANSLATE_NOOP("mcs::Course", "Returned for revision")},
    {ApprovalStatus::ApprovedForDevelopment, "approved_for_development", QT_TRANSLATE_NOOP("mcs::Course", "Approved for development")},
    {ApprovalStatus::InDevelopment, "in_development", QT_TRANSLATE_NOOP("mcs::Course", "In development")},
    {ApprovalStatus::VettedBySme, "vetted_by_sme", QT_TRANSLATE_NOOP("mcs::Course", "Vetted by SME")},
    {ApprovalStatus::PresentedToCommittees, "presented_to_committees", QT_TRANSLATE_NOOP("mcs::Course", "Presented to committees")},
    {ApprovalStatus::SenateApproved, "senate_approved", QT_TRANSLATE_NOOP("mcs::Course", "Senate approved")},
    {ApprovalStatus::Registered, "registered", QT_TRANSLATE_NOOP("mcs::Course", "Registered")},
    {ApprovalStatus::Offered, "offered", QT_TRANSLATE_NOOP("mcs::Course", "Offered")},
};

} // namespace

QString courseKindKey(CourseKind kind)
{
    for (const auto &e : kKinds)
        if (e.kind == kind)
            return QString::fromLatin1(e.key);
    return {};
}

bool courseKindFromKey(const QString &key, CourseKind *kind)
{
    for (const auto &e : kKinds) {
        if (key == QLatin1String(e.key)) {
            *kind = e.kind;
            return true;
        }
    }
    return false;
}

QString courseKindName(CourseKind kind)
{
    for (const auto &e : kKinds)
        if (e.kind == kind)
            return QCoreApplication::translate("mcs::Course", e.name);
    return {};
}

QString approvalStatusKey(ApprovalStatus status)
{
    for (const auto &e : kStatuses)
        if (e.status == status)
            return QString::fromLatin1(e.key);
    return {};
}

bool approvalStatusFromKey(const QString &key, ApprovalStatus *status)
{
    for (const auto &e : kStatuses) {
        if (key == QLatin1String(e.key)) {
            *status = e.status;
            return true;
        }
    }
    return false;
}

QString approvalStatusName(ApprovalStatus status)
{
    for (const auto &e : kStatuses)
        if (e.status == status)
            return QCoreApplication::translate("mcs::Course", e.name);
    return {};
}

QVector<ApprovalStatus> allApprovalStatuses()
{
    QVector<ApprovalStatus> out;
    for (const auto &e : kStatuses)
        out.append(e.status);
    return out;
}

QVector<CourseKind> allCourseKinds()
{
    QVector<CourseKind> out;
    for (const auto &e : kKinds)
        out.append(e.kind);
    return out;
}

} // namespace mcs

#include "course.h"

#include <QCoreApplication>

#include <tuple>

namespace mcs {
namespace {

struct DeliveryEntry { CourseDelivery delivery; const char *key; const char *name; };
const DeliveryEntry kDeliveries[] = {
    {CourseDelivery::Odl, "odl", QT_TRANSLATE_NOOP("mcs::Course", "Open and distance learning (ODL)")},
    {CourseDelivery::Conventional, "conventional", QT_TRANSLATE_NOOP("mcs::Course", "Conventional")},
    {CourseDelivery::Blended, "blended", QT_TRANSLATE_NOOP("mcs::Course", "Blended")},
    {CourseDelivery::Sbl, "sbl", QT_TRANSLATE_NOOP("mcs::Course", "Substitute blended learning (SBL)")},
};

} // namespace

QString courseDeliveryKey(CourseDelivery delivery)
{
    for (const auto &e : kDeliveries)
        if (e.delivery == delivery)
            return QString::fromLatin1(e.key);
    return {};
}

bool courseDeliveryFromKey(const QString &key, CourseDelivery *delivery)
{
    for (const auto &e : kDeliveries) {
        if (key == QLatin1String(e.key)) {
            *delivery = e.delivery;
            return true;
        }
    }
    return false;
}

QString courseDeliveryName(CourseDelivery delivery)
{
    for (const auto &e : kDeliveries)
        if (e.delivery == delivery)
            return QCoreApplication::translate("mcs::Course", e.name);
    return {};
}

int categoryOfKind(CourseKind kind)
{
    return kind == CourseKind::AccreditedCourse ? 1 : 3; // 1.6
}

QString assessmentComponentKindKey(AssessmentComponent::Kind kind)
{
    return kind == AssessmentComponent::Kind::Final ? QStringLiteral("final") : QStringLiteral("continuous");
}

bool assessmentComponentKindFromKey(const QString &key, AssessmentComponent::Kind *kind)
{
    if (key == QLatin1String("continuous"))
        *kind = AssessmentComponent::Kind::Continuous;
    else if (key == QLatin1String("final"))
        *kind = AssessmentComponent::Kind::Final;
    else
        return false;
    return true;
}

bool Lecturer::operator==(const Lecturer &o) const
{
    return std::tie(name, staffId, email, role) == std::tie(o.name, o.staffId, o.email, o.role);
}

bool Clo::operator==(const Clo &o) const
{
    return std::tie(code, statement, domain, level) == std::tie(o.code, o.statement, o.domain, o.level);
}

bool AssessmentComponent::operator==(const AssessmentComponent &o) const
{
    return std::tie(name, kind, weight) == std::tie(o.name, o.kind, o.weight);
}

bool MarketSurvey::operator==(const MarketSurvey &o) const
{
    return std::tie(respondents, analysis, attachment) == std::tie(o.respondents, o.analysis, o.attachment);
}

CourseSummary Course::summary(int progressPercent) const
{
    CourseSummary s;
    s.id = id;
    s.code = code;
    s.title = title;
    s.faculty = faculty;
    s.kind = kind;
    s.status = status;
    s.progressPercent = progressPercent;
    return s;
}

bool Course::operator==(const Course &o) const
{
    return std::tie(id, code, title, kind, originalCourseCode, originalCourseName, faculty, mqfLevel, creditValue,
                    delivery, language, studySession, offerPeriod, feeSen, entryRequirements, synopsis,
                    justification, marketSurvey, learnerCommitment, promotion, continuousImprovement,
                    qualityAssurance, status)
        == std::tie(o.id, o.code, o.title, o.kind, o.originalCourseCode, o.originalCourseName, o.faculty, o.mqfLevel,
                    o.creditValue, o.delivery, o.language, o.studySession, o.offerPeriod, o.feeSen,
                    o.entryRequirements, o.synopsis, o.justification, o.marketSurvey, o.learnerCommitment,
                    o.promotion, o.continuousImprovement, o.qualityAssurance, o.status)
        && std::tie(labIntensive, clinical, practicum, professionalBody)
        == std::tie(o.labIntensive, o.clinical, o.practicum, o.professionalBody)
        && std::tie(lecturers, clos, assessment, table4, milestones, attachments, rowVersion, createdBy, createdAt,
                    updatedBy, updatedAt)
        == std::tie(o.lecturers, o.clos, o.assessment, o.table4, o.milestones, o.attachments, o.rowVersion,
                    o.createdBy, o.createdAt, o.updatedBy, o.updatedAt);
}

} // namespace mcs

#include "coursefield.h"

#include "course.h"

#include <QCoreApplication>

namespace mcs {
namespace {

struct FieldEntry { CourseField field; const char *key; const char *label; };
const FieldEntry kFields[] = {
    {CourseField::Code, "code", QT_TRANSLATE_NOOP("mcs::CourseField", "MC code")},
    {CourseField::Title, "title", QT_TRANSLATE_NOOP("mcs::CourseField", "MC title")},
    {CourseField::Kind, "kind", QT_TRANSLATE_NOOP("mcs::CourseField", "Kind of MC")},
    {CourseField::OriginalCourseCode, "original_course_code", QT_TRANSLATE_NOOP("mcs::CourseField", "Original course code")},
    {CourseField::OriginalCourseName, "original_course_name", QT_TRANSLATE_NOOP("mcs::CourseField", "Original course name")},
    {CourseField::Faculty, "faculty", QT_TRANSLATE_NOOP("mcs::CourseField", "Faculty / PTj")},
    {CourseField::MqfLevel, "mqf_level", QT_TRANSLATE_NOOP("mcs::CourseField", "Course level (MQF)")},
    {CourseField::CreditValue, "credit_value", QT_TRANSLATE_NOOP("mcs::CourseField", "Credit value")},
    {CourseField::Delivery, "delivery", QT_TRANSLATE_NOOP("mcs::CourseField", "Delivery mode")},
    {CourseField::Language, "language", QT_TRANSLATE_NOOP("mcs::CourseField", "Language of instruction")},
    {CourseField::StudySession, "study_session", QT_TRANSLATE_NOOP("mcs::CourseField", "Study session")},
    {CourseField::OfferPeriod, "offer_period", QT_TRANSLATE_NOOP("mcs::CourseField", "Offer period")},
    {CourseField::FeeSen, "fee_sen", QT_TRANSLATE_NOOP("mcs::CourseField", "Fee (MYR)")},
    {CourseField::EntryRequirements, "entry_requirements", QT_TRANSLATE_NOOP("mcs::CourseField", "Entry requirements")},
    {CourseField::Synopsis, "synopsis", QT_TRANSLATE_NOOP("mcs::CourseField", "Synopsis")},
    {CourseField::Justification, "justification", QT_TRANSLATE_NOOP("mcs::CourseField", "Justification")},
    {CourseField::SurveyRespondents, "survey_respondents", QT_TRANSLATE_NOOP("mcs::CourseField", "Market survey respondents")},
    {CourseField::SurveyAnalysis, "survey_analysis", QT_TRANSLATE_NOOP("mcs::CourseField", "Market survey analysis")},
    {CourseField::LearnerCommitment, "learner_commitment", QT_TRANSLATE_NOOP("mcs::CourseField", "Learner commitment")},
    {CourseField::Promotion, "promotion", QT_TRANSLATE_NOOP("mcs::CourseField", "Promotion")},
    {CourseField::ContinuousImprovement, "continuous_improvement", QT_TRANSLATE_NOOP("mcs::CourseField", "Continuous improvement")},
    {CourseField::QualityAssurance, "quality_assurance", QT_TRANSLATE_NOOP("mcs::CourseField", "Quality assurance")},
    {CourseField::Status, "status", QT_TRANSLATE_NOOP("mcs::CourseField", "Approval status")},
    {CourseField::LabIntensive, "lab_intensive", QT_TRANSLATE_NOOP("mcs::CourseField", "Laboratory-intensive")},
    {CourseField::Clinical, "clinical", QT_TRANSLATE_NOOP("mcs::CourseField", "Clinical training")},
    {CourseField::Practicum, "practicum", QT_TRANSLATE_NOOP("mcs::CourseField", "Practicum, internship or fieldwork")},
    {CourseField::ProfessionalBody, "professional_body", QT_TRANSLATE_NOOP("mcs::CourseField", "Professional body")},
};

const FieldEntry *entry(CourseField field)
{
    for (const auto &e : kFields)
        if (e.field == field)
            return &e;
    return nullptr;
}

} // namespace

QVector<CourseField> allCourseFields()
{
    QVector<CourseField> out;
    for (const auto &e : kFields)
        out << e.field;
    return out;
}

QString courseFieldKey(CourseField field)
{
    const FieldEntry *e = entry(field);
    return e ? QString::fromLatin1(e->key) : QString();
}

bool courseFieldFromKey(const QString &key, CourseField *field)
{
    for (const auto &e : kFields) {
        if (key == QLatin1String(e.key)) {
            *field = e.field;
            return true;
        }
    }
    return false;
}

QString courseFieldLabel(CourseField field)
{
    const FieldEntry *e = entry(field);
    return e ? QCoreApplication::translate("mcs::CourseField", e->label) : QString();
}

QVariant courseFieldValue(const Course &c, CourseField field)
{
    switch (field) {
    case CourseField::Code: return c.code;
    case CourseField::Title: return c.title;
    case CourseField::Kind: return QVariant::fromValue(c.kind);
    case CourseField::OriginalCourseCode: return c.originalCourseCode;
    case CourseField::OriginalCourseName: return c.originalCourseName;
    case CourseField::Faculty: return c.faculty;
    case CourseField::MqfLevel: return c.mqfLevel;
    case CourseField::CreditValue: return c.creditValue;
    case CourseField::Delivery: return QVariant::fromValue(c.delivery);
    case CourseField::Language: return c.language;
    case CourseField::StudySession: return c.studySession;
    case CourseField::OfferPeriod: return c.offerPeriod;
    case CourseField::FeeSen: return c.feeSen;
    case CourseField::EntryRequirements: return c.entryRequirements;
    case CourseField::Synopsis: return c.synopsis;
    case CourseField::Justification: return c.justification;
    case CourseField::SurveyRespondents: return c.marketSurvey.respondents;
    case CourseField::SurveyAnalysis: return c.marketSurvey.analysis;
    case CourseField::LearnerCommitment: return c.learnerCommitment;
    case CourseField::Promotion: return c.promotion;
    case CourseField::ContinuousImprovement: return c.continuousImprovement;
    case CourseField::QualityAssurance: return c.qualityAssurance;
    case CourseField::Status: return QVariant::fromValue(c.status);
    case CourseField::LabIntensive: return c.labIntensive;
    case CourseField::Clinical: return c.clinical;
    case CourseField::Practicum: return c.practicum;
    case CourseField::ProfessionalBody: return c.professionalBody;
    }
    return {};
}

bool setCourseFieldValue(Course *c, CourseField field, const QVariant &value)
{
    auto text = [&](QString *target) {
        if (!value.canConvert<QString>())
            return false;
        *target = value.toString();
        return true;
    };
    auto flag = [&](bool *target) {
        if (value.typeId() != QMetaType::Bool && !value.canConvert<bool>())
            return false;
        *target = value.toBool();
        return true;
    };
    bool ok = true;
    switch (field) {
    case CourseField::Code: return text(&c->code);
    case CourseField::Title: return text(&c->title);
    case CourseField::OriginalCourseCode: return text(&c->originalCourseCode);
    case CourseField::OriginalCourseName: return text(&c->originalCourseName);
    case CourseField::Faculty: return text(&c->faculty);
    case CourseField::Language: return text(&c->language);
    case CourseField::StudySession: return text(&c->studySession);
    case CourseField::OfferPeriod: return text(&c->offerPeriod);
    case CourseField::EntryRequirements: return text(&c->entryRequirements);
    case CourseField::Synopsis: return text(&c->synopsis);
    case CourseField::Justification: return text(&c->justification);
    case CourseField::SurveyAnalysis: return text(&c->marketSurvey.analysis);
    case CourseField::LearnerCommitment: return text(&c->learnerCommitment);
    case CourseField::Promotion: return text(&c->promotion);
    case CourseField::ContinuousImprovement: return text(&c->continuousImprovement);
    case CourseField::QualityAssurance: return text(&c->qualityAssurance);
    case CourseField::ProfessionalBody: return text(&c->professionalBody);
    case CourseField::LabIntensive: return flag(&c->labIntensive);
    case CourseField::Clinical: return flag(&c->clinical);
    case CourseField::Practicum: return flag(&c->practicum);
    case CourseField::MqfLevel: {
        const int v = value.toInt(&ok);
        if (ok)
            c->mqfLevel = v;
        return ok;
    }
    case CourseField::SurveyRespondents: {
        const int v = value.toInt(&ok);
        if (ok)
            c->marketSurvey.respondents = v;
        return ok;
    }
    case CourseField::CreditValue: {
        const double v = value.toDouble(&ok);
        if (ok)
            c->creditValue = v;
        return ok;
    }
    case CourseField::FeeSen: {
        const qint64 v = value.toLongLong(&ok);
        if (ok)
            c->feeSen = v;
        return ok;
    }
    case CourseField::Kind:
        if (!value.canConvert<CourseKind>())
            return false;
        c->kind = value.value<CourseKind>();
        return true;
    case CourseField::Delivery:
        if (!value.canConvert<CourseDelivery>())
            return false;
        c->delivery = value.value<CourseDelivery>();
        return true;
    case CourseField::Status:
        if (!value.canConvert<ApprovalStatus>())
            return false;
        c->status = value.value<ApprovalStatus>();
        return true;
    }
    return false;
}

} // namespace mcs

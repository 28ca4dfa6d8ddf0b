#pragma once

#include "course.h"

#include <QString>
#include <QVariant>
#include <QVector>

namespace mcs {

// The scalar fields of the application form (2.1), addressable by id so one generic undo command
// edits any of them and compliance findings can name the field at fault.
enum class CourseField {
    Code,
    Title,
    Kind,                // mcs::CourseKind
    OriginalCourseCode,
    OriginalCourseName,
    Faculty,
    MqfLevel,            // int 1..8
    CreditValue,         // double
    Delivery,            // mcs::CourseDelivery
    Language,
    StudySession,
    OfferPeriod,
    FeeSen,              // qint64, MYR in sen
    EntryRequirements,
    Synopsis,
    Justification,
    SurveyRespondents,   // int
    SurveyAnalysis,
    LearnerCommitment,
    Promotion,
    ContinuousImprovement,
    QualityAssurance,
    Status,              // mcs::ApprovalStatus
    LabIntensive,        // bool (1.5 i)
    Clinical,            // bool (1.5 i)
    Practicum,           // bool (1.5 i)
    ProfessionalBody,    // 1.5 g
};

QVector<CourseField> allCourseFields();
// Stable key, e.g. "original_course_code": used in JSON (check, export) and settings.
QString courseFieldKey(CourseField field);
bool courseFieldFromKey(const QString &key, CourseField *field);
// The label on the form, translated.
QString courseFieldLabel(CourseField field);

QVariant courseFieldValue(const Course &course, CourseField field);
// Returns false (and changes nothing) when the value cannot be converted to the field's type.
bool setCourseFieldValue(Course *course, CourseField field, const QVariant &value);

} // namespace mcs

Q_DECLARE_METATYPE(mcs::CourseDelivery)
Q_DECLARE_METATYPE(mcs::Lecturer)
Q_DECLARE_METATYPE(mcs::Clo)
Q_DECLARE_METATYPE(mcs::AssessmentComponent)

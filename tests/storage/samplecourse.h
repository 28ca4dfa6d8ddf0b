#pragma once

#include "course.h"

// A complete course for storage tests: every field of the application form set, Table 4 with
// `units` units of `activitiesPerUnit` activities, eight milestones and attachments.
namespace mcs::test {

inline Course sampleCourse(const QString &code = QStringLiteral("TMN4031MC"), int units = 3, int activitiesPerUnit = 4)
{
    Course c;
    c.code = code;
    c.title = QStringLiteral("Micro-Credential in Data Visualisation");
    c.kind = CourseKind::AccreditedCourse;
    c.originalCourseCode = QStringLiteral("TMN4031");
    c.originalCourseName = QStringLiteral("Data Visualisation");
    c.faculty = QStringLiteral("Faculty of Computer Science and Information Technology");
    c.mqfLevel = 6;
    c.creditValue = 1.5;
    c.delivery = CourseDelivery::Blended;
    c.language = QStringLiteral("English");
    c.studySession = QStringLiteral("Semester 1 2026/2027");
    c.offerPeriod = QStringLiteral("October 2026 – January 2027");
    c.feeSen = 35000;
    c.entryRequirements = QStringLiteral("A diploma in any field, or equivalent experience");
    c.synopsis = QStringLiteral("Principles of visual encoding and dashboard design.");
    c.justification = QStringLiteral("Industry demand for data-literate graduates.");
    c.marketSurvey.respondents = 42;
    c.marketSurvey.analysis = QStringLiteral("78% would enrol.");
    c.marketSurvey.attachment = Attachment{QStringLiteral("survey.csv"), QStringLiteral("text/csv"),
                                           QByteArray("respondent,answer\n1,yes\n\x00\xff", 26)};
    c.learnerCommitment = QStringLiteral("4 hours per week for 10 weeks");
    c.promotion = QStringLiteral("Faculty social media, alumni mailing list");
    c.continuousImprovement = QStringLiteral("End-of-course survey reviewed each run");
    c.qualityAssurance = QStringLiteral("MQA accredited");
    c.status = ApprovalStatus::InDevelopment;
    c.labIntensive = true; // 1.5 i flags and 1.5 g body (schema version 3)
    c.practicum = true;
    c.professionalBody = QStringLiteral("Malaysia Board of Technologists");
    c.lecturers = {{QStringLiteral("Dr. Nurul Aini binti Hassan"), QStringLiteral("S1234"),
                    QStringLiteral("nahassan@unimas.my"), QStringLiteral("Course coordinator")},
                   {QStringLiteral("Lim Wei Jie"), QStringLiteral("S2345"), QStringLiteral("wjlim@unimas.my"),
                    QStringLiteral("Content developer")}};
    c.clos = {{QStringLiteral("CLO1"), QStringLiteral("Explain visual encodings."), QStringLiteral("cognitive"),
               QStringLiteral("C2")},
              {QStringLiteral("CLO2"), QStringLiteral("Build a dashboard."), QStringLiteral("psychomotor"),
               QStringLiteral("P3")}};
    c.assessment = {{QStringLiteral("Quiz"), AssessmentComponent::Kind::Continuous, 30},
                    {QStringLiteral("Forum"), AssessmentComponent::Kind::Continuous, 20},
                    {QStringLiteral("Video submission"), AssessmentComponent::Kind::Final, 50}};
    c.table4.rateTableVersion = 1;
    for (int u = 1; u <= units; ++u) {
        LearningUnit unit;
        unit.number = u;
        unit.title = QStringLiteral("Unit %1").arg(u);
        for (int a = 0; a < activitiesPerUnit; ++a) {
            Activity act;
            act.type = a % 2 ? QStringLiteral("video") : QStringLiteral("quiz_mcq");
            act.quantity = 10 + a + 0.25;
            if (a % 3 == 0)
                act.rate = 3.5;
            act.mode = a % 2 ? DeliveryMode::OnlineAsync : DeliveryMode::OnlineSync;
            act.clos = a % 2 ? QStringList{QStringLiteral("CLO1")} : QStringList{QStringLiteral("CLO1"), QStringLiteral("CLO2")};
            if (a % 2 == 0) {
                act.assessment = AssessmentKind::Continuous;
                act.weight = 2.5;
            }
            unit.activities.append(act);
        }
        c.table4.units.append(unit);
    }
    for (int m = 1; m <= 8; ++m) {
        Milestone ms;
        ms.number = m;
        ms.plannedStart = QDate(2026, 9, 1).addDays(14 * (m - 1));
        ms.plannedDue = ms.plannedStart.addDays(13);
        if (m <= 3)
            ms.actualCompletion = ms.plannedDue.addDays(m - 2);
        ms.notes = m == 4 ? QStringLiteral("Studio booked for week 9") : QString();
        c.milestones.append(ms);
    }
    c.attachments = {{QStringLiteral("form.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.7 ...")}};
    return c;
}

} // namespace mcs::test

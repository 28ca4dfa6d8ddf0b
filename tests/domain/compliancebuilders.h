#pragma once
// A stand-alone course that passes every compliance rule, for tests to break one rule at a time.
#include "compliancerule.h"
#include "sltbuilders.h"

namespace mcs::test {

// Table 4 of `onlineSelfStudy` + `physicalSelfStudy` minutes of independent study and a 10-page
// essay (600 min, final assessment of CLO2), online or physical.
inline Table4 complianceTable(double onlineSelfStudy = 1800, double physicalSelfStudy = 0, bool essayOnline = false)
{
    return table({unit(1, "Everything",
                       {Act("self_study", onlineSelfStudy).mode(DeliveryMode::OnlineAsync).clos({"CLO1"}),
                        Act("self_study", physicalSelfStudy).mode(DeliveryMode::Physical),
                        Act("assignment_essay", 10)
                            .mode(essayOnline ? DeliveryMode::OnlineAsync : DeliveryMode::Physical)
                            .clos({"CLO2"})
                            .final(60)})});
}

inline Course compliantCourse()
{
    Course c;
    c.code = QStringLiteral("MC001");
    c.title = QStringLiteral("Micro-Credential in Data Analytics");
    c.kind = CourseKind::StandAlone;
    c.faculty = QStringLiteral("Faculty of Computer Science");
    c.mqfLevel = 4;
    c.creditValue = 1;
    c.delivery = CourseDelivery::Odl;
    c.language = QStringLiteral("English");
    c.studySession = QStringLiteral("Semester 1 2026/2027");
    c.offerPeriod = QStringLiteral("March to May 2027");
    c.feeSen = 30000;
    c.entryRequirements = QStringLiteral("SPM or equivalent");
    c.synopsis = QStringLiteral("Cleaning, summarising and charting data.");
    c.justification = QStringLiteral("Employers ask for data skills.");
    c.marketSurvey.respondents = 30;
    c.marketSurvey.analysis = QStringLiteral("Most respondents would enrol.");
    c.learnerCommitment = QStringLiteral("4 hours a week for 10 weeks");
    c.promotion = QStringLiteral("Social media");
    c.continuousImprovement = QStringLiteral("Yearly review");
    c.qualityAssurance = QStringLiteral("Internal quality assurance (CFLEX)");
    c.lecturers = {{QStringLiteral("Dr. Aminah"), QStringLiteral("S1234"), QStringLiteral("s1234@unimas.my"),
                    QStringLiteral("Course coordinator")}};
    c.clos = {{QStringLiteral("CLO1"), QStringLiteral("Explain the stages of a data analysis."), QStringLiteral("cognitive"),
               QStringLiteral("C2")},
              {QStringLiteral("CLO2"), QStringLiteral("Apply cleaning techniques to a given data set."),
               QStringLiteral("cognitive"), QStringLiteral("C3")}};
    c.assessment = {{QStringLiteral("Quizzes (CLO1)"), AssessmentComponent::Kind::Continuous, 40},
                    {QStringLiteral("Final essay"), AssessmentComponent::Kind::Final, 60}};
    c.table4 = complianceTable();
    return c;
}

} // namespace mcs::test

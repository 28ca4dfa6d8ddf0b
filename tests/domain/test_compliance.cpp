// Every compliance rule with a passing and a failing case (guideline sections in compliancerule.cpp).
#include "builtinrates.h"
#include "compliancebuilders.h"
#include "sltcalculator.h"

#include <gtest/gtest.h>

using namespace mcs;
using namespace mcs::test;

namespace {

QVector<ComplianceFinding> check(const Course &c, const QStringList &programmes = {})
{
    SltCalculator slt(builtinRateTable());
    slt.setTable(c.table4);
    return checkCompliance(c, slt, ComplianceContext{programmes, builtinBloomVerbs()});
}

QStringList ids(const QVector<ComplianceFinding> &findings)
{
    QStringList out;
    for (const ComplianceFinding &f : findings)
        out << f.rule;
    return out;
}

QStringList places(const QVector<ComplianceFinding> &findings)
{
    QStringList out;
    for (const ComplianceFinding &f : findings)
        out << f.placeKey();
    return out;
}

Course accredited()
{
    Course c = compliantCourse();
    c.kind = CourseKind::AccreditedCourse;
    c.code = QStringLiteral("TMN4031MC");
    c.originalCourseCode = QStringLiteral("TMN4031");
    c.originalCourseName = QStringLiteral("Data Analytics");
    c.marketSurvey = {};
    return c;
}

} // namespace

TEST(Compliance, CompliantCoursesHaveNoFindings)
{
    EXPECT_EQ(ids(check(compliantCourse())), QStringList());
    EXPECT_EQ(ids(check(accredited())), QStringList());
    Course qvc = compliantCourse();
    qvc.kind = CourseKind::StandAloneQvc;
    qvc.code = QStringLiteral("MCV001");
    EXPECT_EQ(ids(check(qvc)), QStringList());
}

TEST(Compliance, RulesAreDataWithUniqueIdsAndSections)
{
    QStringList seen;
    for (const ComplianceRule &r : complianceRules()) {
        EXPECT_FALSE(seen.contains(r.id)) << qPrintable(r.id);
        EXPECT_FALSE(r.section.isEmpty());
        seen << r.id;
    }
    EXPECT_EQ(seen.size(), 17);
}

TEST(Compliance, RequiredFieldsPerKind)
{
    Course c = compliantCourse();
    c.synopsis = QStringLiteral("   ");
    auto f = check(c);
    ASSERT_EQ(ids(f), QStringList{QStringLiteral("required_field")});
    EXPECT_EQ(f[0].field, CourseField::Synopsis);
    EXPECT_EQ(f[0].severity, ComplianceSeverity::Error);
    EXPECT_EQ(f[0].section, QStringLiteral("2.1"));
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("synopsis"));

    // The survey analysis is asked of a stand-alone MC only; the original course of category 1 only.
    c = compliantCourse();
    c.marketSurvey.analysis.clear();
    EXPECT_EQ(places(check(c)), QStringList{QStringLiteral("survey_analysis")});
    c = accredited();
    c.marketSurvey.analysis.clear();
    EXPECT_EQ(ids(check(c)), QStringList());
    c.originalCourseName.clear();
    EXPECT_EQ(places(check(c)), QStringList{QStringLiteral("original_course_name")});

    c = compliantCourse();
    c.creditValue = 0;
    c.lecturers.clear();
    EXPECT_EQ(places(check(c)), (QStringList{QStringLiteral("credit_value"), QStringLiteral("lecturers")}));
    EXPECT_EQ(requiredFormFields(CourseKind::StandAlone).contains(CourseField::OriginalCourseCode), false);
    EXPECT_EQ(applicationFormFields(CourseKind::AccreditedCourse).contains(CourseField::SurveyRespondents), false);
    EXPECT_EQ(applicationFormFields(CourseKind::StandAlone).contains(CourseField::SurveyRespondents), true);
}

TEST(Compliance, CodeFitsKind)
{
    Course c = compliantCourse();
    c.code = QStringLiteral("MC01");
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("code_format")});
    EXPECT_EQ(f[0].section, QStringLiteral("1.5 e"));
    c.code = QStringLiteral("MCV001"); // QVC code on an unverified stand-alone MC
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("code_format")});
    c.kind = CourseKind::StandAloneQvc;
    c.code = QStringLiteral("MC001");
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("code_format")});

    c = accredited();
    c.code = QStringLiteral("TMN4031MCA"); // a part of a split course
    EXPECT_EQ(ids(check(c)), QStringList());
    c.code = QStringLiteral("TMN4031MCAB");
    EXPECT_EQ(ids(check(c)), (QStringList{QStringLiteral("code_format"), QStringLiteral("code_derived")}));
}

TEST(Compliance, CategoryOneCodeDerivesFromOriginal)
{
    Course c = accredited();
    c.code = QStringLiteral("TMN4032MC");
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("code_derived")});
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("TMN4031MC")));
    c.code = QStringLiteral("MC001");
    EXPECT_EQ(ids(check(c)), (QStringList{QStringLiteral("code_format"), QStringLiteral("code_derived")}));
}

TEST(Compliance, TitleForm)
{
    Course c = compliantCourse();
    c.title = QStringLiteral("Data Analytics");
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("title_prefix")});
    EXPECT_EQ(f[0].severity, ComplianceSeverity::Warning);
    c.title = QStringLiteral("Micro-Credential in ");
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("title_prefix")});
}

TEST(Compliance, TitleDiffersFromAccreditedProgrammes)
{
    const Course c = compliantCourse();
    const QStringList other = {QStringLiteral("Bachelor of Computer Science (Hons)")};
    EXPECT_EQ(ids(check(c, other)), QStringList());
    EXPECT_EQ(ids(check(c, {QStringLiteral("  data   ANALYTICS ")})), QStringList{QStringLiteral("title_programme")});
    EXPECT_EQ(ids(check(c, {QStringLiteral("Micro-Credential in Data Analytics")})),
              QStringList{QStringLiteral("title_programme")});
}

TEST(Compliance, MqfLevelNotFoundation)
{
    Course c = compliantCourse();
    for (int level : {1, 8})
        EXPECT_EQ(ids(check((c.mqfLevel = level, c))), QStringList()) << level;
    for (int level : {0, 9}) {
        c.mqfLevel = level;
        auto f = check(c);
        EXPECT_EQ(ids(f), QStringList{QStringLiteral("mqf_level")}) << level;
        EXPECT_EQ(f.value(0).section, QStringLiteral("1.5 h"));
    }
}

TEST(Compliance, AssessmentTotalsHundredWithContinuousAndFinal)
{
    Course c = compliantCourse();
    c.assessment[1].weight = 50;
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("assessment_total")});
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("90%")));
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("assessment"));

    c = compliantCourse();
    c.assessment[1].kind = AssessmentComponent::Kind::Continuous;
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("assessment_final")});
    c.assessment[0].kind = AssessmentComponent::Kind::Final;
    c.assessment[1].kind = AssessmentComponent::Kind::Final;
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("assessment_continuous")});
    c.assessment.clear();
    // CLO1 was assessed only by the component naming it.
    EXPECT_EQ(ids(check(c)), (QStringList{QStringLiteral("assessment_total"), QStringLiteral("assessment_continuous"),
                                          QStringLiteral("assessment_final"), QStringLiteral("clo_assessed")}));
}

TEST(Compliance, EveryCloAssessed)
{
    Course c = compliantCourse();
    c.clos.append({QStringLiteral("CLO3"), QStringLiteral("Design a dashboard."), {}, {}});
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("clo_assessed")});
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("clos[2]"));
    EXPECT_EQ(f[0].section, QStringLiteral("2.3"));

    // A learning activity tagged with it is not an assessment.
    c.table4.units[0].activities[1].clos = QStringList{QStringLiteral("CLO3")};
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("clo_assessed")});
    // A component naming CLO30 does not assess CLO3.
    c.assessment[1].name = QStringLiteral("Final essay (CLO30)");
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("clo_assessed")});
    c.assessment[1].name = QStringLiteral("Final essay (CLO2, clo3)");
    EXPECT_EQ(ids(check(c)), QStringList());

    // A Table 4 assessment activity tagged with it.
    c = compliantCourse();
    c.clos.append({QStringLiteral("CLO3"), QStringLiteral("Design a dashboard."), {}, {}});
    c.table4.units[0].activities[2].clos.append(QStringLiteral("CLO3"));
    EXPECT_EQ(ids(check(c)), QStringList());
}

TEST(Compliance, CloStartsWithActionVerb)
{
    Course c = compliantCourse();
    c.clos[1].statement = QStringLiteral("Understand cleaning techniques.");
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("clo_verb")});
    EXPECT_EQ(f[0].severity, ComplianceSeverity::Warning);
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("clos[1]"));
    c.clos[1].statement = QStringLiteral("  design, with guidance, a cleaning plan.");
    EXPECT_EQ(ids(check(c)), QStringList());
    c.clos[1].statement.clear();
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("clo_verb")});
    EXPECT_TRUE(builtinBloomVerbs().contains(QStringLiteral("evaluate")));
    EXPECT_FALSE(builtinBloomVerbs().contains(QStringLiteral("understand")));
}

TEST(Compliance, StandAloneSurveyHasThirtyRespondents)
{
    Course c = compliantCourse();
    c.marketSurvey.respondents = 29;
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("survey_respondents")});
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("survey_respondents"));
    EXPECT_EQ(f[0].section, QStringLiteral("5.2"));
    c.kind = CourseKind::StandAloneQvc;
    c.code = QStringLiteral("MCV001");
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("survey_respondents")});
    EXPECT_EQ(ids(check(accredited())), QStringList()); // respondents 0, not asked
}

TEST(Compliance, SblOnlineShareBetween30And79)
{
    Course c = compliantCourse();
    c.delivery = CourseDelivery::Sbl;
    // 720 of 2400 min online = 30%.
    c.table4 = complianceTable(720, 1080);
    EXPECT_EQ(ids(check(c)), QStringList());
    c.table4 = complianceTable(696, 1104); // 29%
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("sbl_online_share")});
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("29%")));
    c.table4 = complianceTable(1296, 504, true); // (600 + 1296) / 2400 = 79%
    EXPECT_EQ(ids(check(c)), QStringList());
    c.table4 = complianceTable(1320, 480, true); // 80%
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("sbl_online_share")});
    c.delivery = CourseDelivery::Odl;
    EXPECT_EQ(ids(check(c)), QStringList());
}

TEST(Compliance, CreditMatchesTable4)
{
    Course c = compliantCourse(); // 40 h = 1 credit
    c.creditValue = 1.5;
    EXPECT_EQ(ids(check(c)), QStringList());
    c.creditValue = 1.6;
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("credit_mismatch")});
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("credit_value"));
    c.creditValue = 2;
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("credit_mismatch")});
}

TEST(Compliance, Table4HasFortyHours)
{
    Course c = compliantCourse();
    c.table4 = complianceTable(1740); // 29 h + 10 h = 39 h
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("table4_min_hours")});
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("table4"));
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("39.0 h")));
    c.table4 = Table4{};
    c.assessment[0].name = QStringLiteral("Quiz (CLO1, CLO2)");
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("table4_min_hours")});
}

TEST(Compliance, HandsOnCourseOnlineIsWarned)
{
    Course c = compliantCourse();
    ASSERT_EQ(c.delivery, CourseDelivery::Odl);
    c.clinical = true;
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("online_unsuitable")});
    EXPECT_EQ(f[0].severity, ComplianceSeverity::Warning);
    EXPECT_EQ(f[0].section, QStringLiteral("1.5 i"));
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("delivery"));
    EXPECT_EQ(f[0].message, QStringLiteral("The course is marked clinical: such courses may not suit fully online "
                                           "delivery; consider blended or conventional delivery."));
    c.delivery = CourseDelivery::Blended;
    EXPECT_EQ(ids(check(c)), QStringList());
    c.delivery = CourseDelivery::Conventional;
    EXPECT_EQ(ids(check(c)), QStringList());

    c = compliantCourse();
    c.labIntensive = true;
    c.practicum = true;
    f = check(c);
    ASSERT_EQ(ids(f), QStringList{QStringLiteral("online_unsuitable")});
    EXPECT_TRUE(f[0].message.contains(QStringLiteral("laboratory-intensive and practicum, internship or fieldwork")))
        << qPrintable(f[0].message);
}

TEST(Compliance, OnlineSuitabilityFollowsTheFlagsNotTheWording)
{
    // Words in the title or synopsis no longer decide: only the declared nature does.
    Course c = compliantCourse();
    c.title = QStringLiteral("Micro-Credential in Laboratory Safety");
    c.synopsis = QStringLiteral("Clinical assessment of patients in a ward; a practicum.");
    EXPECT_EQ(ids(check(c)), QStringList());
    c.practicum = true;
    EXPECT_EQ(ids(check(c)), QStringList{QStringLiteral("online_unsuitable")});
}

TEST(Compliance, ProfessionalBodyGetsReminder)
{
    Course c = compliantCourse();
    c.professionalBody = QStringLiteral("  Board of Engineers   Malaysia ");
    auto f = check(c);
    EXPECT_EQ(ids(f), QStringList{QStringLiteral("professional_body")});
    EXPECT_EQ(f[0].severity, ComplianceSeverity::Reminder);
    EXPECT_EQ(f[0].section, QStringLiteral("1.5 g"));
    EXPECT_EQ(f[0].placeKey(), QStringLiteral("professional_body"));
    EXPECT_EQ(f[0].message, QStringLiteral("Consult Board of Engineers Malaysia and tell learners the professional "
                                           "status of this MC and its future recognition."));
    EXPECT_FALSE(f[0].isError());
    EXPECT_EQ(complianceSeverityKey(f[0].severity), QStringLiteral("reminder"));

    // Only the professional-body field counts; the quality-assurance wording does not.
    c = compliantCourse();
    c.qualityAssurance = QStringLiteral("Recognised by the Board of Engineers Malaysia");
    EXPECT_EQ(ids(check(c)), QStringList());
    c.professionalBody = QStringLiteral("   ");
    EXPECT_EQ(ids(check(c)), QStringList());
}

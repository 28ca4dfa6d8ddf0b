#include "coursediff.h"
#include "samplecourse.h"

#include <gtest/gtest.h>

using namespace mcs;
using Kind = CourseChange::Kind;

namespace {

QStringList keysOf(const QVector<CourseChange> &changes)
{
    QStringList keys;
    for (const CourseChange &c : changes)
        keys << c.key;
    return keys;
}

Activity activity(const QString &type, double quantity)
{
    Activity a;
    a.type = type;
    a.quantity = quantity;
    a.mode = DeliveryMode::OnlineAsync;
    return a;
}

} // namespace

TEST(CourseDiff, IdenticalCoursesHaveNoChangesWhateverTheBookkeeping)
{
    Course a = test::sampleCourse();
    Course b = a;
    b.id = 7;
    b.rowVersion = 12;
    b.updatedBy = QStringLiteral("someone");
    EXPECT_TRUE(diffCourses(a, b).isEmpty());
    EXPECT_TRUE(sameCourseContent(a, b));
    EXPECT_FALSE(a == b);
}

TEST(CourseDiff, FormFieldsByKeyWithTheirLabelsAndReadableValues)
{
    Course a = test::sampleCourse();
    Course b = a;
    b.title = QStringLiteral("Micro-Credential in Dashboards");
    b.feeSen = 40050;
    b.delivery = CourseDelivery::Odl;
    b.marketSurvey.respondents = 45;
    const QVector<CourseChange> changes = diffCourses(a, b);
    ASSERT_EQ(changes.size(), 4);
    EXPECT_EQ(changes[0], (CourseChange{CourseSection::Form, Kind::Changed, QStringLiteral("title"),
                                        QStringLiteral("MC title"), QStringLiteral("Micro-Credential in Data Visualisation"),
                                        QStringLiteral("Micro-Credential in Dashboards")}));
    EXPECT_EQ(changes[1].key, QStringLiteral("delivery"));
    EXPECT_EQ(changes[1].label, QStringLiteral("Delivery mode"));
    EXPECT_EQ(changes[1].oldValue, courseDeliveryName(CourseDelivery::Blended));
    EXPECT_EQ(changes[1].newValue, courseDeliveryName(CourseDelivery::Odl));
    EXPECT_EQ(changes[2], (CourseChange{CourseSection::Form, Kind::Changed, QStringLiteral("fee_sen"),
                                        QStringLiteral("Fee (MYR)"), QStringLiteral("350.00"), QStringLiteral("400.50")}));
    EXPECT_EQ(changes[3], (CourseChange{CourseSection::Form, Kind::Changed, QStringLiteral("survey_respondents"),
                                        QStringLiteral("Market survey respondents"), QStringLiteral("42"),
                                        QStringLiteral("45")}));
}

TEST(CourseDiff, AnInsertedCloIsOneAdditionEvenWhenTheLaterCodesAreRenumbered)
{
    Course a = test::sampleCourse();
    Course b = a;
    // CLO inserted as the new CLO2; the old CLO2 becomes CLO3 with the same statement.
    b.clos = {a.clos[0],
              {QStringLiteral("CLO2"), QStringLiteral("Critique a published chart."), QStringLiteral("cognitive"),
               QStringLiteral("C5")},
              {QStringLiteral("CLO3"), a.clos[1].statement, a.clos[1].domain, a.clos[1].level}};
    const QVector<CourseChange> changes = diffCourses(a, b);
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes[0], (CourseChange{CourseSection::Clos, Kind::Added, QStringLiteral("clos[1]"), QStringLiteral("CLO2"),
                                        QString(), QStringLiteral("CLO2 · Critique a published chart. · cognitive · C5")}));
    EXPECT_EQ(changes[1], (CourseChange{CourseSection::Clos, Kind::Changed, QStringLiteral("clos[2].code"),
                                        QStringLiteral("CLO3 · Code"), QStringLiteral("CLO2"), QStringLiteral("CLO3")}));
}

TEST(CourseDiff, RecordsRemovedAndChangedFieldByField)
{
    Course a = test::sampleCourse();
    Course b = a;
    b.lecturers.removeFirst();
    b.lecturers[0].role = QStringLiteral("Course coordinator");
    b.assessment[1].weight = 25;
    b.assessment[2].weight = 45;
    const QVector<CourseChange> changes = diffCourses(a, b);
    ASSERT_EQ(changes.size(), 4);
    EXPECT_EQ(changes[0], (CourseChange{CourseSection::Lecturers, Kind::Removed, QStringLiteral("lecturers[0]"),
                                        QStringLiteral("Dr. Nurul Aini binti Hassan"),
                                        QStringLiteral("Dr. Nurul Aini binti Hassan · S1234 · nahassan@unimas.my · Course coordinator"),
                                        QString()}));
    EXPECT_EQ(changes[1], (CourseChange{CourseSection::Lecturers, Kind::Changed, QStringLiteral("lecturers[0].role"),
                                        QStringLiteral("Lim Wei Jie · Role"), QStringLiteral("Content developer"),
                                        QStringLiteral("Course coordinator")}));
    EXPECT_EQ(changes[2], (CourseChange{CourseSection::Assessment, Kind::Changed, QStringLiteral("assessment[1].weight"),
                                        QStringLiteral("Forum · Weight (%)"), QStringLiteral("20"), QStringLiteral("25")}));
    EXPECT_EQ(changes[3].key, QStringLiteral("assessment[2].weight"));
    EXPECT_EQ(changes[3].oldValue, QStringLiteral("50"));
    EXPECT_EQ(changes[3].newValue, QStringLiteral("45"));
}

TEST(CourseDiff, AnInsertedUnitIsOneAdditionAndTheRenumberingIsNotReported)
{
    Course a = test::sampleCourse(QStringLiteral("MC001"), 3, 2);
    Course b = a;
    LearningUnit inserted;
    inserted.number = 2;
    inserted.title = QStringLiteral("Colour");
    inserted.activities = {activity(QStringLiteral("slide"), 12)};
    b.table4.units.insert(1, inserted);
    b.table4.units[2].number = 3;
    b.table4.units[3].number = 4;
    const QVector<CourseChange> changes = diffCourses(a, b);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes[0], (CourseChange{CourseSection::Table4, Kind::Added, QStringLiteral("table4.units[1]"),
                                        QStringLiteral("Unit 2 “Colour”"), QString(),
                                        QStringLiteral("Unit 2 “Colour”\nactivity 1: Slide × 12 · online asynchronous")}));
}

TEST(CourseDiff, AnInsertedActivityIsOneAdditionAndAnEditedOneShowsItsField)
{
    Course a = test::sampleCourse(QStringLiteral("MC001"), 2, 4);
    Course b = a;
    LearningUnit &u = b.table4.units[1];
    u.activities.insert(1, activity(QStringLiteral("reading"), 8));
    u.activities[3].quantity = 30; // was activities[2] before the insertion
    u.title = QStringLiteral("Dashboards");
    const QVector<CourseChange> changes = diffCourses(a, b);
    ASSERT_EQ(changes.size(), 3) << keysOf(changes).join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(changes[0], (CourseChange{CourseSection::Table4, Kind::Changed, QStringLiteral("table4.units[1].title"),
                                        QStringLiteral("Unit 2 “Dashboards” · Title"), QStringLiteral("Unit 2"),
                                        QStringLiteral("Dashboards")}));
    EXPECT_EQ(changes[1], (CourseChange{CourseSection::Table4, Kind::Added, QStringLiteral("table4.units[1].activities[1]"),
                                        QStringLiteral("Unit 2 “Dashboards” · activity 2"), QString(),
                                        QStringLiteral("Reading × 8 · online asynchronous")}));
    EXPECT_EQ(changes[2], (CourseChange{CourseSection::Table4, Kind::Changed,
                                        QStringLiteral("table4.units[1].activities[3].quantity"),
                                        QStringLiteral("Unit 2 “Dashboards” · activity 4 · Quantity"),
                                        QStringLiteral("12.25"), QStringLiteral("30")}));
}

TEST(CourseDiff, ARemovedActivityAndAReplacedOne)
{
    Course a = test::sampleCourse(QStringLiteral("MC001"), 1, 4);
    Course b = a;
    auto &acts = b.table4.units[0].activities;
    acts.removeAt(0);                                // quiz_mcq 10.25 removed
    acts[2] = activity(QStringLiteral("forum"), 3);  // the last video (3.5 min/unit, CLO1) replaced by a forum
    const QVector<CourseChange> changes = diffCourses(a, b);
    QStringList summary;
    for (const CourseChange &c : changes)
        summary << QStringLiteral("%1 %2").arg(int(c.kind)).arg(c.key);
    EXPECT_EQ(summary, (QStringList{QStringLiteral("1 table4.units[0].activities[0]"),
                                    QStringLiteral("2 table4.units[0].activities[2].type"),
                                    QStringLiteral("2 table4.units[0].activities[2].quantity"),
                                    QStringLiteral("2 table4.units[0].activities[2].rate"),
                                    QStringLiteral("2 table4.units[0].activities[2].clos")}));
    EXPECT_EQ(changes[0].oldValue, QStringLiteral("Quiz (MCQ) × 10.25 · 3.5 min/unit · online synchronous · CLO1, CLO2 · continuous · 2.5%"));
}

TEST(CourseDiff, MilestonesByNumberAndAttachments)
{
    Course a = test::sampleCourse();
    Course b = a;
    b.milestones[3].actualCompletion = QDate(2026, 10, 30);
    b.milestones[5].notes = QStringLiteral("Delayed by the studio");
    b.attachments.append({QStringLiteral("minutes.pdf"), QStringLiteral("application/pdf"), QByteArray("abc")});
    b.marketSurvey.attachment.reset();
    const QVector<CourseChange> changes = diffCourses(a, b);
    ASSERT_EQ(changes.size(), 4);
    EXPECT_EQ(changes[0], (CourseChange{CourseSection::Milestones, Kind::Changed,
                                        QStringLiteral("milestones[4].actual_completion"),
                                        QStringLiteral("Milestone 4 · Completed on"), QString(), QStringLiteral("2026-10-30")}));
    EXPECT_EQ(changes[1], (CourseChange{CourseSection::Milestones, Kind::Changed, QStringLiteral("milestones[6].notes"),
                                        QStringLiteral("Milestone 6 · Notes"), QString(),
                                        QStringLiteral("Delayed by the studio")}));
    EXPECT_EQ(changes[2], (CourseChange{CourseSection::Attachments, Kind::Removed, QStringLiteral("survey_attachment"),
                                        QStringLiteral("Market survey results file"),
                                        QStringLiteral("survey.csv (text/csv, 26 bytes)"), QString()}));
    EXPECT_EQ(changes[3], (CourseChange{CourseSection::Attachments, Kind::Added, QStringLiteral("attachments[1]"),
                                        QStringLiteral("minutes.pdf"), QString(),
                                        QStringLiteral("minutes.pdf (application/pdf, 3 bytes)")}));
}

TEST(RowAlignment, LcsThenIdentityThenPosition)
{
    const QStringList a{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    const QStringList b{QStringLiteral("A"), QStringLiteral("X"), QStringLiteral("C"), QStringLiteral("D"),
                        QStringLiteral("E")};
    const auto pairs = alignRows(int(a.size()), int(b.size()), {[&](int i, int j) { return a[i] == b[j]; }});
    EXPECT_EQ(pairs, (QVector<RowPair>{{0, 0}, {1, 1}, {2, 2}, {3, 3}, {-1, 4}}));

    const QStringList c{QStringLiteral("A"), QStringLiteral("B")};
    const QStringList d{QStringLiteral("B"), QStringLiteral("A")};
    const auto swapped = alignRows(2, 2, {[&](int i, int j) { return c[i] == d[j]; }});
    // One of the two stays matched; the other shows as removed and added again.
    EXPECT_EQ(swapped, (QVector<RowPair>{{0, -1}, {1, 0}, {-1, 1}}));

    EXPECT_EQ(alignRows(0, 2, {}), (QVector<RowPair>{{-1, 0}, {-1, 1}}));
    EXPECT_EQ(alignRows(3, 1, {}), (QVector<RowPair>{{0, 0}, {1, -1}, {2, -1}}));
}

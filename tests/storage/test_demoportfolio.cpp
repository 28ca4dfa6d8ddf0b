#include "courserepository.h"
#include "database.h"
#include "demoportfolio.h"
#include "milestoneplan.h"
#include "nric.h"
#include "offeringrepository.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace mcs;
using mcs::test::BackendTest;

namespace {

DemoPortfolio::Options options(quint32 seed, int courses = 40, int learners = 300)
{
    DemoPortfolio::Options o;
    o.seed = seed;
    o.courses = courses;
    o.learners = learners;
    o.today = QDate(2026, 11, 30);
    return o;
}

// Every row of every table, in a fixed order, as text.
QStringList dump(Database &db)
{
    QStringList out;
    for (const char *table : {"course", "course_lecturer", "course_clo", "assessment_component", "learning_unit",
                              "activity", "milestone", "attachment", "person", "person_role", "offering", "learner",
                              "enrolment"}) {
        QSqlQuery q(db.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))));
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
    }
    return out;
}

bool isValidNric(const QString &nric)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2})-(\\d{2})-(\\d{4})$"));
    const auto m = pattern.match(nric);
    if (!m.hasMatch())
        return false;
    const int yy = m.captured(1).toInt();
    // Born 1970-2006: yy >= 70 is 19yy, otherwise 20yy.
    return QDate(yy >= 70 ? 1900 + yy : 2000 + yy, m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

} // namespace

TEST(DemoPortfolio, TheSameSeedGivesTheSameFileAnotherSeedAnotherPortfolio)
{
    QTemporaryDir dir;
    QStringList dumps;
    for (auto [name, seed] : {std::pair{"a.mcs", 7u}, std::pair{"b.mcs", 7u}, std::pair{"c.mcs", 8u}}) {
        QString error;
        auto db = Database::openSqlite(dir.filePath(QString::fromLatin1(name)), &error);
        ASSERT_TRUE(db) << error.toStdString();
        DemoPortfolio demo(options(seed));
        ASSERT_TRUE(demo.write(*db, nullptr, &error)) << error.toStdString();
        dumps.append(dump(*db).join(QLatin1Char('\n')));
    }
    EXPECT_GT(dumps[0].size(), 50000);
    EXPECT_EQ(dumps[0], dumps[1]);
    EXPECT_NE(dumps[0], dumps[2]);
}

TEST(DemoPortfolio, CoversEveryStatusBothKindsAndRealisticCodes)
{
    DemoPortfolio demo(options(1, 60));
    const QVector<Course> &courses = demo.courses();
    ASSERT_EQ(courses.size(), 60);
    QString firstReturned; // the demo's work in progress (test_democompliance.cpp)
    for (const Course &c : courses) {
        if (c.status == ApprovalStatus::ReturnedForRevision) {
            firstReturned = c.code;
            break;
        }
    }
    QSet<ApprovalStatus> statuses;
    QSet<CourseKind> kinds;
    QSet<QString> codes;
    static const QRegularExpression accredited(QStringLiteral("^[A-Z]{3}\\d{4}MC[AB]?$"));
    static const QRegularExpression standAlone(QStringLiteral("^MC\\d{3}$"));
    static const QRegularExpression qvc(QStringLiteral("^MCV\\d{3}$"));
    for (const Course &c : courses) {
        statuses.insert(c.status);
        kinds.insert(c.kind);
        codes.insert(c.code);
        EXPECT_TRUE(c.title.startsWith(QStringLiteral("Micro-Credential in "))) << c.title.toStdString();
        const QRegularExpression &pattern = c.kind == CourseKind::AccreditedCourse ? accredited
                                            : c.kind == CourseKind::StandAlone    ? standAlone
                                                                                  : qvc;
        EXPECT_TRUE(pattern.match(c.code).hasMatch()) << c.code.toStdString();
        if (c.kind == CourseKind::AccreditedCourse) {
            EXPECT_TRUE(c.code.startsWith(c.originalCourseCode));
        } else if (c.code != firstReturned) {
            EXPECT_GE(c.marketSurvey.respondents, 30); // 5.2
        } else {
            EXPECT_EQ(c.marketSurvey.respondents, 24); // CFLEX returned it for a survey too small
        }
        for (const QString &text : {c.synopsis, c.justification, c.entryRequirements, c.learnerCommitment,
                                    c.promotion, c.continuousImprovement, c.studySession, c.offerPeriod})
            EXPECT_GT(text.size(), 10) << c.code.toStdString();
        EXPECT_GE(c.table4.units.size(), 4);
        EXPECT_EQ(c.milestones.size(), 8);
        EXPECT_GE(c.lecturers.size(), 1);
        EXPECT_EQ(c.clos.size(), 3);
        double weight = 0;
        for (const LearningUnit &u : c.table4.units) {
            EXPECT_GE(u.activities.size(), 4);
            for (const Activity &a : u.activities)
                weight += a.weight.value_or(0);
        }
        EXPECT_NEAR(weight, 100.0, 1e-9) << c.code.toStdString(); // 2.3: weights total 100%
    }
    EXPECT_EQ(codes.size(), 60);
    EXPECT_EQ(statuses.size(), allApprovalStatuses().size());
    EXPECT_EQ(kinds.size(), 3);
}

TEST(DemoPortfolio, MilestonesAtEveryStageSomeOverdueSomeDone)
{
    DemoPortfolio demo(options(3, 40));
    const QDate today(2026, 11, 30);
    int overdue = 0;
    int done = 0;
    QSet<int> completedCounts;
    for (const Course &c : demo.courses()) {
        int completed = 0;
        for (const Milestone &m : c.milestones) {
            if (m.isCompleted()) {
                ++completed;
                EXPECT_LE(m.actualCompletion, today);
            } else if (MilestonePlan::isOverdue(m, today)) {
                ++overdue;
            }
        }
        // Completions follow the milestone rules: in order, each after the one before.
        for (const Milestone &m : c.milestones)
            if (m.isCompleted()) {
                EXPECT_TRUE(MilestonePlan::canComplete(c.milestones, m.number, m.actualCompletion))
                    << c.code.toStdString() << " milestone " << m.number;
            }
        EXPECT_EQ(c.milestones, [&] {
            MilestoneList plan = MilestonePlan::plannedSchedule(c.milestones.first().plannedStart);
            for (int i = 0; i < plan.size(); ++i) {
                plan[i].actualCompletion = c.milestones[i].actualCompletion;
                plan[i].notes = c.milestones[i].notes;
            }
            return plan;
        }()) << "planned by the Table 3 rules";
        done += completed;
        completedCounts.insert(completed);
    }
    EXPECT_GT(overdue, 0);
    EXPECT_GT(done, 0);
    EXPECT_TRUE(completedCounts.contains(0));
    EXPECT_TRUE(completedCounts.contains(8));
    EXPECT_GE(completedCounts.size(), 5);
}

TEST(DemoPortfolio, LearnersCarryValidNricsOrPassports)
{
    DemoPortfolio demo(options(5, 40, 500));
    int international = 0;
    for (const Learner &l : demo.learners()) {
        ASSERT_FALSE(l.name.isEmpty());
        if (l.isInternational()) {
            ++international;
            EXPECT_FALSE(l.passportNo.isEmpty());
            EXPECT_NE(l.nationality, QStringLiteral("Malaysia"));
            EXPECT_FALSE(l.nationality.isEmpty());
        } else {
            EXPECT_TRUE(isValidNric(l.nric)) << l.nric.toStdString();
            const NricCheck check = checkNric(l.nric, QDate(2026, 11, 30)); // the statements' own checker
            EXPECT_TRUE(check.valid) << l.nric.toStdString() << ": " << check.error.toStdString();
            EXPECT_EQ(check.normalized, l.nric);
            EXPECT_TRUE(l.passportNo.isEmpty());
        }
    }
    EXPECT_GT(international, 10);
    EXPECT_LT(international, 150);
}

class DemoPortfolioStoreTest : public BackendTest
{
};

TEST_P(DemoPortfolioStoreTest, WritesOfferingsResultsAndSenateApprovalsAndRefusesANonEmptyDatabase)
{
    auto db = open();
    ASSERT_TRUE(db);
    DemoPortfolio demo(options(11, 30, 200));
    DemoPortfolio::Summary summary;
    QString error;
    ASSERT_TRUE(demo.write(*db, &summary, &error)) << error.toStdString();
    EXPECT_EQ(summary.courses, 30);
    EXPECT_EQ(summary.learners, 200);
    EXPECT_GT(summary.offerings, 0);
    EXPECT_GT(summary.enrolments, summary.offerings);
    EXPECT_GT(summary.senateApproved, 0);

    OfferingRepository offerings(*db);
    EXPECT_EQ(offerings.senateApprovedCount(nullptr), summary.senateApproved);
    CourseRepository courses(*db);
    QVector<CourseSummary> list;
    ASSERT_TRUE(courses.listSummaries(&list, nullptr));
    ASSERT_EQ(list.size(), 30);
    int graded = 0;
    for (const CourseSummary &s : list) {
        QVector<Offering> cohorts;
        ASSERT_TRUE(offerings.offeringsOfCourse(s.id, &cohorts, nullptr));
        if (s.status == ApprovalStatus::Offered) {
            EXPECT_EQ(cohorts.size(), 2) << s.code.toStdString();
        }
        for (const Offering &o : cohorts) {
            QVector<Enrolment> enrolments;
            ASSERT_TRUE(offerings.enrolmentsOfOffering(o.id, &enrolments, nullptr));
            for (const Enrolment &e : enrolments) {
                if (e.isSenateApproved()) {
                    ++graded;
                    EXPECT_TRUE(e.marks.has_value());
                    EXPECT_EQ(e.result, *e.marks >= 50 ? ResultStatus::Pass : ResultStatus::Fail);
                    EXPECT_FALSE(e.grade.isEmpty());
                    EXPECT_GT(e.senateApprovedOn, o.endDate);
                }
            }
        }
    }
    EXPECT_EQ(graded, summary.senateApproved);
    const auto stored = courses.load(list.first().id, nullptr);
    ASSERT_TRUE(stored);
    const auto generated = std::find_if(demo.courses().begin(), demo.courses().end(),
                                        [&](const Course &c) { return c.code == stored->code; });
    ASSERT_NE(generated, demo.courses().end());
    EXPECT_EQ(stored->table4, generated->table4);
    EXPECT_EQ(stored->milestones, generated->milestones);
    EXPECT_EQ(stored->lecturers, generated->lecturers);
    EXPECT_EQ(stored->synopsis, generated->synopsis);
    EXPECT_EQ(stored->marketSurvey, generated->marketSurvey);

    DemoPortfolio again(options(12, 5, 5));
    EXPECT_FALSE(again.write(*db, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already holds 30 course(s)"))) << error.toStdString();
    EXPECT_EQ(courses.count(nullptr), 30);
}

MCS_INSTANTIATE_BACKENDS(DemoPortfolioStoreTest);

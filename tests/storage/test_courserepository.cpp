#include "courserepository.h"
#include "database.h"
#include "samplecourse.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace mcs;
using mcs::test::BackendTest;
using mcs::test::sampleCourse;

class CourseRepositoryTest : public BackendTest
{
};

TEST_P(CourseRepositoryTest, ASavedCourseLoadsBackEqual)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = sampleCourse();
    const StoreResult r = repo.save(&c, QStringLiteral("nahassan"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_GT(c.id, 0);
    EXPECT_EQ(c.rowVersion, 1);
    EXPECT_EQ(c.createdBy, QStringLiteral("nahassan"));
    EXPECT_EQ(c.updatedBy, QStringLiteral("nahassan"));
    EXPECT_TRUE(c.createdAt.isValid());

    QString error;
    const auto loaded = repo.load(c.id, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(loaded->table4, c.table4);
    EXPECT_EQ(loaded->milestones, c.milestones);
    EXPECT_EQ(loaded->marketSurvey, c.marketSurvey);
    EXPECT_EQ(loaded->createdAt, c.createdAt);
    EXPECT_TRUE(*loaded == c);
    EXPECT_EQ(loaded->category(), 1);
}

TEST_P(CourseRepositoryTest, AnUpdateReplacesEverythingAndBumpsTheRowVersion)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = sampleCourse(QStringLiteral("MC001"), 4, 5);
    ASSERT_TRUE(repo.save(&c, QStringLiteral("a")).ok());
    c.title = QStringLiteral("Micro-Credential in Sago Processing");
    c.kind = CourseKind::StandAlone;
    c.table4.units.removeLast();
    c.table4.units[0].activities[1].rate.reset();
    c.table4.units[0].activities[2].clos.clear();
    c.milestones[5].actualCompletion = QDate(2026, 12, 1);
    c.lecturers.removeFirst();
    c.marketSurvey.attachment.reset();
    c.attachments.clear();
    const StoreResult r = repo.save(&c, QStringLiteral("b"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(c.rowVersion, 2);
    EXPECT_EQ(c.createdBy, QStringLiteral("a"));
    EXPECT_EQ(c.updatedBy, QStringLiteral("b"));
    const auto loaded = repo.load(c.id, nullptr);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(*loaded == c);
    EXPECT_EQ(loaded->table4.units.size(), 3);
    EXPECT_EQ(loaded->category(), 3);

    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM activity")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 15); // 3 units x 5: the removed unit's activities are gone
}

TEST_P(CourseRepositoryTest, ListingCostsOneQueryWhateverTheNumberOfCourses)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    auto addCourses = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            Course c = sampleCourse(QStringLiteral("MC%1").arg(i, 3, 10, QLatin1Char('0')), 1, 1);
            c.milestones.clear();
            for (int m = 1; m <= i % 9; ++m)
                c.milestones.append({m, QDate(2026, 1, 1), QDate(2026, 2, 1), QDate(2026, 1, 20), QString()});
            ASSERT_TRUE(repo.save(&c, QStringLiteral("t")).ok());
        }
    };
    addCourses(0, 3);
    QVector<CourseSummary> list;
    qint64 before = db->statementCount();
    ASSERT_TRUE(repo.listSummaries(&list, nullptr));
    const qint64 smallCost = db->statementCount() - before;
    ASSERT_EQ(list.size(), 3);

    addCourses(3, 30);
    before = db->statementCount();
    ASSERT_TRUE(repo.listSummaries(&list, nullptr));
    EXPECT_EQ(db->statementCount() - before, smallCost);
    EXPECT_EQ(smallCost, 1);
    ASSERT_EQ(list.size(), 30);
    EXPECT_EQ(list[0].code, QStringLiteral("MC000"));
    EXPECT_EQ(list[0].progressPercent, 0);
    EXPECT_EQ(list[1].progressPercent, 15);
    EXPECT_EQ(list[3].progressPercent, 40);
    EXPECT_EQ(list[8].progressPercent, 100);
    EXPECT_EQ(list[17].progressPercent, 100);
    EXPECT_EQ(list[7].kind, CourseKind::AccreditedCourse);
    EXPECT_EQ(list[7].status, ApprovalStatus::InDevelopment);
    EXPECT_EQ(list[7].faculty, QStringLiteral("Faculty of Computer Science and Information Technology"));

    // The Gantt chart's read: summaries and all milestones in two queries.
    QVector<CourseMilestones> withMilestones;
    before = db->statementCount();
    ASSERT_TRUE(repo.listWithMilestones(&withMilestones, nullptr));
    EXPECT_EQ(db->statementCount() - before, 2);
    ASSERT_EQ(withMilestones.size(), 30);
    for (int i = 0; i < 30; ++i) {
        EXPECT_EQ(withMilestones[i].course.code, list[i].code);
        EXPECT_EQ(withMilestones[i].milestones.size(), i % 9);
        EXPECT_EQ(MilestonePlan::progressPercent(withMilestones[i].milestones), list[i].progressPercent);
    }
}

TEST_P(CourseRepositoryTest, LoadingCostsTheSameQueriesWhateverTheCourseHolds)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course small = sampleCourse(QStringLiteral("MC001"), 1, 1);
    Course large = sampleCourse(QStringLiteral("MC002"), 12, 40);
    ASSERT_TRUE(repo.save(&small, QStringLiteral("x")).ok());
    ASSERT_TRUE(repo.save(&large, QStringLiteral("x")).ok());
    qint64 before = db->statementCount();
    ASSERT_TRUE(repo.load(small.id, nullptr));
    const qint64 smallCost = db->statementCount() - before;
    before = db->statementCount();
    ASSERT_TRUE(repo.load(large.id, nullptr));
    EXPECT_EQ(db->statementCount() - before, smallCost);
    EXPECT_EQ(smallCost, 8); // course, lecturers, CLOs, assessment, units, activities, milestones, attachments
}

TEST_P(CourseRepositoryTest, ASaveOverAnotherConnectionsChangeIsAConflictNamingTheCourse)
{
    auto first = open();
    auto second = open();
    ASSERT_TRUE(first && second);
    CourseRepository a(*first);
    CourseRepository b(*second);
    Course original = sampleCourse();
    ASSERT_TRUE(a.save(&original, QStringLiteral("siti")).ok());

    Course mine = *b.load(original.id, nullptr);
    Course theirs = *a.load(original.id, nullptr);
    theirs.synopsis = QStringLiteral("Their synopsis");
    ASSERT_TRUE(a.save(&theirs, QStringLiteral("siti")).ok());

    mine.synopsis = QStringLiteral("My synopsis");
    mine.table4.units.clear();
    const Course before = mine;
    const StoreResult r = b.save(&mine, QStringLiteral("ahmad"));
    EXPECT_EQ(r.status, StoreResult::Status::Conflict);
    EXPECT_TRUE(r.message.contains(QStringLiteral("TMN4031MC"))) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QStringLiteral("Micro-Credential in Data Visualisation")));
    EXPECT_TRUE(r.message.contains(QStringLiteral("siti"))) << r.message.toStdString();
    EXPECT_TRUE(mine == before); // the caller's copy is untouched

    const auto stored = b.load(original.id, nullptr);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->synopsis, QStringLiteral("Their synopsis"));
    EXPECT_EQ(stored->table4, original.table4);
    EXPECT_EQ(stored->rowVersion, 2);

    // After reloading, the second person can save.
    Course reloaded = *stored;
    reloaded.synopsis = QStringLiteral("Merged synopsis");
    EXPECT_TRUE(b.save(&reloaded, QStringLiteral("ahmad")).ok());
    EXPECT_EQ(reloaded.rowVersion, 3);
}

// Two people save the same version at the same moment, each on their own connection and thread:
// exactly one save wins, the other gets a conflict, and the stored course is wholly the winner's.
TEST_P(CourseRepositoryTest, ConcurrentSavesOfOneVersionLetExactlyOneWin)
{
    auto setup = open();
    ASSERT_TRUE(setup);
    Course original = sampleCourse(QStringLiteral("MC100"), 5, 40);
    ASSERT_TRUE(CourseRepository(*setup).save(&original, QStringLiteral("setup")).ok());
    setup.reset();

    for (int round = 0; round < 5; ++round) {
        std::atomic<int> ready{0};
        StoreResult results[2];
        auto person = [&](int who) {
            QString error;
            auto db = backend() == test::Backend::Sqlite ? Database::openSqlite(sqlitePath(), &error)
                                                         : Database::openPostgres(serverParams(), &error);
            if (!db)
                return;
            CourseRepository repo(*db);
            Course mine = *repo.load(original.id, &error);
            mine.synopsis = QStringLiteral("person %1 round %2").arg(who).arg(round);
            for (LearningUnit &u : mine.table4.units)
                for (Activity &a : u.activities)
                    a.quantity = who * 1000 + round;
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            results[who] = repo.save(&mine, QStringLiteral("person %1").arg(who));
        };
        std::thread a(person, 0);
        std::thread b(person, 1);
        a.join();
        b.join();
        const int wins = int(results[0].ok()) + int(results[1].ok());
        ASSERT_EQ(wins, 1) << results[0].message.toStdString() << " / " << results[1].message.toStdString();
        const int winner = results[0].ok() ? 0 : 1;
        EXPECT_EQ(results[1 - winner].status, StoreResult::Status::Conflict);
        EXPECT_TRUE(results[1 - winner].message.contains(QStringLiteral("MC100")));

        auto check = open();
        const auto stored = CourseRepository(*check).load(original.id, nullptr);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->synopsis, QStringLiteral("person %1 round %2").arg(winner).arg(round));
        EXPECT_EQ(stored->updatedBy, QStringLiteral("person %1").arg(winner));
        for (const LearningUnit &u : stored->table4.units)
            for (const Activity &act : u.activities)
                ASSERT_EQ(act.quantity, winner * 1000 + round);
    }
}

TEST_P(CourseRepositoryTest, SavingACourseSomeoneDeletedSaysSo)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = sampleCourse();
    ASSERT_TRUE(repo.save(&c, QStringLiteral("x")).ok());
    Course copy = c;
    ASSERT_TRUE(repo.remove(c).ok());
    const StoreResult r = repo.save(&copy, QStringLiteral("x"));
    EXPECT_EQ(r.status, StoreResult::Status::Deleted);
    EXPECT_TRUE(r.message.contains(QStringLiteral("TMN4031MC")));
    EXPECT_EQ(repo.count(nullptr), 0);
}

TEST_P(CourseRepositoryTest, RemovingAStaleCopyIsAConflict)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = sampleCourse();
    ASSERT_TRUE(repo.save(&c, QStringLiteral("x")).ok());
    Course stale = c;
    ASSERT_TRUE(repo.save(&c, QStringLiteral("y")).ok());
    EXPECT_EQ(repo.remove(stale).status, StoreResult::Status::Conflict);
    EXPECT_EQ(repo.count(nullptr), 1);
}

TEST_P(CourseRepositoryTest, ADuplicateCodeIsRefusedByName)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course a = sampleCourse(QStringLiteral("MCV001"));
    Course b = sampleCourse(QStringLiteral("MCV001"));
    ASSERT_TRUE(repo.save(&a, QStringLiteral("x")).ok());
    const StoreResult r = repo.save(&b, QStringLiteral("x"));
    EXPECT_EQ(r.status, StoreResult::Status::DuplicateCode);
    EXPECT_TRUE(r.message.contains(QStringLiteral("MCV001")));
    EXPECT_EQ(b.id, 0);
    EXPECT_EQ(repo.count(nullptr), 1);
}

TEST_P(CourseRepositoryTest, AFailingSaveWritesNothingAtAll)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = sampleCourse();
    ASSERT_TRUE(repo.save(&c, QStringLiteral("x")).ok());
    const Course good = c;

    // Milestone 9 does not exist (Table 3 has eight): the database refuses after the course row,
    // units and activities were already written inside the transaction.
    c.title = QStringLiteral("Changed");
    c.table4.units.append(c.table4.units.first());
    c.milestones.append({9, QDate(2027, 1, 1), QDate(2027, 1, 2), {}, QString()});
    const StoreResult r = repo.save(&c, QStringLiteral("y"));
    EXPECT_EQ(r.status, StoreResult::Status::Failed);
    EXPECT_EQ(c.rowVersion, 1);
    const auto stored = repo.load(good.id, nullptr);
    ASSERT_TRUE(stored);
    EXPECT_TRUE(*stored == good);

    Course fresh = sampleCourse(QStringLiteral("MC777"));
    fresh.milestones.append({9, {}, {}, {}, QString()});
    EXPECT_FALSE(repo.save(&fresh, QStringLiteral("y")).ok());
    EXPECT_EQ(fresh.id, 0);
    EXPECT_EQ(repo.count(nullptr), 1);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM learning_unit")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST_P(CourseRepositoryTest, HostileStringsRoundTripUnchanged)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    const QStringList hostile = {
        QStringLiteral("O'Brien \"quoted\" `back` \\ backslash"),
        QStringLiteral("'; DROP TABLE course; --"),
        QStringLiteral("Robert'); DELETE FROM activity WHERE ('1'='1"),
        QStringLiteral("🎓📚 Sijil 👩🏽‍🏫"),
        QStringLiteral("Pengaturcaraan Berorientasikan Objek untuk Kanak-kanak"),
        QStringLiteral("数据可视化微证书 — 陈伟强"),
        QStringLiteral("தரவு காட்சிப்படுத்தல் — சுப்பிரமணியம் முத்து"),
        QStringLiteral("%s %n %1 ? :name $1 NULL null"),
        QStringLiteral("line one\nline two\r\n\ttabbed"),
        QString(10000, QChar(u'ḁ')),
    };
    int n = 0;
    for (const QString &s : hostile) {
        Course c = sampleCourse(QStringLiteral("H%1-").arg(n++) + s.left(40));
        c.title = s;
        c.synopsis = s;
        c.justification = s + s;
        c.faculty = s;
        c.marketSurvey.analysis = s;
        c.lecturers[0].name = s;
        c.clos[1].statement = s;
        c.assessment[0].name = s;
        c.table4.units[0].title = s;
        c.table4.units[0].activities[0].type = s;
        c.table4.units[0].activities[0].clos = {s, QStringLiteral("CLO\",2")};
        c.milestones[0].notes = s;
        c.attachments[0].name = s;
        c.attachments[0].bytes = s.toUtf8();
        const StoreResult r = repo.save(&c, s);
        ASSERT_TRUE(r.ok()) << r.message.toStdString();
        const auto loaded = repo.load(c.id, nullptr);
        ASSERT_TRUE(loaded);
        EXPECT_TRUE(*loaded == c) << s.left(60).toStdString();
        EXPECT_EQ(loaded->title, s);
        EXPECT_EQ(loaded->updatedBy, s);
        EXPECT_EQ(repo.idOfCode(c.code, nullptr), c.id);
    }
    EXPECT_EQ(repo.count(nullptr), hostile.size());
    QVector<CourseSummary> list;
    ASSERT_TRUE(repo.listSummaries(&list, nullptr));
    EXPECT_EQ(list.size(), hostile.size());
}

TEST_P(CourseRepositoryTest, FiveHundredActivitiesSurviveASave)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = sampleCourse(QStringLiteral("MC500"), 10, 50);
    ASSERT_TRUE(repo.save(&c, QStringLiteral("x")).ok());
    c.table4.units[9].activities[49].quantity = 99;
    ASSERT_TRUE(repo.save(&c, QStringLiteral("x")).ok());
    const auto loaded = repo.load(c.id, nullptr);
    ASSERT_TRUE(loaded);
    EXPECT_TRUE(*loaded == c);
    EXPECT_EQ(loaded->table4.units[9].activities[49].quantity, 99);
}

MCS_INSTANTIATE_BACKENDS(CourseRepositoryTest);

#include "coursecheckout.h"
#include "courserepository.h"
#include "courseversionrepository.h"
#include "database.h"
#include "samplecourse.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace mcs;
using mcs::test::BackendTest;

// The "server" is the backend under test (a SQLite file, or the real PostgreSQL); the offline
// copy is always a local SQLite file.
class CheckoutTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        server = open();
        ASSERT_TRUE(server);
        course = test::sampleCourse();
        ASSERT_TRUE(CourseRepository(*server).save(&course, QStringLiteral("nahassan")).ok());
        QString error;
        local = Database::openSqlite(m_dir.filePath(QStringLiteral("offline.sqlite")), &error);
        ASSERT_TRUE(local) << error.toStdString();
        const StoreResult r = CourseCheckout::checkOut(*server, course.code, *local, QStringLiteral("wjlim"), &record);
        ASSERT_TRUE(r.ok()) << r.message.toStdString();
    }

    Course localCopy() { return *CourseRepository(*local).load(record.localCourseId, nullptr); }
    Course serverCopy() { return *CourseRepository(*server).load(course.id, nullptr); }
    void saveLocal(Course c) { ASSERT_TRUE(CourseRepository(*local).save(&c, QStringLiteral("wjlim")).ok()); }
    void saveOnServer(Course c) { ASSERT_TRUE(CourseRepository(*server).save(&c, QStringLiteral("cflex")).ok()); }
    QVector<CourseVersion> serverVersions()
    {
        QVector<CourseVersion> list;
        EXPECT_TRUE(CourseVersionRepository(*server).list(course.id, &list, nullptr));
        return list;
    }
    CheckInPlan prepare()
    {
        QVector<CheckoutRecord> records;
        QString error;
        EXPECT_TRUE(CourseCheckout::records(*local, &records, &error)) << error.toStdString();
        EXPECT_EQ(records.size(), 1);
        auto plan = CourseCheckout::prepare(*server, *local, records.value(0), &error);
        EXPECT_TRUE(plan) << error.toStdString();
        return plan.value_or(CheckInPlan());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> server;
    std::unique_ptr<Database> local;
    Course course;
    CheckoutRecord record;
};

TEST_P(CheckoutTest, TheCheckOutRecordsWhereTheCopyCameFrom)
{
    QVector<CheckoutRecord> records;
    QString error;
    ASSERT_TRUE(CourseCheckout::records(*local, &records, &error)) << error.toStdString();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].source, CourseCheckout::sourceName(*server));
    EXPECT_EQ(records[0].sourceCourseId, course.id);
    EXPECT_EQ(records[0].baseRowVersion, 1);
    EXPECT_EQ(records[0].checkedOutBy, QStringLiteral("wjlim"));
    EXPECT_TRUE(sameCourseContent(records[0].base, course));
    EXPECT_TRUE(sameCourseContent(localCopy(), course));

    // The same course twice into one file is refused.
    const StoreResult again = CourseCheckout::checkOut(*server, course.code, *local, QStringLiteral("wjlim"));
    EXPECT_EQ(again.status, StoreResult::Status::DuplicateCode);
    const StoreResult missing = CourseCheckout::checkOut(*server, QStringLiteral("NOPE"), *local, QStringLiteral("wjlim"));
    EXPECT_EQ(missing.status, StoreResult::Status::Failed);
    EXPECT_TRUE(missing.message.contains(QStringLiteral("NOPE")));
}

TEST_P(CheckoutTest, OfflineRoundTripWithoutConflict)
{
    Course mine = localCopy();
    mine.synopsis = QStringLiteral("Written on the train.");
    mine.table4.units[1].activities.insert(0, mine.table4.units[0].activities[0]);
    saveLocal(mine);

    CheckInPlan plan = prepare();
    EXPECT_FALSE(plan.serverChanged());
    EXPECT_FALSE(plan.serverDeleted());
    const CourseMerge merge = plan.merge();
    EXPECT_FALSE(merge.hasConflicts());
    Course stored;
    const StoreResult r = CourseCheckout::commit(*server, *local, plan, *merge.result({}), QStringLiteral("wjlim"), &stored);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();

    const Course now = serverCopy();
    EXPECT_EQ(now.rowVersion, 2);
    EXPECT_EQ(now.updatedBy, QStringLiteral("wjlim"));
    EXPECT_EQ(now.createdBy, QStringLiteral("nahassan"));
    EXPECT_TRUE(sameCourseContent(now, localCopy()));
    EXPECT_EQ(now.synopsis, QStringLiteral("Written on the train."));
    EXPECT_EQ(now.table4.units[1].activities.size(), 5);
    const auto versions = serverVersions();
    ASSERT_EQ(versions.size(), 1);
    EXPECT_EQ(versions[0].reason, QStringLiteral("checked_in"));
    EXPECT_EQ(versions[0].courseRowVersion, 2);

    // The record moved on with the server: checking in again unchanged writes nothing.
    CheckInPlan second = prepare();
    EXPECT_EQ(second.record.baseRowVersion, 2);
    EXPECT_FALSE(second.serverChanged());
    EXPECT_TRUE(second.merge().items().isEmpty());
    ASSERT_TRUE(CourseCheckout::commit(*server, *local, second, second.mine, QStringLiteral("wjlim")).ok());
    EXPECT_EQ(serverCopy().rowVersion, 2);
    EXPECT_EQ(serverVersions().size(), 1);
}

TEST_P(CheckoutTest, AServerChangeMeanwhileIsMergedAndConflictsAreDecidedPerField)
{
    Course mine = localCopy();
    mine.title = QStringLiteral("Micro-Credential in Dashboards");
    mine.synopsis = QStringLiteral("Offline synopsis.");
    mine.clos[0].level = QStringLiteral("C3");
    saveLocal(mine);
    Course theirs = serverCopy();
    theirs.title = QStringLiteral("Micro-Credential in Visual Analytics");
    theirs.milestones[3].actualCompletion = QDate(2026, 10, 30);
    theirs.clos[0].level = QStringLiteral("C4");
    saveOnServer(theirs);

    CheckInPlan plan = prepare();
    EXPECT_TRUE(plan.serverChanged());
    const CourseMerge merge = plan.merge();
    EXPECT_EQ(merge.conflictKeys(), (QStringList{QStringLiteral("title"), QStringLiteral("clos")}));
    QStringList unresolved;
    EXPECT_FALSE(merge.result({}, &unresolved));
    EXPECT_EQ(unresolved.size(), 2);
    // Nothing was written while the conflicts wait for a decision.
    EXPECT_EQ(serverCopy().rowVersion, 2);
    EXPECT_EQ(serverCopy().title, theirs.title);

    const auto result = merge.result({{QStringLiteral("title"), MergeSide::Mine}, {QStringLiteral("clos"), MergeSide::Theirs}});
    ASSERT_TRUE(result);
    const StoreResult r = CourseCheckout::commit(*server, *local, plan, *result, QStringLiteral("wjlim"));
    ASSERT_TRUE(r.ok()) << r.message.toStdString();

    const Course now = serverCopy();
    EXPECT_EQ(now.rowVersion, 3);
    EXPECT_EQ(now.title, mine.title);                          // chosen: mine
    EXPECT_EQ(now.clos[0].level, QStringLiteral("C4"));        // chosen: theirs
    EXPECT_EQ(now.synopsis, QStringLiteral("Offline synopsis.")); // mine alone: kept
    EXPECT_EQ(now.milestones[3].actualCompletion, QDate(2026, 10, 30)); // theirs alone: kept
    EXPECT_EQ(now.table4, course.table4);
    EXPECT_TRUE(sameCourseContent(now, localCopy()));
    ASSERT_EQ(serverVersions().size(), 1);
    EXPECT_EQ(serverVersions()[0].courseRowVersion, 3);
}

TEST_P(CheckoutTest, ASaveOnTheServerBetweenPrepareAndCommitIsAConflictAndNothingIsWritten)
{
    Course mine = localCopy();
    mine.synopsis = QStringLiteral("Offline synopsis.");
    saveLocal(mine);
    CheckInPlan plan = prepare();
    Course theirs = serverCopy();
    theirs.promotion = QStringLiteral("Radio");
    saveOnServer(theirs);

    const StoreResult r = CourseCheckout::commit(*server, *local, plan, plan.mine, QStringLiteral("wjlim"));
    EXPECT_EQ(r.status, StoreResult::Status::Conflict);
    EXPECT_EQ(serverCopy().promotion, QStringLiteral("Radio"));
    EXPECT_EQ(serverCopy().synopsis, course.synopsis);
    EXPECT_EQ(localCopy().synopsis, QStringLiteral("Offline synopsis."));
    EXPECT_TRUE(serverVersions().isEmpty());
    EXPECT_EQ(prepare().record.baseRowVersion, 1);
}

TEST_P(CheckoutTest, ADeletedServerCourseOrAnotherDatabaseIsRefused)
{
    QTemporaryDir otherDir;
    QString error;
    auto other = Database::openSqlite(otherDir.filePath(QStringLiteral("other.sqlite")), &error);
    ASSERT_TRUE(other);
    QVector<CheckoutRecord> records;
    ASSERT_TRUE(CourseCheckout::records(*local, &records, &error));
    EXPECT_FALSE(CourseCheckout::prepare(*other, *local, records[0], &error));
    EXPECT_TRUE(error.contains(QStringLiteral("was checked out from"))) << error.toStdString();

    ASSERT_TRUE(CourseRepository(*server).remove(serverCopy()).ok());
    CheckInPlan plan = prepare();
    EXPECT_TRUE(plan.serverDeleted());
    const StoreResult r = CourseCheckout::commit(*server, *local, plan, plan.mine, QStringLiteral("wjlim"));
    EXPECT_EQ(r.status, StoreResult::Status::Deleted);
    EXPECT_TRUE(sameCourseContent(localCopy(), course));
}

MCS_INSTANTIATE_BACKENDS(CheckoutTest);

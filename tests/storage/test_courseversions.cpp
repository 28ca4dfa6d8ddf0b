#include "courserepository.h"
#include "courseversionrepository.h"
#include "database.h"
#include "samplecourse.h"
#include "schema.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace mcs;
using mcs::test::BackendTest;

class CourseVersionTest : public BackendTest
{
};

TEST_P(CourseVersionTest, SnapshotsAreNumberedPerCourseAndLoadBackAsTheyWere)
{
    auto db = open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), 6);
    CourseRepository courses(*db);
    CourseVersionRepository versions(*db);
    versions.setClock([] { return QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC); });

    Course c = test::sampleCourse();
    Course other = test::sampleCourse(QStringLiteral("MC002"));
    ASSERT_TRUE(courses.save(&c, QStringLiteral("nahassan")).ok());
    ASSERT_TRUE(courses.save(&other, QStringLiteral("nahassan")).ok());
    const Course first = c;

    CourseVersion v1;
    StoreResult r = versions.takeSnapshot(c, CourseVersionReason::submitted(), QStringLiteral("nahassan"), &v1);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(v1.number, 1);
    ASSERT_TRUE(versions.takeSnapshot(other, CourseVersionReason::saved(), QStringLiteral("x")).ok());

    c.title = QStringLiteral("Micro-Credential in Dashboards");
    c.table4.units.removeLast();
    ASSERT_TRUE(courses.save(&c, QStringLiteral("wjlim")).ok());
    CourseVersion v2;
    ASSERT_TRUE(versions.takeSnapshot(c, CourseVersionReason::checkedIn(), QStringLiteral("wjlim"), &v2).ok());
    EXPECT_EQ(v2.number, 2);

    QVector<CourseVersion> list;
    QString error;
    ASSERT_TRUE(versions.list(c.id, &list, &error)) << error.toStdString();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].number, 2);
    EXPECT_EQ(list[0].reason, QStringLiteral("checked_in"));
    EXPECT_EQ(list[0].takenBy, QStringLiteral("wjlim"));
    EXPECT_EQ(list[0].courseRowVersion, 2);
    EXPECT_EQ(list[0].takenAt, QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(list[1].number, 1);
    EXPECT_EQ(list[1].reason, QStringLiteral("submitted"));
    EXPECT_EQ(list[1].courseRowVersion, 1);

    const auto old = versions.load(list[1].id, &error);
    ASSERT_TRUE(old) << error.toStdString();
    EXPECT_EQ(old->id, c.id);
    EXPECT_EQ(old->rowVersion, 1);
    EXPECT_EQ(old->title, first.title);
    EXPECT_EQ(old->table4, first.table4);
    EXPECT_EQ(old->marketSurvey, first.marketSurvey);
    EXPECT_EQ(old->attachments, first.attachments);
    const auto now = versions.load(list[0].id, &error);
    ASSERT_TRUE(now);
    EXPECT_EQ(now->table4.units.size(), 2);

    EXPECT_FALSE(versions.load(9999, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("9999")));

    // Versions go with their course.
    ASSERT_TRUE(courses.remove(c).ok());
    ASSERT_TRUE(versions.list(c.id, &list, &error));
    EXPECT_TRUE(list.isEmpty());
    ASSERT_TRUE(versions.list(other.id, &list, &error));
    EXPECT_EQ(list.size(), 1);
}

TEST_P(CourseVersionTest, AnUnsavedCourseHasNoVersions)
{
    auto db = open();
    ASSERT_TRUE(db);
    const StoreResult r = CourseVersionRepository(*db).takeSnapshot(test::sampleCourse(), CourseVersionReason::saved(),
                                                                    QStringLiteral("x"));
    EXPECT_EQ(r.status, StoreResult::Status::Failed);
    EXPECT_TRUE(r.message.contains(QStringLiteral("TMN4031MC"))) << r.message.toStdString();
}

TEST_P(CourseVersionTest, ASnapshotInsideARolledBackTransactionLeavesNothing)
{
    auto db = open();
    ASSERT_TRUE(db);
    Course c = test::sampleCourse();
    ASSERT_TRUE(CourseRepository(*db).save(&c, QStringLiteral("x")).ok());
    {
        Transaction t(*db);
        ASSERT_TRUE(CourseVersionRepository(*db).takeSnapshot(c, CourseVersionReason::submitted(), QStringLiteral("x")).ok());
    } // rolled back: the submission failed after the snapshot
    QVector<CourseVersion> list;
    ASSERT_TRUE(CourseVersionRepository(*db).list(c.id, &list, nullptr));
    EXPECT_TRUE(list.isEmpty());
}

MCS_INSTANTIATE_BACKENDS(CourseVersionTest);

// Issue 9 "Versions and diff": every submission keeps a snapshot of the whole course, taken in
// the same transaction as the step (here on a local file and on a server without the security
// layer; test_serverversions covers the secured server, where mcs_transition() stores it).
#include "courserepository.h"
#include "courseversionrepository.h"
#include "database.h"
#include "samplecourse.h"
#include "testdatabases.h"
#include "workflowrepository.h"

#include <gtest/gtest.h>

using namespace mcs;
using mcs::test::BackendTest;

class SubmissionSnapshotTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped())
            return;
        db = open();
        ASSERT_TRUE(db);
        course = test::sampleCourse();
        course.status = ApprovalStatus::Draft;
        ASSERT_TRUE(CourseRepository(*db).save(&course, QStringLiteral("nahassan")).ok());
        ASSERT_EQ(course.rowVersion, 1);
    }

    QVector<CourseVersion> versions()
    {
        QVector<CourseVersion> out;
        QString error;
        EXPECT_TRUE(CourseVersionRepository(*db).list(course.id, &out, &error)) << error.toStdString();
        return out;
    }

    StoreResult step(WorkflowState to, qint64 expected, const QString &comment = {}, qint64 *version = nullptr)
    {
        return WorkflowRepository(*db).transition(course.id, to, comment, QStringLiteral("nahassan"), expected, version);
    }

    std::unique_ptr<Database> db;
    Course course;
};

TEST_P(SubmissionSnapshotTest, ASubmissionKeepsTheCourseAsSubmitted)
{
    qint64 version = 0;
    const StoreResult r = step(WorkflowState::Submitted, 1, {}, &version);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(version, 2);
    const QVector<CourseVersion> list = versions();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].number, 1);
    EXPECT_EQ(list[0].reason, CourseVersionReason::submitted());
    EXPECT_EQ(list[0].takenBy, QStringLiteral("nahassan"));
    EXPECT_EQ(list[0].courseRowVersion, 2);
    QString error;
    const auto kept = CourseVersionRepository(*db).load(list[0].id, &error);
    ASSERT_TRUE(kept) << error.toStdString();
    EXPECT_EQ(kept->status, ApprovalStatus::Submitted);
    EXPECT_EQ(kept->title, course.title);
    EXPECT_EQ(kept->clos.size(), course.clos.size());
    EXPECT_EQ(kept->table4.units.size(), 3);
    EXPECT_EQ(kept->table4.units[2].activities.size(), 4);
}

TEST_P(SubmissionSnapshotTest, OnlySubmissionsKeepVersionsAndEachResubmissionAddsOne)
{
    ASSERT_TRUE(step(WorkflowState::Submitted, 1).ok());
    ASSERT_TRUE(step(WorkflowState::EndorsedByPtj, 2).ok());
    ASSERT_TRUE(step(WorkflowState::UnderCflexReview, 3).ok());
    ASSERT_TRUE(step(WorkflowState::ReturnedForRevision, 4, QStringLiteral("CLO2 needs a verb.")).ok());
    EXPECT_EQ(versions().size(), 1);

    Course revised = *CourseRepository(*db).load(course.id, nullptr);
    revised.title = QStringLiteral("Micro-Credential in Visual Analytics");
    ASSERT_TRUE(CourseRepository(*db).save(&revised, QStringLiteral("nahassan")).ok());
    ASSERT_EQ(revised.rowVersion, 6);
    ASSERT_TRUE(step(WorkflowState::Submitted, 6).ok());

    const QVector<CourseVersion> list = versions();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].number, 2);
    EXPECT_EQ(list[0].courseRowVersion, 7);
    EXPECT_EQ(CourseVersionRepository(*db).load(list[0].id, nullptr)->title, QStringLiteral("Micro-Credential in Visual Analytics"));
    EXPECT_EQ(CourseVersionRepository(*db).load(list[1].id, nullptr)->title, course.title);
}

TEST_P(SubmissionSnapshotTest, ARefusedOrStaleSubmissionKeepsNoVersion)
{
    // A copy older than the stored course: nothing happens, no version either.
    const StoreResult stale = step(WorkflowState::Submitted, 7);
    EXPECT_EQ(stale.status, StoreResult::Status::Conflict) << stale.message.toStdString();
    // A step the flow does not have.
    EXPECT_FALSE(step(WorkflowState::ApprovedForDevelopment, 1).ok());
    EXPECT_TRUE(versions().isEmpty());
    EXPECT_EQ(CourseRepository(*db).load(course.id, nullptr)->status, ApprovalStatus::Draft);
}

MCS_INSTANTIATE_BACKENDS(SubmissionSnapshotTest);

// Issue 9 on a secured server: a submission stores its snapshot with the step (mcs_transition()),
// the course's team keeps versions of its own courses, nobody else adds one, and nobody changes
// or removes a version. Each check connects AS a login of the role and runs plain SQL or the
// repositories (which run plain SQL).
#include "courseexchange.h"
#include "courserepository.h"
#include "courseversionrepository.h"
#include "samplecourse.h"
#include "serverfixture.h"
#include "workflowrepository.h"

using namespace mcs;
using mcs::test::ServerRolesTest;

namespace {

const QString kFcsit = QStringLiteral("Faculty of Computer Science and Information Technology");

} // namespace

class ServerVersionsTest : public ServerRolesTest
{
protected:
    void SetUp() override
    {
        ServerRolesTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        lecturer = addUser(Role::Lecturer, QStringLiteral("lect"), kFcsit, QStringLiteral("S1234"));
        outsider = addUser(Role::Lecturer, QStringLiteral("out"), kFcsit, QStringLiteral("S7777"));
        cflex = addUser(Role::Cflex, QStringLiteral("cflex"));
        sme = addUser(Role::Sme, QStringLiteral("sme"));
        CourseRepository repo(owner());
        Course a = test::sampleCourse(QStringLiteral("TMN4031MC"), 2, 2); // team S1234, S2345
        a.status = ApprovalStatus::Draft;
        ASSERT_TRUE(repo.save(&a, QStringLiteral("setup")).ok());
        courseA = a.id;
        Course b = test::sampleCourse(QStringLiteral("MC002"), 1, 1);
        b.status = ApprovalStatus::Draft;
        ASSERT_TRUE(repo.save(&b, QStringLiteral("setup")).ok());
        courseB = b.id;
    }

    int versionCount(qint64 course)
    {
        return scalar(owner(), QStringLiteral("SELECT count(*) FROM course_version WHERE course_id = %1").arg(course)).toInt();
    }
    QString statusOf(qint64 id) { return scalar(owner(), QStringLiteral("SELECT status FROM course WHERE id = %1").arg(id)).toString(); }
    // The course's exchange JSON as an SQL literal.
    QString snapshotLiteral(qint64 id)
    {
        const auto c = CourseRepository(owner()).load(id, nullptr);
        return QStringLiteral("$snap$") + QString::fromUtf8(courseToExchangeJson(*c)) + QStringLiteral("$snap$");
    }

    QString lecturer, outsider, cflex, sme;
    qint64 courseA = 0;
    qint64 courseB = 0;
};

TEST_F(ServerVersionsTest, ALecturersSubmissionStoresTheSnapshotWithTheStep)
{
    auto db = as(lecturer);
    ASSERT_TRUE(db);
    qint64 version = 0;
    const StoreResult r = WorkflowRepository(*db).transition(courseA, WorkflowState::Submitted, {}, QStringLiteral("claimed"), 1, &version);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(version, 2);
    EXPECT_EQ(statusOf(courseA), QStringLiteral("submitted"));

    QVector<CourseVersion> list;
    QString error;
    ASSERT_TRUE(CourseVersionRepository(*db).list(courseA, &list, &error)) << error.toStdString();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].number, 1);
    EXPECT_EQ(list[0].reason, CourseVersionReason::submitted());
    EXPECT_EQ(list[0].takenBy, lecturer); // the login, not what the client claims
    EXPECT_EQ(list[0].courseRowVersion, 2);
    const auto kept = CourseVersionRepository(*db).load(list[0].id, &error);
    ASSERT_TRUE(kept) << error.toStdString();
    EXPECT_EQ(kept->code, QStringLiteral("TMN4031MC"));
    EXPECT_EQ(kept->status, ApprovalStatus::Submitted);
    EXPECT_EQ(kept->table4.units.size(), 2);

    // A stale copy: conflict, and no second version.
    const StoreResult stale = WorkflowRepository(*db).transition(courseB, WorkflowState::Submitted, {}, lecturer, 5, &version);
    EXPECT_NE(stale.status, StoreResult::Status::Saved);
    EXPECT_EQ(versionCount(courseB), 0);
}

TEST_F(ServerVersionsTest, ASubmissionWithoutItsSnapshotIsRefusedByTheServer)
{
    auto db = as(lecturer);
    ASSERT_TRUE(db);
    QString error;
    EXPECT_FALSE(run(*db, QStringLiteral("SELECT mcs_transition(%1, 'submitted', '', 0)").arg(courseA), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("needs a snapshot"))) << error.toStdString();
    EXPECT_FALSE(run(*db, QStringLiteral("SELECT mcs_transition(%1, 'submitted', '', 1, %2)").arg(courseA).arg(snapshotLiteral(courseB)), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not one of course TMN4031MC"))) << error.toStdString();
    EXPECT_FALSE(run(*db, QStringLiteral("SELECT mcs_transition(%1, 'submitted', '', 1, '{\"x\": 1}')").arg(courseA), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not one of course"))) << error.toStdString();
    EXPECT_EQ(statusOf(courseA), QStringLiteral("draft"));
    EXPECT_EQ(versionCount(courseA), 0);

    EXPECT_TRUE(run(*db, QStringLiteral("SELECT mcs_transition(%1, 'submitted', '', 1, %2)").arg(courseA).arg(snapshotLiteral(courseA)), &error))
        << error.toStdString();
    EXPECT_EQ(statusOf(courseA), QStringLiteral("submitted"));
    EXPECT_EQ(versionCount(courseA), 1);
    // Other steps keep no version.
    ASSERT_TRUE(run(owner(), QStringLiteral("SELECT mcs_transition(%1, 'endorsed_by_ptj', '', 0)").arg(courseA), &error))
        << error.toStdString();
    EXPECT_EQ(versionCount(courseA), 1);
}

TEST_F(ServerVersionsTest, TheTeamKeepsVersionsOfItsCoursesAndNobodyRewritesThem)
{
    auto db = as(lecturer);
    ASSERT_TRUE(db);
    const Course a = *CourseRepository(*db).load(courseA, nullptr);
    CourseVersion taken;
    StoreResult r = CourseVersionRepository(*db).takeSnapshot(a, CourseVersionReason::saved(), QStringLiteral("claimed"), &taken);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT taken_by FROM course_version WHERE id = %1").arg(taken.id)).toString(), lecturer);
    r = CourseVersionRepository(*db).takeSnapshot(a, CourseVersionReason::checkedIn(), lecturer);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();

    // A "submitted" version comes only with a submission.
    EXPECT_FALSE(CourseVersionRepository(*db).takeSnapshot(a, CourseVersionReason::submitted(), lecturer).ok());
    // B is made another team's (sampleCourse gives every course the same two lecturers).
    ASSERT_TRUE(run(owner(), QStringLiteral("UPDATE course_lecturer SET staff_id = 'S9000', email = '' WHERE course_id = %1").arg(courseB)));
    ASSERT_TRUE(run(owner(), QStringLiteral("UPDATE course SET created_by = 'someone' WHERE id = %1").arg(courseB)));
    const Course b = *CourseRepository(*db).load(courseB, nullptr);
    r = CourseVersionRepository(*db).takeSnapshot(b, CourseVersionReason::saved(), lecturer);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.message.contains(QStringLiteral("row-level security"))) << r.message.toStdString();

    auto out = as(outsider);
    ASSERT_TRUE(out);
    EXPECT_FALSE(CourseVersionRepository(*out).takeSnapshot(a, CourseVersionReason::saved(), outsider).ok());
    auto vetter = as(sme);
    ASSERT_TRUE(vetter);
    r = CourseVersionRepository(*vetter).takeSnapshot(a, CourseVersionReason::saved(), sme);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.message.contains(QStringLiteral("permission denied"))) << r.message.toStdString();
    auto office = as(cflex);
    ASSERT_TRUE(office);
    r = CourseVersionRepository(*office).takeSnapshot(b, CourseVersionReason::saved(), cflex);
    EXPECT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(versionCount(courseA), 2);
    EXPECT_EQ(versionCount(courseB), 1);

    // Everyone reads every version; nobody changes or removes one.
    QVector<CourseVersion> list;
    QString error;
    EXPECT_TRUE(CourseVersionRepository(*out).list(courseA, &list, &error)) << error.toStdString();
    EXPECT_EQ(list.size(), 2);
    for (Database *who : {db.get(), office.get()}) {
        EXPECT_FALSE(run(*who, QStringLiteral("UPDATE course_version SET snapshot = '{}' WHERE course_id = %1").arg(courseA), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        EXPECT_FALSE(run(*who, QStringLiteral("DELETE FROM course_version WHERE course_id = %1").arg(courseA), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    }
    EXPECT_EQ(versionCount(courseA), 2);
}

#include "courselistmodel.h"
#include "courserepository.h"
#include "database.h"
#include "testdatabases.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mcs;

TEST(Workspace, ADemoDatabaseIsCreatedOnceAndListed)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first-start.mcs"));
    Workspace w;
    QAbstractItemModelTester tester(w.courses(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&w, &Workspace::databaseChanged);
    QString error;
    ASSERT_TRUE(w.createDemoDatabase(path, 40, &error)) << error.toStdString();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(w.location(), path);
    EXPECT_EQ(w.courses()->rowCount(), 40);

    // A second time the file exists: refused, the open database stays as it was.
    Workspace other;
    EXPECT_FALSE(other.createDemoDatabase(path, 40, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(other.isOpen());
}

TEST(Workspace, RefreshShowsWhatAnotherConnectionSaved)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.mcs"));
    Workspace w;
    QString error;
    ASSERT_TRUE(w.openLocalFile(path, &error)) << error.toStdString();
    EXPECT_EQ(w.courses()->rowCount(), 0);

    auto db = Database::openSqlite(path, &error);
    ASSERT_TRUE(db);
    Course c;
    c.code = QStringLiteral("MCV001");
    c.title = QStringLiteral("Micro-Credential in Sago Biotechnology");
    c.kind = CourseKind::StandAloneQvc;
    c.faculty = QStringLiteral("Faculty of Resource Science and Technology");
    c.status = ApprovalStatus::VettedBySme;
    c.milestones = {{1, {}, {}, QDate(2026, 1, 5), QString()}, {2, {}, {}, QDate(2026, 1, 20), QString()}};
    ASSERT_TRUE(CourseRepository(*db).save(&c, QStringLiteral("x")).ok());

    ASSERT_TRUE(w.refreshCourses(&error)) << error.toStdString();
    ASSERT_EQ(w.courses()->rowCount(), 1);
    const CourseSummary &s = w.courses()->courses().first();
    EXPECT_EQ(s.code, QStringLiteral("MCV001"));
    EXPECT_EQ(s.kind, CourseKind::StandAloneQvc);
    EXPECT_EQ(s.status, ApprovalStatus::VettedBySme);
    EXPECT_EQ(s.progressPercent, 20);
}

TEST(Workspace, AFailedOpenKeepsThePreviousDatabase)
{
    QTemporaryDir dir;
    Workspace w;
    QString error;
    ASSERT_TRUE(w.createDemoDatabase(dir.filePath(QStringLiteral("a.mcs")), 12, &error));
    const QString foreign = dir.filePath(QStringLiteral("b.mcs"));
    {
        QFile f(foreign);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    EXPECT_FALSE(w.openLocalFile(foreign, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an MC Studio database")));
    EXPECT_EQ(w.location(), dir.filePath(QStringLiteral("a.mcs")));
    EXPECT_EQ(w.courses()->rowCount(), 12);
}

TEST(WorkspaceUser, LocalFilesUseTheAccountAndServersTheLogin)
{
    QTemporaryDir dir;
    Workspace workspace;
    QString error;
    ASSERT_TRUE(workspace.openLocalFile(dir.filePath(QStringLiteral("u.mcs")), &error)) << error.toStdString();
    const QString account = qEnvironmentVariable("USER");
    EXPECT_EQ(workspace.userName(), account.isEmpty() ? QStringLiteral("mcstudio") : account);

    mcs::test::ScratchServerDatabase server;
    if (!server.isValid()) {
        if (mcs::test::serverRequired())
            FAIL() << "PostgreSQL test server unavailable: " << server.error().toStdString();
        GTEST_SKIP() << "no PostgreSQL test server";
    }
    ASSERT_TRUE(workspace.connectToServer(server.params(), &error)) << error.toStdString();
    EXPECT_EQ(workspace.userName(), server.params().user);
    EXPECT_EQ(workspace.userName(), QStringLiteral("mcs")) << "the login of tests/with-postgres.sh";
}

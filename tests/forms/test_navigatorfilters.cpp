#include "appsettings.h"
#include "connectserverdialog.h"
#include "coursefiltermodel.h"
#include "courselistmodel.h"
#include "coursenavigator.h"
#include "database.h"
#include "mainwindow.h"
#include "testdatabases.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace mcs;

class NavigatorFilterTest : public testing::Test
{
protected:
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
};

TEST_F(NavigatorFilterTest, StatusKindAndFacultyFiltersNarrowTheList)
{
    MainWindow w(&settings, &workspace);
    QString error;
    ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 40, &error))
        << error.toStdString();
    auto *navigator = w.findChild<CourseNavigator *>();
    ASSERT_NE(navigator, nullptr);
    auto *status = navigator->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *kind = navigator->findChild<QComboBox *>(QStringLiteral("kindFilter"));
    auto *faculty = navigator->findChild<QComboBox *>(QStringLiteral("facultyFilter"));
    ASSERT_TRUE(status && kind && faculty);
    CourseFilterModel *filter = navigator->filterModel();
    EXPECT_EQ(filter->rowCount(), 40);
    EXPECT_EQ(status->count(), 13); // all + 12 statuses
    EXPECT_EQ(kind->count(), 4);
    EXPECT_EQ(faculty->count(), 9); // all + the eight faculties of the demo

    auto countWith = [&](auto predicate) {
        int n = 0;
        for (const CourseSummary &c : workspace.courses()->courses())
            n += predicate(c) ? 1 : 0;
        return n;
    };
    kind->setCurrentIndex(kind->findData(QVariant::fromValue(CourseKind::StandAloneQvc)));
    const int qvc = countWith([](const CourseSummary &c) { return c.kind == CourseKind::StandAloneQvc; });
    EXPECT_GT(qvc, 0);
    EXPECT_EQ(filter->rowCount(), qvc);

    kind->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(QVariant::fromValue(ApprovalStatus::InDevelopment)));
    const int developing = countWith([](const CourseSummary &c) { return c.status == ApprovalStatus::InDevelopment; });
    EXPECT_GT(developing, 0);
    EXPECT_EQ(filter->rowCount(), developing);

    status->setCurrentIndex(0);
    faculty->setCurrentIndex(faculty->findText(QStringLiteral("Faculty of Engineering")));
    const int engineering = countWith([](const CourseSummary &c) { return c.faculty == QStringLiteral("Faculty of Engineering"); });
    EXPECT_EQ(filter->rowCount(), engineering);

    auto *search = navigator->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("no-such-course"));
    EXPECT_EQ(filter->rowCount(), 0);
    auto *empty = navigator->findChild<QLabel *>(QStringLiteral("emptyState"));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("no-such-course")));
    search->clear();
    faculty->setCurrentIndex(0);
    EXPECT_EQ(filter->rowCount(), 40);
}

TEST_F(NavigatorFilterTest, TheConnectDialogBuildsTheUrlAndHidesThePassword)
{
    ConnectServerDialog dialog;
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    ASSERT_NE(password, nullptr);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled()); // no user or database yet

    ServerParams p;
    p.host = QStringLiteral("db.cflex.example.my");
    p.port = 6543;
    p.user = QStringLiteral("officer");
    p.database = QStringLiteral("mcstudio");
    p.password = QStringLiteral("never-shown");
    dialog.setParams(p);
    EXPECT_TRUE(password->text().isEmpty()); // a recent URL never brings a password back
    password->setText(QStringLiteral("typed"));
    EXPECT_TRUE(ok->isEnabled());
    const ServerParams back = dialog.params();
    EXPECT_EQ(back.url(), QStringLiteral("postgresql://officer@db.cflex.example.my:6543/mcstudio"));
    EXPECT_EQ(back.password, QStringLiteral("typed"));
    auto *url = dialog.findChild<QLabel *>(QStringLiteral("urlLabel"));
    EXPECT_EQ(url->text(), back.url());
}

TEST_F(NavigatorFilterTest, ConnectingToTheServerRemembersTheUrlButNeverThePassword)
{
    test::ScratchServerDatabase server;
    if (!server.isValid()) {
        if (test::serverRequired())
            FAIL() << server.error().toStdString();
        GTEST_SKIP() << server.error().toStdString();
    }
    MainWindow w(&settings, &workspace);
    const ServerParams p = server.params();
    ASSERT_TRUE(w.connectToServer(p));
    EXPECT_EQ(workspace.location(), p.url());
    EXPECT_EQ(settings.recentDatabases().first(), p.url());
    EXPECT_EQ(w.windowTitle(), p.url() + QStringLiteral(" — MC Studio"));
    settings.sync();
    QFile ini(dir.filePath(QStringLiteral("settings.ini")));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    EXPECT_TRUE(text.contains(p.host.toUtf8()));
    EXPECT_FALSE(text.contains(p.password.toUtf8())) << text.toStdString();
}

TEST_F(NavigatorFilterTest, OpeningAnOlderDatabaseSaysWhereTheBackupIs)
{
    const QString path = dir.filePath(QStringLiteral("old.mcs"));
    {
        QString error;
        ASSERT_TRUE(Database::openSqlite(path, &error, 1)) << error.toStdString();
    }
    MainWindow w(&settings, &workspace);
    w.openLocation(path);
    EXPECT_EQ(workspace.location(), path);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("old.mcs.v1.bak")))
        << w.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(settings.recentDatabases().first(), path);
}

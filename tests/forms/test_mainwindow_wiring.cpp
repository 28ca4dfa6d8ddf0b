#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "courselistmodel.h"
#include "coursetab.h"
#include "ganttmodel.h"
#include "mainwindow.h"
#include "portfoliodata.h"
#include "portfoliotab.h"
#include "courserepository.h"
#include "table4editor.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace mcs;

namespace {
// With MCS_GRAB_DIR set, keeps a picture of the window for people to look at.
void grab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (dir.isEmpty())
        return;
    w->resize(1400, 860);
    w->show();
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}
} // namespace

class MainWindowWiring : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 8, &error)) << error.toStdString();
    }
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
};

TEST_F(MainWindowWiring, ACourseTabHasTheFormAndTheTable4Editor)
{
    MainWindow w(&settings, &workspace);
    const qint64 id = workspace.courses()->courses().first().id;
    CourseTab *tab = w.openCourse(id);
    ASSERT_NE(tab, nullptr);
    ASSERT_NE(tab->table4Editor(), nullptr);
    QStringList pages;
    for (int i = 0; i < tab->pages()->count(); ++i)
        pages << tab->pages()->tabText(i);
    EXPECT_EQ(pages, (QStringList{QStringLiteral("Application form"), QStringLiteral("Table 4 and SLT"),
                                  QStringLiteral("Workflow"),
                                   QStringLiteral("History")}));
    EXPECT_TRUE(w.actions()->action(QString(ActionId::ExportTable4Csv))->isEnabled());
    grab(&w, "course-form.png");
    tab->showTable4();
    grab(&w, "course-table4.png");
}

TEST_F(MainWindowWiring, PortfolioShowsEveryCourseAndSavesDraggedDates)
{
    MainWindow w(&settings, &workspace);
    EXPECT_FALSE(w.actions()->action(QString(ActionId::ExportTable4Csv))->isEnabled()) << "no course tab yet";
    w.actions()->action(QString(ActionId::ShowPortfolio))->trigger();
    auto *portfolio = w.findChild<PortfolioTab *>();
    ASSERT_NE(portfolio, nullptr);
    EXPECT_EQ(portfolio->model()->courses().size(), 8);
    EXPECT_FALSE(w.actions()->action(QString(ActionId::ExportTable4Csv))->isEnabled());
    grab(&w, "portfolio.png");

    const CourseMilestones &first = portfolio->model()->courses().first();
    const Milestone m8 = first.milestones.last();
    ASSERT_TRUE(portfolio->model()->changePlannedDates(first.course.id, 8, m8.plannedStart.addDays(7),
                                                       m8.plannedDue.addDays(7), QStringLiteral("Move")));
    QString error;
    const auto stored = CourseRepository(*workspace.database()).load(first.course.id, &error);
    ASSERT_TRUE(stored) << error.toStdString();
    EXPECT_EQ(stored->milestones.last().plannedDue, m8.plannedDue.addDays(7));
    portfolio->undoStack()->undo();
    EXPECT_EQ(CourseRepository(*workspace.database()).load(first.course.id, &error)->milestones.last().plannedDue,
              m8.plannedDue) << "undo saves the old dates back";
}

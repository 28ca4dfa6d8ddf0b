#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "checkindialog.h"
#include "coursecommands.h"
#include "coursedocument.h"
#include "courselistmodel.h"
#include "courserepository.h"
#include "coursetab.h"
#include "courseversionmodel.h"
#include "courseversionrepository.h"
#include "historypage.h"
#include "mainwindow.h"
#include "mergechoicemodel.h"
#include "offlinecopycontroller.h"
#include "redlinehtml.h"
#include "samplecourse.h"
#include "workflowpage.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

using namespace mcs;

namespace {

// With MCS_GRAB_DIR set, keeps a picture for people to look at.
void grab(QWidget *w, const char *name, QSize size = {1300, 800})
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (dir.isEmpty())
        return;
    w->resize(size);
    w->show();
    QApplication::processEvents();
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    return p;
}

} // namespace

class HistoryTab : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(workspace.openLocalFile(dir.filePath(QStringLiteral("courses.mcs")), &error)) << error.toStdString();
        course = test::sampleCourse();
        ASSERT_TRUE(CourseRepository(*workspace.database()).save(&course, QStringLiteral("nahassan")).ok());
    }
    QTemporaryDir dir;
    Workspace workspace;
    Course course;
};

TEST_F(HistoryTab, SaveVersionThenCompareWithTheCurrentEditInRedline)
{
    CourseTab tab(course, &workspace, ComplianceContext{});
    HistoryPage *history = tab.historyPage();
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(tab.pages()->tabText(tab.pages()->indexOf(history)), QStringLiteral("History"));
    QAbstractItemModelTester tester(history->versions(), QAbstractItemModelTester::FailureReportingMode::Warning);

    history->reload();
    EXPECT_EQ(history->versions()->rowCount(), 1); // only the current edit
    EXPECT_TRUE(history->html().contains(QStringLiteral("The two versions are the same.")));

    ASSERT_TRUE(tab.saveVersion());
    ASSERT_EQ(history->versions()->rowCount(), 2);
    EXPECT_EQ(history->versions()->data(history->versions()->index(1, CourseVersionModel::ReasonColumn)).toString(),
              QStringLiteral("Saved version"));

    // Edit through the undo stack as the form would: a title and an inserted CLO.
    CourseDocument *doc = tab.document();
    doc->undoStack()->push(new SetFieldCommand(doc, CourseField::Title, QStringLiteral("Micro-Credential in Dashboards")));
    Clo clo{QStringLiteral("CLO3"), QStringLiteral("Critique a published chart."), QStringLiteral("cognitive"),
            QStringLiteral("C5")};
    doc->undoStack()->push(new InsertRecordCommand(doc, CourseDocument::RecordList::Clos, 2, QVariant::fromValue(clo)));
    history->compare(1, 0);
    const QString html = history->html();
    const RedlineColours light = RedlineColours::forPalette(history->palette());
    EXPECT_TRUE(html.contains(QStringLiteral("2 differences."))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>Application form</h3>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>Course learning outcomes</h3>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Dashboards")));
    EXPECT_TRUE(html.contains(QStringLiteral("CLO3 <i>(added)</i>")));
    EXPECT_TRUE(html.contains(light.addedBackground.name()));
    EXPECT_TRUE(html.contains(light.removedBackground.name()));
    EXPECT_TRUE(html.contains(QStringLiteral("Version 1 — Saved version")));
    EXPECT_TRUE(html.contains(QStringLiteral("Current edit")));
    tab.pages()->setCurrentWidget(history);
    grab(&tab, "history-light.png");

    // A dark palette gets dark redline colours, still green for additions and red for removals.
    tab.setPalette(darkPalette());
    QApplication::processEvents();
    const RedlineColours dark = RedlineColours::forPalette(history->palette());
    EXPECT_NE(dark.addedBackground, light.addedBackground);
    EXPECT_LT(dark.addedBackground.lightness(), 100);
    EXPECT_GT(dark.addedText.lightness(), 180);
    EXPECT_GT(dark.addedBackground.green(), dark.addedBackground.red());
    EXPECT_GT(dark.removedBackground.red(), dark.removedBackground.green());
    EXPECT_TRUE(history->html().contains(dark.addedBackground.name())) << "compared again on the palette change";
    grab(&tab, "history-dark.png");
}

TEST_F(HistoryTab, ASubmissionFromTheWorkflowPageAppearsAsAVersion)
{
    Course draft = test::sampleCourse(QStringLiteral("MC031"), 2, 2);
    draft.status = ApprovalStatus::Draft;
    ASSERT_TRUE(CourseRepository(*workspace.database()).save(&draft, QStringLiteral("nahassan")).ok());
    CourseTab tab(draft, &workspace, ComplianceContext{});
    HistoryPage *history = tab.historyPage();
    auto *workflow = tab.findChild<WorkflowPage *>();
    ASSERT_NE(workflow, nullptr);
    history->reload();
    EXPECT_EQ(history->versions()->rowCount(), 1); // only the current edit

    ASSERT_EQ(workflow->actionButtons().size(), 1);
    workflow->actionButtons().first()->click(); // Submit to head of PTj
    ASSERT_EQ(tab.document()->course().status, ApprovalStatus::Submitted);
    tab.resize(1200, 700);
    tab.show();
    tab.pages()->setCurrentWidget(history);
    QApplication::processEvents();
    ASSERT_EQ(history->versions()->rowCount(), 2);
    EXPECT_EQ(history->versions()->data(history->versions()->index(1, CourseVersionModel::ReasonColumn)).toString(),
              QStringLiteral("Submitted"));
    history->compare(1, 0);
    EXPECT_TRUE(history->html().contains(QStringLiteral("The two versions are the same."))) << history->html().toStdString();
}

TEST_F(HistoryTab, TwoStoredVersionsSideBySide)
{
    CourseVersionRepository versions(*workspace.database());
    ASSERT_TRUE(versions.takeSnapshot(course, CourseVersionReason::submitted(), QStringLiteral("nahassan")).ok());
    Course revised = course;
    revised.table4.units[1].activities.insert(0, revised.table4.units[0].activities[1]);
    revised.synopsis = QStringLiteral("Principles of visual encoding, colour and dashboard design.");
    ASSERT_TRUE(CourseRepository(*workspace.database()).save(&revised, QStringLiteral("nahassan")).ok());
    ASSERT_TRUE(versions.takeSnapshot(revised, CourseVersionReason::submitted(), QStringLiteral("nahassan")).ok());

    CourseTab tab(revised, &workspace, ComplianceContext{});
    HistoryPage *history = tab.historyPage();
    history->reload();
    ASSERT_EQ(history->versions()->rowCount(), 3);
    history->compare(2, 1); // version 1 against version 2
    const QString html = history->html();
    EXPECT_TRUE(html.contains(QStringLiteral("Version 1 — Submitted")));
    EXPECT_TRUE(html.contains(QStringLiteral("Version 2 — Submitted")));
    EXPECT_TRUE(html.contains(QStringLiteral("2 differences."))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>Table 4</h3>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Unit 2 “Unit 2” · activity 1 <i>(added)</i>"))) << html.toStdString();
    // Inside the changed synopsis only the new words are marked.
    const RedlineColours c = RedlineColours::forPalette(history->palette());
    EXPECT_TRUE(html.contains(QStringLiteral("<span style=\"background-color:%1\">colour</span>").arg(c.addedStrong.name())))
        << html.toStdString();
    tab.pages()->setCurrentWidget(history);
    grab(&tab, "history-versions.png");
}

TEST_F(HistoryTab, CheckInDialogWaitsForEveryConflict)
{
    Course mine = course;
    mine.title = QStringLiteral("Micro-Credential in Offline Work");
    mine.synopsis = QStringLiteral("Mine.");
    mine.clos[0].level = QStringLiteral("C3");
    Course theirs = course;
    theirs.title = QStringLiteral("Micro-Credential in Server Work");
    theirs.milestones[3].actualCompletion = QDate(2026, 10, 30);
    theirs.clos[0].level = QStringLiteral("C4");
    CheckInDialog dialog(CourseMerge(course, mine, theirs), QStringLiteral("TMN4031MC"));
    MergeChoiceModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 4); // title, synopsis, clos, milestone 4
    EXPECT_EQ(model->undecidedCount(), 2);
    EXPECT_FALSE(dialog.checkInButton()->isEnabled());
    EXPECT_FALSE(dialog.result());
    // A part changed on one side only cannot be ticked.
    EXPECT_FALSE(model->flags(model->index(1, MergeChoiceModel::TheirsColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_EQ(model->data(model->index(1, MergeChoiceModel::MineColumn), Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(model->data(model->index(1, MergeChoiceModel::TheirsColumn)).toString(), QStringLiteral("unchanged"));
    // A date set where there was none names the empty side.
    EXPECT_EQ(model->data(model->index(3, MergeChoiceModel::TheirsColumn)).toString(),
              QStringLiteral("Milestone 4 · Completed on: (empty) → 2026-10-30"));
    grab(&dialog, "checkin-conflicts.png", {1100, 720});

    EXPECT_TRUE(model->setData(model->index(0, MergeChoiceModel::MineColumn), Qt::Checked, Qt::CheckStateRole));
    EXPECT_FALSE(dialog.checkInButton()->isEnabled());
    EXPECT_TRUE(model->setData(model->index(2, MergeChoiceModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(dialog.checkInButton()->isEnabled());
    const auto result = dialog.result();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->title, mine.title);
    EXPECT_EQ(result->synopsis, QStringLiteral("Mine."));
    EXPECT_EQ(result->clos[0].level, QStringLiteral("C4"));
    EXPECT_EQ(result->milestones[3].actualCompletion, QDate(2026, 10, 30));
}

TEST_F(HistoryTab, MenuActionsAndCheckOutToAFile)
{
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow w(&settings, &workspace);
    for (QLatin1String id : {ActionId::SaveVersion, ActionId::CheckOut, ActionId::CheckIn})
        ASSERT_NE(w.actions()->action(QString(id)), nullptr) << QString(id).toStdString();
    EXPECT_FALSE(w.actions()->action(QString(ActionId::SaveVersion))->isEnabled()) << "no course tab yet";
    w.openCourse(course.id);
    EXPECT_TRUE(w.actions()->action(QString(ActionId::SaveVersion))->isEnabled());

    OfflineCopyController offline(&workspace, &w);
    QString message;
    const QString local = dir.filePath(QStringLiteral("offline.mcs"));
    ASSERT_TRUE(offline.checkOutTo(course.code, local, &message)) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("is checked out to")));
    EXPECT_FALSE(offline.checkOutTo(course.code, local, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("already holds"))) << message.toStdString();
    EXPECT_FALSE(offline.checkOutTo(course.code, workspace.location(), &message));
}

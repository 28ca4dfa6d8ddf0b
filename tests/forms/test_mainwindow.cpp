#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoCommand>
#include <QUndoGroup>
#include <QUndoStack>

using namespace mcs;

class MainWindowTest : public testing::Test
{
protected:
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
};

TEST_F(MainWindowTest, HasTheMenusAndRegisteredActions)
{
    MainWindow w(&settings, &workspace);
    EXPECT_EQ(w.windowTitle(), QStringLiteral("MC Studio"));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    EXPECT_EQ(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                  QStringLiteral("Tools"), QStringLiteral("Help")}));
    for (QLatin1String id : {ActionId::NewDatabase, ActionId::OpenDatabase, ActionId::Quit, ActionId::Undo,
                             ActionId::Redo, ActionId::FindCourse, ActionId::ShowNavigator, ActionId::About,
                             ActionId::LanguageMalay}) {
        QAction *a = w.actions()->action(QString(id));
        ASSERT_NE(a, nullptr) << id.data();
        EXPECT_FALSE(a->text().isEmpty()) << id.data();
        EXPECT_FALSE(a->associatedObjects().isEmpty()) << id.data() << " is in no menu";
    }
    EXPECT_EQ(w.actions()->action(QString(ActionId::Undo))->shortcut(), QKeySequence(QKeySequence::Undo));
}

TEST_F(MainWindowTest, UndoAndRedoFollowTheActiveStackOfTheGroup)
{
    MainWindow w(&settings, &workspace);
    QAction *undo = w.actions()->action(QString(ActionId::Undo));
    QAction *redo = w.actions()->action(QString(ActionId::Redo));
    EXPECT_FALSE(undo->isEnabled());

    auto *stack = new QUndoStack(w.undoGroup());
    w.undoGroup()->setActiveStack(stack);
    int value = 0;
    struct Set : QUndoCommand {
        int *v; int from, to;
        Set(int *target, int n) : v(target), from(*target), to(n) { setText(QStringLiteral("set")); }
        void redo() override { *v = to; }
        void undo() override { *v = from; }
    };
    stack->push(new Set(&value, 7));
    EXPECT_EQ(value, 7);
    ASSERT_TRUE(undo->isEnabled());
    undo->trigger();
    EXPECT_EQ(value, 0);
    ASSERT_TRUE(redo->isEnabled());
    redo->trigger();
    EXPECT_EQ(value, 7);
}

TEST_F(MainWindowTest, StatusBarNamesTheOpenDatabase)
{
    MainWindow w(&settings, &workspace);
    auto statusText = [&] {
        QStringList texts;
        for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
            texts << l->text();
        return texts.join(QLatin1Char('|'));
    };
    EXPECT_TRUE(statusText().contains(QStringLiteral("No database open")));
    QString error;
    ASSERT_TRUE(workspace.openLocalFile(dir.filePath(QStringLiteral("office.mcs")), &error)) << error.toStdString();
    EXPECT_TRUE(statusText().contains(QStringLiteral("office.mcs"))) << statusText().toStdString();
    EXPECT_EQ(w.windowTitle(), QStringLiteral("office.mcs — MC Studio"));
}

TEST_F(MainWindowTest, NavigatorShowsAnEmptyStateThatSaysWhatToDo)
{
    MainWindow w(&settings, &workspace);
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("navigatorDock"));
    ASSERT_NE(dock, nullptr);
    auto *empty = dock->findChild<QLabel *>(QStringLiteral("emptyState"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->text().contains(QStringLiteral("No database open")));
    QString error;
    ASSERT_TRUE(workspace.openLocalFile(dir.filePath(QStringLiteral("x.mcs")), &error));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("No courses yet")));
}

TEST_F(MainWindowTest, GeometryIsSavedOnClose)
{
    {
        MainWindow w(&settings, &workspace);
        w.resize(900, 600);
        w.show();
        w.close();
    }
    EXPECT_FALSE(settings.windowGeometry().isEmpty());
    MainWindow again(&settings, &workspace);
    EXPECT_EQ(again.size(), QSize(900, 600));
}

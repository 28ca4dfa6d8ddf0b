// Tools > Accredited Programme Names offscreen: the list is edited in the dialog, stored in the
// settings, and every open course's title rule is checked again at once.
#include "accreditedprogrammesdialog.h"
#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "compliancemodel.h"
#include "coursedocument.h"
#include "courselistmodel.h"
#include "coursetab.h"
#include "mainwindow.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mcs;

namespace {

int titleProgrammeFindings(const CourseTab *tab)
{
    int n = 0;
    for (const ComplianceFinding &f : tab->complianceModel()->findings())
        n += f.rule == QLatin1String("title_programme") ? 1 : 0;
    return n;
}

} // namespace

TEST(AccreditedProgrammesDialog, AddsEditsRemovesAndCleansNames)
{
    AccreditedProgrammesDialog dialog({QStringLiteral("Bachelor of Computer Science (Hons)")});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = dialog.list();
    ASSERT_EQ(list->count(), 1);

    // Add: an empty, editable row opens for typing (its editor commits through the model).
    dialog.addName();
    ASSERT_EQ(list->count(), 2);
    EXPECT_TRUE(list->item(1)->flags() & Qt::ItemIsEditable);
    EXPECT_EQ(list->currentRow(), 1);
    ASSERT_TRUE(list->model()->setData(list->model()->index(1, 0), QStringLiteral("  Diploma in   Nursing ")));
    EXPECT_EQ(list->item(1)->text(), QStringLiteral("  Diploma in   Nursing "));

    dialog.addName(QStringLiteral("bachelor of computer science (HONS)")); // the same name: dropped
    dialog.addName(QStringLiteral("Master of Engineering"));
    EXPECT_EQ(dialog.names(), (QStringList{QStringLiteral("Bachelor of Computer Science (Hons)"),
                                           QStringLiteral("Diploma in Nursing"), QStringLiteral("Master of Engineering")}));
    if (qEnvironmentVariableIsSet("MCS_GRAB_DIR"))
        dialog.grab().save(qEnvironmentVariable("MCS_GRAB_DIR") + QStringLiteral("/programmenames.png"));

    list->clearSelection();
    list->item(0)->setSelected(true);
    list->item(2)->setSelected(true); // the repeated name
    dialog.removeSelected();
    EXPECT_EQ(dialog.names(), (QStringList{QStringLiteral("Diploma in Nursing"), QStringLiteral("Master of Engineering")}));
}

class ProgrammeNamesInMainWindow : public testing::Test
{
protected:
    void SetUp() override
    {
        // No recovery copies of other runs: opening a course would ask about them.
        QStandardPaths::setTestModeEnabled(true);
        QDir(AppSettings::recoveryDirectory()).removeRecursively();
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 8, &error))
            << error.toStdString();
    }
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
};

TEST_F(ProgrammeNamesInMainWindow, TheToolsActionStoresTheListAndRechecksOpenCourses)
{
    MainWindow w(&settings, &workspace);
    CourseTab *tab = w.openCourse(workspace.courses()->courses().first().id);
    ASSERT_NE(tab, nullptr);
    EXPECT_EQ(titleProgrammeFindings(tab), 0);
    // The title without "Micro-Credential in " is the programme name to collide with.
    QString bare = tab->document()->course().title;
    bare.remove(QStringLiteral("Micro-Credential in "));
    ASSERT_FALSE(bare.isEmpty());

    QAction *action = w.actions()->action(QString(ActionId::AccreditedProgrammes));
    ASSERT_NE(action, nullptr);
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<AccreditedProgrammesDialog *>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (!dialog)
            return;
        dialog->addName(bare.toUpper()); // compared without regard to case
        dialog->accept();
    });
    action->trigger();
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(settings.accreditedProgrammeNames(), QStringList{bare.toUpper()});
    EXPECT_EQ(titleProgrammeFindings(tab), 1);

    // Cancelling changes nothing.
    QTimer::singleShot(0, [] {
        if (auto *dialog = qobject_cast<AccreditedProgrammesDialog *>(QApplication::activeModalWidget())) {
            dialog->removeSelected();
            dialog->list()->clear();
            dialog->reject();
        }
    });
    action->trigger();
    EXPECT_EQ(settings.accreditedProgrammeNames(), QStringList{bare.toUpper()});
    EXPECT_EQ(titleProgrammeFindings(tab), 1);

    // An emptied list clears the finding; a course opened later gets the stored list too.
    w.setAccreditedProgrammeNames({});
    EXPECT_EQ(titleProgrammeFindings(tab), 0);
    w.setAccreditedProgrammeNames({bare});
    EXPECT_EQ(titleProgrammeFindings(tab), 1);
    AppSettings reread(dir.filePath(QStringLiteral("settings.ini")));
    EXPECT_EQ(reread.accreditedProgrammeNames(), QStringList{bare});
}

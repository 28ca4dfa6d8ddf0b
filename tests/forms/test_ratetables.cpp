// Rate-table versions offscreen: a CFLEX officer's edited copy is validated and stored as the
// next version; the Table 4 tab shows its version, previews an upgrade and applies it in one undo
// step; Edit > Cut / Copy / Paste reach the Table 4 editor when it has the focus.
#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "builtinrates.h"
#include "coursedocument.h"
#include "courselistmodel.h"
#include "coursetab.h"
#include "database.h"
#include "mainwindow.h"
#include "ratetableeditdialog.h"
#include "ratetableeditmodel.h"
#include "rateupgradedialog.h"
#include "sltratesdialog.h"
#include "sltratetablerepository.h"
#include "table4editor.h"
#include "table4fixture.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace mcs;

namespace {

void grabIfAsked(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

int rowOf(const RateTableEditModel &model, const char *key)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.rates().at(r).key == QLatin1String(key))
            return r;
    return -1;
}

// Slides 6-12 min with a default of 8 (the only change).
RateTable version2()
{
    QVector<ActivityRate> rates = builtinRateTable().rates();
    rates[0].min = 6;
    rates[0].max = 12;
    rates[0].preferred = 8;
    return *builtinRateTable().newVersion(2, rates);
}

// Runs `f` on the next modal dialog of type T once it is shown.
template <typename T, typename F>
void onModal(F f)
{
    QTimer::singleShot(0, [f] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()))
            f(dialog);
    });
}

} // namespace

TEST(RateTableEditDialog, ChecksEveryRowAndGivesTheNextVersion)
{
    RateTableEditDialog dialog(builtinRateTable(), 2);
    RateTableEditModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.canSave());
    EXPECT_FALSE(model->isChanged());
    const int slide = rowOf(*model, "slide");
    const int other = rowOf(*model, "other");
    EXPECT_FALSE(model->flags(model->index(other, RateTableEditModel::MinColumn)) & Qt::ItemIsEditable);
    EXPECT_EQ(model->index(slide, RateTableEditModel::DefaultColumn).data().toDouble(), 7.5);

    ASSERT_TRUE(model->setData(model->index(slide, RateTableEditModel::DefaultColumn), 11.0));
    EXPECT_FALSE(dialog.canSave());
    EXPECT_EQ(dialog.problemText(),
              QStringLiteral("Slide: the default 11 must lie between the minimum 5 and the maximum 10."));
    EXPECT_FALSE(dialog.result());
    grabIfAsked(&dialog, "ratetable-edit-invalid.png");

    ASSERT_TRUE(model->setData(model->index(slide, RateTableEditModel::MaxColumn), 12.0));
    EXPECT_TRUE(dialog.canSave());
    EXPECT_TRUE(dialog.problemText().isEmpty());
    const auto result = dialog.result();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->version(), 2);
    EXPECT_EQ(result->find(QStringLiteral("slide"))->defaultRate(), 11.0);
    EXPECT_EQ(result->find(QStringLiteral("slide"))->max, 12.0);
    EXPECT_EQ(result->find(QStringLiteral("video"))->defaultRate(), 3.5);
}

TEST(SltRatesDialog, CreatesAndStoresTheNextVersion)
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("rates.mcs")), &error);
    ASSERT_TRUE(db) << error.toStdString();
    SltRatesDialog dialog(db.get(), 1);
    EXPECT_EQ(dialog.shown().version(), 1);
    ASSERT_NE(dialog.newVersionButton(), nullptr);
    int created = 0;
    QObject::connect(&dialog, &SltRatesDialog::versionCreated, [&](const RateTable &t) { created = t.version(); });
    onModal<RateTableEditDialog>([](RateTableEditDialog *editor) {
        RateTableEditModel *m = editor->model();
        const int slide = rowOf(*m, "slide");
        m->setData(m->index(slide, RateTableEditModel::MinColumn), 6.0);
        m->setData(m->index(slide, RateTableEditModel::MaxColumn), 12.0);
        m->setData(m->index(slide, RateTableEditModel::DefaultColumn), 8.0);
        editor->accept();
    });
    dialog.newVersionButton()->click();
    EXPECT_EQ(created, 2);
    EXPECT_EQ(dialog.shown().version(), 2);
    EXPECT_TRUE(dialog.shown() == version2());
    EXPECT_EQ(dialog.versionCombo()->count(), 2);
    const auto stored = SltRateTableRepository(*db).latest(&error);
    ASSERT_TRUE(stored) << error.toStdString();
    EXPECT_TRUE(*stored == version2());
    dialog.show();
    grabIfAsked(&dialog, "sltrates-versions.png");

    // Looking at version 1 again, and cancelling an editor, store nothing.
    dialog.showVersion(1);
    EXPECT_EQ(dialog.shown().version(), 1);
    onModal<RateTableEditDialog>([](RateTableEditDialog *editor) { editor->reject(); });
    dialog.newVersionButton()->click();
    EXPECT_EQ(SltRateTableRepository(*db).versions(nullptr), QVector<int>{2});
}

TEST(Table4Editor, ShowsItsRateVersionAndUpgradesInOneUndoStep)
{
    CourseDocument doc(test::table4Course());
    Table4Editor editor(&doc);
    editor.resize(1200, 700);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    EXPECT_EQ(editor.rateVersionLabel()->text(), QStringLiteral("SLT rates: version 1"));
    EXPECT_FALSE(editor.upgradeButton()->isVisible());
    editor.setLatestRates(builtinRateTable()); // not newer: nothing offered
    EXPECT_FALSE(editor.upgradeButton()->isVisible());

    editor.setLatestRates(version2());
    ASSERT_TRUE(editor.upgradeButton()->isVisible());
    EXPECT_EQ(editor.upgradeButton()->text(), QStringLiteral("Upgrade to Version 2…"));
    grabIfAsked(&editor, "table4-upgrade-offer.png");

    // The preview: 10 slides at 7.5 -> 8 min adds 5 min to unit 1 (165 -> 170 min) and the total.
    QStringList preview;
    onModal<RateUpgradeDialog>([&](RateUpgradeDialog *d) {
        grabIfAsked(d, "table4-upgrade-preview.png");
        QTableWidget *t = d->table();
        for (int r = 0; r < t->rowCount(); ++r)
            preview << QStringLiteral("%1|%2|%3|%4")
                           .arg(t->item(r, 0)->text(), t->item(r, 1)->text(), t->item(r, 2)->text(), t->item(r, 3)->text());
        d->reject();
    });
    editor.upgradeButton()->click();
    EXPECT_EQ(preview, (QStringList{QStringLiteral("Total SLT (hours)|5.58|5.67|+0.08"),
                                    QStringLiteral("Credits (hours / 40)|0.14|0.14|—"),
                                    QStringLiteral("SLT findings|4|4|—"),
                                    QStringLiteral("Unit 1 (Intro) (hours)|2.75|2.83|+0.08"),
                                    QStringLiteral("Unit 2 (Charts) (hours)|2.83|2.83|—")}));
    EXPECT_EQ(doc.slt().rates().version(), 1); // cancelled: nothing changed
    EXPECT_EQ(doc.undoStack()->count(), 0);

    onModal<RateUpgradeDialog>([](RateUpgradeDialog *d) { d->accept(); });
    editor.upgradeButton()->click();
    EXPECT_EQ(doc.slt().rates().version(), 2);
    EXPECT_DOUBLE_EQ(doc.slt().totalHours(), 340.0 / 60);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(editor.rateVersionLabel()->text(), QStringLiteral("SLT rates: version 2"));
    EXPECT_FALSE(editor.upgradeButton()->isVisible());

    doc.undoStack()->undo();
    EXPECT_EQ(doc.slt().rates().version(), 1);
    EXPECT_DOUBLE_EQ(doc.slt().totalHours(), 335.0 / 60);
    EXPECT_EQ(editor.rateVersionLabel()->text(), QStringLiteral("SLT rates: version 1"));
    EXPECT_TRUE(editor.upgradeButton()->isVisible());
}

class EditMenuRouting : public testing::Test
{
protected:
    void SetUp() override
    {
        // No recovery copies of other runs: opening a course would ask about them.
        QStandardPaths::setTestModeEnabled(true);
        QDir(AppSettings::recoveryDirectory()).removeRecursively();
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 6, &error))
            << error.toStdString();
    }
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
};

TEST_F(EditMenuRouting, CutCopyAndPasteReachTheTable4EditorWhenItHasTheFocus)
{
    MainWindow w(&settings, &workspace);
    w.resize(1300, 800);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    // Any question on opening (a recovery copy left by another run) is answered "No".
    QString unexpected;
    QTimer::singleShot(200, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            unexpected = box->text();
            box->reject();
        }
    });
    CourseTab *tab = w.openCourse(workspace.courses()->courses().first().id);
    ASSERT_NE(tab, nullptr);
    EXPECT_TRUE(unexpected.isEmpty()) << unexpected.toStdString();
    tab->showTable4();
    Table4Editor *editor = tab->table4Editor();
    CourseDocument *doc = tab->document();
    QTreeView *view = editor->view();
    QAction *cut = w.actions()->action(QString(ActionId::Cut));
    QAction *copy = w.actions()->action(QString(ActionId::Copy));
    QAction *paste = w.actions()->action(QString(ActionId::Paste));
    ASSERT_TRUE(cut && copy && paste);
    EXPECT_EQ(copy->shortcut(), QKeySequence(QKeySequence::Copy));

    const int before = doc->slt().activityCount(0);
    const Activity first = doc->slt().activity(0, 0);
    view->setFocus();
    view->setCurrentIndex(editor->model()->indexOf({0, 0}));
    view->selectionModel()->select(editor->model()->indexOf({0, 0}),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_TRUE(view->hasFocus() || QApplication::focusWidget() == view);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->text().startsWith(first.type)) << mime->text().toStdString();

    paste->trigger(); // after the current row: a copy of the first activity
    ASSERT_EQ(doc->slt().activityCount(0), before + 1);
    EXPECT_EQ(doc->slt().activity(0, 1), first);

    view->setFocus();
    view->setCurrentIndex(editor->model()->indexOf({0, 1}));
    view->selectionModel()->select(editor->model()->indexOf({0, 1}),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    cut->trigger();
    EXPECT_EQ(doc->slt().activityCount(0), before);
    EXPECT_TRUE(QApplication::clipboard()->mimeData()->text().startsWith(first.type));
    doc->undoStack()->undo(); // the cut
    doc->undoStack()->undo(); // the paste
    EXPECT_EQ(doc->slt().activityCount(0), before);
    EXPECT_FALSE(doc->isModified());

    // With a form field focused, Copy copies its selected text and leaves Table 4 alone.
    tab->pages()->setCurrentIndex(0);
    auto *code = tab->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    ASSERT_NE(code, nullptr);
    code->setFocus();
    code->selectAll();
    ASSERT_EQ(QApplication::focusWidget(), code);
    copy->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), doc->course().code);
    EXPECT_EQ(doc->slt().activityCount(0), before);
}

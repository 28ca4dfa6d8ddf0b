#include "coursedocument.h"
#include "demoportfolio.h"
#include "sltpanel.h"
#include "sltratesdialog.h"
#include "table4editor.h"
#include "table4fixture.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace mcs;
using mcs::test::table4Course;

namespace {

// Saves pictures of the widget when MCS_GRAB_DIR is set (for looking at the GUI by eye).
void grabIfAsked(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

TEST(Table4Editor, EditingQuantitiesAndPastingUpdatesThePanel)
{
    CourseDocument doc(table4Course());
    Table4Editor editor(&doc);
    editor.resize(1200, 700);
    editor.show();
    SltPanel *panel = editor.panel();
    EXPECT_EQ(panel->figureText(QStringLiteral("totalValue")), QStringLiteral("5.58 h"));
    EXPECT_EQ(panel->figureText(QStringLiteral("weightsValue")), QStringLiteral("40 %"));
    EXPECT_FALSE(panel->findChild<QWidget *>(QStringLiteral("totalValue"))->toolTip().isEmpty());

    // 10 -> 50 slides: +40 x 7.5 = 300 min; total 635 min = 10.58 h.
    Table4Model *model = editor.model();
    ASSERT_TRUE(model->setData(model->indexOf({0, 0}, Table4Model::QuantityColumn), QStringLiteral("50")));
    EXPECT_EQ(panel->figureText(QStringLiteral("totalValue")), QStringLiteral("10.58 h"));
    // Band: slides 50 x 5..10, video 30 x 2..5, quiz 20 x 3..5, reading 12 x 5..10 = 430..870 min.
    EXPECT_EQ(panel->figureText(QStringLiteral("bandValue")), QStringLiteral("7.17 – 14.50 h"));

    // Paste two rows from a spreadsheet after the first activity: 2 x 60 min video at 3.5 = 420 min.
    editor.view()->setCurrentIndex(model->indexOf({0, 0}));
    QString error;
    ASSERT_TRUE(editor.pasteText(QStringLiteral("video\t60\nVideo\t60 min\n"), &error)) << qPrintable(error);
    EXPECT_EQ(doc.slt().activityCount(0), 4);
    EXPECT_EQ(panel->figureText(QStringLiteral("totalValue")), QStringLiteral("17.58 h"));
    EXPECT_EQ(panel->figureText(QStringLiteral("creditsValue")), QStringLiteral("0.44"));
    EXPECT_FALSE(editor.pasteText(QStringLiteral("video\tlots\n"), &error));
    EXPECT_EQ(error, QStringLiteral("line 1, column 'quantity': 'lots' is not a number"));

    // Move the pasted rows down with the keyboard action, then remove them.
    editor.view()->selectionModel()->clearSelection();
    editor.view()->selectionModel()->select(model->indexOf({0, 1}), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    editor.moveDown();
    EXPECT_EQ(editor.selectedPositions(), (QVector<Table4Model::Position>{{0, 2}}));
    editor.removeSelected();
    EXPECT_EQ(panel->figureText(QStringLiteral("totalValue")), QStringLiteral("14.08 h"));
    grabIfAsked(&editor, "table4-editor-small.png");

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(panel->figureText(QStringLiteral("totalValue")), QStringLiteral("5.58 h"));
    EXPECT_EQ(doc.slt().table(), table4Course().table4);
}

TEST(Table4Editor, ClickingAFindingSelectsItsRow)
{
    CourseDocument doc(table4Course());
    Table4Editor editor(&doc);
    auto *list = editor.panel()->findChild<QListWidget *>(QStringLiteral("findingsList"));
    ASSERT_TRUE(list);
    int clicked = -1;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(QStringLiteral("Unit 1")))
            clicked = i;
    ASSERT_GE(clicked, 0); // unit 1 has no assessment (2.3)
    Q_EMIT list->itemClicked(list->item(clicked));
    EXPECT_EQ(editor.selectedPositions(), (QVector<Table4Model::Position>{{0, -1}}));
}

TEST(Table4Editor, ImportsCsvAsOneStepAndNothingOnError)
{
    QTemporaryDir dir;
    CourseDocument doc(table4Course());
    Table4Editor editor(&doc);
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("unit,topic,activity,quantity\n1,Intro,slide,10\n2,Charts,video,ten\n");
    }
    QString error;
    EXPECT_FALSE(editor.importCsvFile(bad, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("line 3"))) << qPrintable(error);
    EXPECT_EQ(doc.undoStack()->count(), 0);

    const QString good = dir.filePath(QStringLiteral("good.csv"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("unit,topic,activity,quantity\n1,Intro,slide,10\n2,Charts,video,60\n");
    }
    ASSERT_TRUE(editor.importCsvFile(good, &error)) << qPrintable(error);
    EXPECT_EQ(doc.undoStack()->count(), 1);
    // 75 min + 210 min = 4.75 h.
    EXPECT_EQ(editor.panel()->figureText(QStringLiteral("totalValue")), QStringLiteral("4.75 h"));
    EXPECT_EQ(editor.model()->rowCount(), 2);

    // Export what was imported: the CSV reads back the same, the PDF and XLSX are written.
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    ASSERT_TRUE(editor.exportCsvFile(csv, &error)) << qPrintable(error);
    CourseDocument other(table4Course());
    Table4Editor second(&other);
    ASSERT_TRUE(second.importCsvFile(csv, &error)) << qPrintable(error);
    EXPECT_EQ(other.slt().table(), doc.slt().table());
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    ASSERT_TRUE(editor.exportPdfFile(pdf, &error)) << qPrintable(error);
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_TRUE(p.read(5) == "%PDF-");
    ASSERT_TRUE(editor.exportXlsxFile(dir.filePath(QStringLiteral("out.xlsx")), &error)) << qPrintable(error);
    EXPECT_FALSE(editor.exportCsvFile(dir.filePath(QStringLiteral("missing/dir/out.csv")), &error));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.slt().table(), table4Course().table4);
}

TEST(Table4Editor, PicturesOfARealisticCourse)
{
    DemoPortfolio::Options options;
    options.courses = 3;
    options.learners = 0;
    options.today = QDate(2026, 11, 30);
    DemoPortfolio demo(options);
    CourseDocument doc(demo.courses().at(0));
    Table4Editor editor(&doc);
    editor.resize(1366, 760);
    editor.show();
    EXPECT_GT(editor.model()->rowCount(), 3);
    grabIfAsked(&editor, "table4-editor.png");
    editor.showSummaryAction()->trigger();
    grabIfAsked(&editor, "table4-summary.png");
    if (const QString dir = qEnvironmentVariable("MCS_GRAB_DIR"); !dir.isEmpty()) {
        QString error;
        EXPECT_TRUE(editor.exportPdfFile(QDir(dir).filePath(QStringLiteral("table4-summary.pdf")), &error)) << qPrintable(error);
    }
    EXPECT_FALSE(editor.exportPdfAction()->text().isEmpty());
}

TEST(SltRatesDialog, ListsTheRateTableInUse)
{
    CourseDocument doc(table4Course());
    SltRatesDialog dialog(doc.slt().rates());
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("ratesView"));
    ASSERT_TRUE(view);
    EXPECT_EQ(view->model()->rowCount(), doc.slt().rates().rates().size());
}

// The check-in dialog with Table 4 merged unit by unit: the server's edit of one unit and mine of
// another are taken without a question; the unit both edited is one conflict, named by its unit.
// With MCS_GRAB_DIR set, the dialog is kept as a picture.
#include "checkindialog.h"
#include "mergechoicemodel.h"
#include "samplecourse.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>

using namespace mcs;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST(CheckInUnits, AConflictOverOneUnitIsDecidedAloneAndTheOtherUnitsAreKept)
{
    Course base = test::sampleCourse(S("TMN4031MC"), 4, 2);
    const char *titles[] = {"Seeing data", "Visual encoding", "Colour and contrast", "Dashboards"};
    for (int i = 0; i < 4; ++i)
        base.table4.units[i].title = S(titles[i]);
    Course mine = base;
    mine.table4.units[2].activities[0].quantity = 20;  // conflict with the server's edit below
    mine.table4.units[0].activities[1].quantity = 30;  // mine alone
    mine.synopsis = S("Written on the train.");
    Course theirs = base;
    theirs.table4.units[2].activities[0].rate = 4.5;
    theirs.table4.units[3].title = S("Interactive dashboards"); // the server's alone

    CheckInDialog dialog(CourseMerge(base, mine, theirs), S("TMN4031MC"));
    MergeChoiceModel *model = dialog.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model->rowCount(), 4);
    QStringList parts;
    for (int r = 0; r < model->rowCount(); ++r)
        parts << model->data(model->index(r, MergeChoiceModel::PartColumn)).toString();
    EXPECT_EQ(parts, (QStringList{S("Synopsis"), S("Table 4 – Unit 1: Seeing data"),
                                  S("Table 4 – Unit 3: Colour and contrast (conflict)"),
                                  S("Table 4 – Unit 4: Interactive dashboards")}));
    EXPECT_EQ(model->undecidedCount(), 1);
    EXPECT_FALSE(dialog.checkInButton()->isEnabled());
    EXPECT_EQ(model->data(model->index(2, MergeChoiceModel::TheirsColumn)).toString(),
              S("activity 1 · SLT rate (min/unit): 3.5 → 4.5")); // the part names the unit
    EXPECT_EQ(model->data(model->index(2, MergeChoiceModel::MineColumn)).toString(),
              S("activity 1 · Quantity: 10.25 → 20"));

    auto *table = dialog.findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    table->selectRow(2);
    const QString detail = dialog.findChild<QTextBrowser *>()->toPlainText();
    EXPECT_TRUE(detail.startsWith(S("Table 4 – Unit 3: Colour and contrast"))) << detail.toStdString();

    const QString grabDir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (!grabDir.isEmpty()) {
        dialog.resize(1100, 720);
        dialog.show();
        QApplication::processEvents();
        QDir().mkpath(grabDir);
        dialog.grab().save(QDir(grabDir).filePath(S("checkin-unit-conflict.png")));
    }

    EXPECT_TRUE(model->setData(model->index(2, MergeChoiceModel::TheirsColumn), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(dialog.checkInButton()->isEnabled());
    const auto result = dialog.result();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->synopsis, mine.synopsis);
    EXPECT_EQ(result->table4.units[0], mine.table4.units[0]);
    EXPECT_EQ(result->table4.units[1], base.table4.units[1]);
    EXPECT_EQ(result->table4.units[2], theirs.table4.units[2]);
    EXPECT_EQ(result->table4.units[3], theirs.table4.units[3]);
}

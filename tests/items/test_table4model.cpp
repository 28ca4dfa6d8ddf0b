#include "builtinrates.h"
#include "coursecommands.h"
#include "coursedocument.h"
#include "itemroles.h"
#include "ratetablemodel.h"
#include "sltpaneldata.h"
#include "table4fixture.h"
#include "table4model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

#include <memory>

using namespace mcs;
using mcs::test::act;
using mcs::test::table4Course;
using Pos = Table4Model::Position;

namespace {

constexpr double kTotalMinutes = 335;

struct Fixture
{
    CourseDocument doc{table4Course()};
    Table4Model model{&doc};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    QModelIndex cell(int unit, int row, int column) { return model.indexOf({unit, row}, column); }
    double recomputed() const
    {
        SltCalculator fresh(builtinRateTable());
        fresh.setTable(doc.slt().table());
        return fresh.totalHours();
    }
};

} // namespace

TEST(Table4Model, ShowsUnitsAndActivitiesWithUnitsAndHints)
{
    Fixture f;
    ASSERT_EQ(f.model.rowCount(), 2);
    EXPECT_EQ(f.model.rowCount(f.model.index(0, 0)), 2);
    EXPECT_EQ(f.model.columnCount(), Table4Model::ColumnCount);
    EXPECT_EQ(f.model.index(0, 0).data().toString(), QStringLiteral("Unit 1: Intro"));
    EXPECT_TRUE(f.model.index(0, 0).data(Table4IsUnitRole).toBool());
    EXPECT_EQ(f.model.index(0, Table4Model::HoursColumn).data().toString(), QStringLiteral("2.75"));
    EXPECT_EQ(f.cell(0, 0, Table4Model::TypeColumn).data().toString(), QStringLiteral("Slide"));
    EXPECT_EQ(f.cell(0, 0, Table4Model::TypeColumn).data(Qt::EditRole).toString(), QStringLiteral("slide"));
    EXPECT_EQ(f.cell(0, 0, Table4Model::QuantityColumn).data().toString(), QStringLiteral("10 slides"));
    EXPECT_EQ(f.cell(0, 1, Table4Model::QuantityColumn).data().toString(), QStringLiteral("30 min"));
    EXPECT_EQ(f.cell(0, 0, Table4Model::RateColumn).data().toString(), QStringLiteral("(7.5)"));
    EXPECT_FALSE(f.cell(0, 0, Table4Model::RateColumn).data(Qt::EditRole).isValid());
    EXPECT_EQ(f.cell(0, 0, Table4Model::RateColumn).data(Table4RateHintRole).toString(),
              QStringLiteral("5–10 min per slide (default 7.5)"));
    EXPECT_EQ(f.cell(0, 1, Table4Model::RateColumn).data().toString(), QStringLiteral("3"));
    EXPECT_EQ(f.cell(1, 0, Table4Model::WeightColumn).data().toString(), QStringLiteral("40 %"));
    EXPECT_EQ(f.cell(1, 0, Table4Model::ClosColumn).data().toString(), QStringLiteral("CLO1, CLO2"));
    EXPECT_EQ(f.cell(1, 0, Table4Model::AssessmentColumn).data(Qt::EditRole).toString(), QStringLiteral("continuous"));
    EXPECT_EQ(f.cell(1, 1, Table4Model::HoursColumn).data().toString(), QStringLiteral("1.50"));
    EXPECT_FALSE(f.model.flags(f.cell(1, 1, Table4Model::HoursColumn)) & Qt::ItemIsEditable);
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), kTotalMinutes / 60);
}

TEST(Table4Model, RateOutsideTheRangeIsFlagged)
{
    Fixture f;
    const QModelIndex rate = f.cell(0, 0, Table4Model::RateColumn);
    EXPECT_FALSE(rate.data(Table4OutOfRangeRole).toBool());
    EXPECT_FALSE(rate.data(Qt::BackgroundRole).isValid());
    ASSERT_TRUE(f.model.setData(rate, 12.0));
    EXPECT_TRUE(rate.data(Table4OutOfRangeRole).toBool());
    EXPECT_TRUE(rate.data(Qt::BackgroundRole).isValid());
    EXPECT_TRUE(rate.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Outside the guideline range")));
    ASSERT_TRUE(f.model.setData(rate, QString())); // blank = default again
    EXPECT_FALSE(f.doc.slt().activity(0, 0).rate.has_value());
}

TEST(Table4Model, SetDataPushesOneMergedCommandAndEmitsTheSmallestChange)
{
    Fixture f;
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    const QModelIndex qty = f.cell(0, 0, Table4Model::QuantityColumn);
    for (const char *typed : {"2", "20", "200"})
        ASSERT_TRUE(f.model.setData(qty, QString::fromLatin1(typed)));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    EXPECT_EQ(f.doc.slt().activity(0, 0).quantity, 200);
    // 200 slides at 7.5 = 1500 min, instead of 75: total 1760 min.
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), 1760.0 / 60);
    ASSERT_EQ(changed.count(), 6); // per keystroke: the activity row and its unit's hours
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(Table4Model::positionOf(topLeft), (Pos{0, 0}));
    EXPECT_EQ(topLeft.row(), bottomRight.row());
    EXPECT_FALSE(f.model.setData(qty, QStringLiteral("ten")));
    f.doc.undoStack()->undo();
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), kTotalMinutes / 60);
    EXPECT_EQ(f.doc.slt().table(), table4Course().table4);
}

TEST(Table4Model, EveryColumnEditsThroughTheUndoStack)
{
    Fixture f;
    EXPECT_TRUE(f.model.setData(f.cell(1, 1, Table4Model::TypeColumn), QStringLiteral("slide")));
    EXPECT_TRUE(f.model.setData(f.cell(1, 1, Table4Model::ModeColumn), QStringLiteral("physical")));
    EXPECT_TRUE(f.model.setData(f.cell(1, 1, Table4Model::ClosColumn), QStringList{QStringLiteral("CLO2")}));
    EXPECT_TRUE(f.model.setData(f.cell(1, 1, Table4Model::AssessmentColumn), QStringLiteral("final")));
    EXPECT_TRUE(f.model.setData(f.cell(1, 1, Table4Model::WeightColumn), 60.0));
    EXPECT_FALSE(f.model.setData(f.cell(1, 1, Table4Model::TypeColumn), QStringLiteral("dance")));
    EXPECT_FALSE(f.model.setData(f.cell(1, 1, Table4Model::HoursColumn), 3.0));
    EXPECT_TRUE(f.model.setData(f.model.index(1, 0), QStringLiteral("Bar charts")));
    const Activity &a = f.doc.slt().activity(1, 1);
    EXPECT_EQ(a, act("slide", 12, std::nullopt, DeliveryMode::Physical, AssessmentKind::Final, 60,
                     {QStringLiteral("CLO2")}));
    EXPECT_EQ(f.doc.slt().unit(1).title, QStringLiteral("Bar charts"));
    EXPECT_DOUBLE_EQ(f.doc.slt().assessmentWeightTotal(), 100);
    // 12 slides at 7.5 = 90 min, as the reading was: the total is unchanged.
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), kTotalMinutes / 60);
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    EXPECT_EQ(f.doc.slt().table(), table4Course().table4);
}

TEST(Table4Model, InsertRemoveAndMoveUndoAndRedoToExactTotals)
{
    Fixture f;
    QUndoStack *stack = f.doc.undoStack();
    // +60 min video at 3.5 = 210 min into unit 1 at row 1.
    ASSERT_TRUE(f.model.insertActivities(0, 1, {act("video", 60)}));
    EXPECT_EQ(f.model.rowCount(f.model.index(0, 0)), 3);
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), (kTotalMinutes + 210) / 60);
    f.model.insertUnit(2, QStringLiteral("Dashboards"));
    EXPECT_EQ(f.model.rowCount(), 3);
    EXPECT_EQ(f.doc.slt().unit(2).number, 3);
    // Remove the slides (75 min) and unit 2 with its 170 min in one step.
    f.model.removeRowsAt({{0, 0}, {1, -1}, {1, 1}});
    EXPECT_EQ(f.model.rowCount(), 2);
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), (kTotalMinutes + 210 - 75 - 170) / 60);
    EXPECT_EQ(stack->count(), 3);
    stack->undo();
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), (kTotalMinutes + 210) / 60);
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), f.recomputed());
    // Move the quiz up: it crosses into the end of unit 1.
    const auto moved = f.model.moveActivities({{1, 0}}, -1);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0), (Pos{0, 3}));
    EXPECT_EQ(f.doc.slt().activity(0, 3).type, QStringLiteral("quiz_mcq"));
    EXPECT_DOUBLE_EQ(f.doc.slt().unitHours(0), (75 + 210 + 90 + 80) / 60.0);
    // The first row cannot move up: nothing happens.
    EXPECT_TRUE(f.model.moveActivities({{0, 0}, {0, 1}}, -1).isEmpty());
    const auto down = f.model.moveActivities({{0, 0}, {0, 1}}, 1);
    ASSERT_EQ(down.size(), 2);
    EXPECT_EQ(down.at(0), (Pos{0, 1}));
    EXPECT_EQ(f.doc.slt().activity(0, 0).type, QStringLiteral("video"));
    EXPECT_EQ(f.doc.slt().activity(0, 0).rate, 3.0);
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(f.doc.slt().table(), table4Course().table4);
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), kTotalMinutes / 60);
    while (stack->canRedo())
        stack->redo();
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), f.recomputed());
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), (kTotalMinutes + 210) / 60);
}

TEST(Table4Model, PastesSpreadsheetTextAsOneStep)
{
    Fixture f;
    QMimeData mime;
    mime.setText(QStringLiteral("Activity\tQuantity\tMode\tCLO\n"
                                "Slide\t4 slides\tphysical\tCLO1;CLO2\n"
                                "video\t10\t\t\n"));
    QString error;
    ASSERT_TRUE(f.model.paste(&mime, {0, 0}, &error)) << qPrintable(error);
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    ASSERT_EQ(f.doc.slt().activityCount(0), 4);
    EXPECT_EQ(f.doc.slt().activity(0, 1), act("slide", 4, std::nullopt, DeliveryMode::Physical, AssessmentKind::None,
                                               std::nullopt, {QStringLiteral("CLO1"), QStringLiteral("CLO2")}));
    EXPECT_EQ(f.doc.slt().activity(0, 2), act("video", 10));
    // 4 slides at 7.5 = 30 min, 10 min video at 3.5 = 35 min.
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), (kTotalMinutes + 65) / 60);

    mime.setText(QStringLiteral("slide\t3\nvideo\tten\n"));
    EXPECT_FALSE(f.model.paste(&mime, {0, 0}, &error));
    EXPECT_EQ(error, QStringLiteral("line 2, column 'quantity': 'ten' is not a number"));
    EXPECT_EQ(f.doc.undoStack()->count(), 1);
    EXPECT_EQ(f.doc.slt().activityCount(0), 4);
}

TEST(Table4Model, CopyPasteAndDragMoveThroughMimeData)
{
    Fixture f;
    std::unique_ptr<QMimeData> mime(f.model.mimeData({f.cell(1, 0, 0), f.cell(1, 0, 3)}));
    ASSERT_TRUE(mime);
    EXPECT_EQ(mime->text(), QStringLiteral("quiz_mcq\t20\t\tonline_async\tCLO1;CLO2\tcontinuous\t40\n"));
    QString error;
    ASSERT_TRUE(f.model.paste(mime.get(), {1, -1}, &error));
    EXPECT_EQ(f.doc.slt().activity(1, 2), f.doc.slt().activity(1, 0));
    f.doc.undoStack()->undo();

    // Drag the quiz onto the first activity of unit 1: it lands before it, one undo step.
    EXPECT_FALSE(f.model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, f.cell(0, 0, 0)));
    EXPECT_EQ(f.doc.slt().activity(0, 0).type, QStringLiteral("quiz_mcq"));
    EXPECT_EQ(f.doc.slt().activityCount(1), 1);
    EXPECT_DOUBLE_EQ(f.doc.slt().totalHours(), kTotalMinutes / 60);
    f.doc.undoStack()->undo();
    EXPECT_EQ(f.doc.slt().table(), table4Course().table4);
    // A copy drop inserts.
    EXPECT_TRUE(f.model.dropMimeData(mime.get(), Qt::CopyAction, 1, 0, f.model.index(0, 0)));
    EXPECT_EQ(f.doc.slt().activity(0, 1).type, QStringLiteral("quiz_mcq"));
    EXPECT_EQ(f.doc.slt().activityCount(0), 3);
}

TEST(Table4Model, ReplacingTheTableResetsTheModel)
{
    Fixture f;
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    Table4 t;
    t.units = {{1, QStringLiteral("Only"), {act("slide", 8)}}};
    f.doc.undoStack()->push(new ReplaceTable4Command(&f.doc, t, QStringLiteral("Import")));
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(f.model.rowCount(), 1);
    EXPECT_EQ(f.model.rowCount(f.model.index(0, 0)), 1);
    f.doc.undoStack()->undo();
    EXPECT_EQ(f.model.rowCount(), 2);
}

TEST(SltPanelData, FiguresOfTheSampleCourse)
{
    CourseDocument doc(table4Course());
    const SltPanelData d = SltPanelData::from(doc);
    EXPECT_EQ(d.total.text, QStringLiteral("5.58 h"));
    EXPECT_TRUE(d.total.warning); // below 40 h
    EXPECT_DOUBLE_EQ(d.physicalHours, 75 / 60.0);
    EXPECT_DOUBLE_EQ(d.syncHours, 90 / 60.0);
    EXPECT_DOUBLE_EQ(d.independentHours, 170 / 60.0);
    // online = (90 + 170) / 335 = 77.6%: inside the SBL window.
    EXPECT_EQ(d.online.text, QStringLiteral("77.6 %"));
    EXPECT_TRUE(d.sbl);
    EXPECT_TRUE(d.onlineShareInWindow);
    EXPECT_EQ(d.weights.text, QStringLiteral("40 %"));
    EXPECT_TRUE(d.weights.warning);
    EXPECT_EQ(d.claimable.text, QStringLiteral("0"));
    ASSERT_EQ(d.units.size(), 2);
    EXPECT_EQ(d.units.at(1).label, QStringLiteral("Unit 2: Charts"));
    EXPECT_DOUBLE_EQ(d.units.at(1).hours, 170 / 60.0);
    ASSERT_EQ(d.clos.size(), 2);
    // CLO1: slides 75 + video 90 + half the quiz 40 = 205 min; CLO2: the other half, 40 min.
    EXPECT_DOUBLE_EQ(d.clos.at(0).hours, 205 / 60.0);
    EXPECT_DOUBLE_EQ(d.clos.at(1).hours, 40 / 60.0);
    EXPECT_FALSE(d.total.toolTip.isEmpty());
    EXPECT_FALSE(d.findings.isEmpty());
}

// The weight total is shown and judged to the hundredth, as the weight_total rule (1.5 f) judges it.
TEST(SltPanelData, WeightTotalToTheHundredth)
{
    auto withWeights = [](const QVector<double> &weights) {
        Course c = table4Course();
        QVector<Activity> quizzes;
        for (double w : weights)
            quizzes.append(act("quiz_mcq", 5, std::nullopt, DeliveryMode::OnlineAsync, AssessmentKind::Continuous, w));
        c.table4.units[1].activities = quizzes;
        return SltPanelData::from(CourseDocument(c));
    };
    // Thirds typed to nine places total 99.999999999: "100 %", no warning colour.
    SltPanelData d = withWeights({33.333333333, 33.333333333, 33.333333334});
    EXPECT_EQ(d.weights.text, QStringLiteral("100 %"));
    EXPECT_FALSE(d.weights.warning);
    d = withWeights({33.333333333, 33.333333333, 33.333333333});
    EXPECT_EQ(d.weights.text, QStringLiteral("100 %"));
    EXPECT_FALSE(d.weights.warning);
    // Six weights of 3.33 and one of 80: 99.98 %, shown as such and in the warning colour.
    d = withWeights({3.33, 3.33, 3.33, 3.33, 3.33, 3.33, 80});
    EXPECT_EQ(d.weights.text, QStringLiteral("99.98 %"));
    EXPECT_TRUE(d.weights.warning);
    // 100.01 is over.
    d = withWeights({50, 50.01});
    EXPECT_EQ(d.weights.text, QStringLiteral("100.01 %"));
    EXPECT_TRUE(d.weights.warning);
    d = withWeights({60, 40});
    EXPECT_EQ(d.weights.text, QStringLiteral("100 %"));
    EXPECT_FALSE(d.weights.warning);
}

TEST(RateTableModel, ShowsEveryTypeWithItsRange)
{
    RateTableModel model(builtinRateTable());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), builtinRateTable().rates().size());
    EXPECT_EQ(model.index(0, RateTableModel::KeyColumn).data().toString(), QStringLiteral("slide"));
    EXPECT_EQ(model.index(0, RateTableModel::RateColumn).data().toString(), QStringLiteral("5–10"));
    EXPECT_EQ(model.index(0, RateTableModel::DefaultColumn).data().toString(), QStringLiteral("7.5"));
    const int last = model.rowCount() - 1; // "other"
    EXPECT_EQ(model.index(last, RateTableModel::RateColumn).data().toString(), QStringLiteral("given per activity"));
    EXPECT_EQ(model.index(last, RateTableModel::DefaultColumn).data().toString(), QString());
}

// The application form's item models over a CourseDocument: every edit is one undo step, rows
// follow the document, and QAbstractItemModelTester finds nothing wrong.
#include "compliancemodel.h"
#include "coursedocument.h"
#include "coursefieldsmodel.h"
#include "courserecordmodel.h"
#include "itemroles.h"
#include "samplecourse.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace mcs;
using mcs::test::sampleCourse;
using L = CourseDocument::RecordList;

namespace {
ComplianceContext context()
{
    return {{}, builtinBloomVerbs()};
}
} // namespace

TEST(CourseFieldsModel, EditsPushOneUndoStepPerFieldAndConvertWidgetValues)
{
    CourseDocument doc(sampleCourse());
    CourseFieldsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 1);
    ASSERT_EQ(model.columnCount(), int(allCourseFields().size()));
    const QModelIndex title = model.index(0, CourseFieldsModel::columnOf(CourseField::Title));
    EXPECT_EQ(model.data(title).toString(), doc.course().title);
    EXPECT_EQ(model.headerData(title.column(), Qt::Horizontal).toString(), QStringLiteral("MC title"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(title, QStringLiteral("Micro-Credential in Charts")));
    EXPECT_EQ(doc.course().title, QStringLiteral("Micro-Credential in Charts"));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex(), title);
    // The same value again is no step.
    ASSERT_TRUE(model.setData(title, QStringLiteral("Micro-Credential in Charts")));
    EXPECT_EQ(doc.undoStack()->count(), 1);

    // Fee: MYR on the widget, sen in the course.
    const QModelIndex fee = model.index(0, CourseFieldsModel::columnOf(CourseField::FeeSen));
    EXPECT_DOUBLE_EQ(model.data(fee, Qt::EditRole).toDouble(), 350.0);
    ASSERT_TRUE(model.setData(fee, 412.5));
    EXPECT_EQ(doc.course().feeSen, 41250);
    // Enumerations: the combo box index.
    const QModelIndex kind = model.index(0, CourseFieldsModel::columnOf(CourseField::Kind));
    EXPECT_EQ(model.data(kind, Qt::EditRole).toInt(), int(CourseKind::AccreditedCourse));
    ASSERT_TRUE(model.setData(kind, int(CourseKind::StandAlone)));
    EXPECT_EQ(doc.course().kind, CourseKind::StandAlone);
    EXPECT_EQ(doc.undoStack()->count(), 3);
    // A value of the wrong type is refused.
    EXPECT_FALSE(model.setData(model.index(0, CourseFieldsModel::columnOf(CourseField::MqfLevel)), QStringLiteral("six")));

    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_TRUE(doc.course() == CourseDocument(sampleCourse()).course());
    EXPECT_EQ(model.data(title).toString(), sampleCourse().title);
}

TEST(CourseRecordModel, AddEditRemoveAndReorderThroughTheUndoStack)
{
    CourseDocument doc(sampleCourse());
    CourseRecordModel clos(&doc, L::Clos);
    QAbstractItemModelTester tester(&clos, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int n = doc.recordCount(L::Clos);
    ASSERT_GE(n, 2);
    ASSERT_EQ(clos.rowCount(), n);
    EXPECT_EQ(clos.columnCount(), 4);

    ASSERT_TRUE(clos.insertRows(n, 1));
    EXPECT_EQ(clos.rowCount(), n + 1);
    EXPECT_EQ(doc.clo(n).code, QStringLiteral("CLO%1").arg(n + 1));
    ASSERT_TRUE(clos.setData(clos.index(n, 1), QStringLiteral("Design a dashboard.")));
    EXPECT_EQ(doc.clo(n).statement, QStringLiteral("Design a dashboard."));
    EXPECT_EQ(clos.data(clos.index(n, 1)).toString(), QStringLiteral("Design a dashboard."));

    const QString first = doc.clo(0).code;
    ASSERT_TRUE(clos.moveRows({}, 0, 1, {}, 2)); // first row below the second
    EXPECT_EQ(doc.clo(1).code, first);
    EXPECT_EQ(clos.data(clos.index(1, 0)).toString(), first);
    EXPECT_FALSE(clos.moveRows({}, 0, 1, {}, 1)); // onto itself

    ASSERT_TRUE(clos.removeRows(0, 2));
    EXPECT_EQ(clos.rowCount(), n - 1);
    EXPECT_EQ(doc.undoStack()->count(), 4);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    EXPECT_EQ(clos.rowCount(), n);
    EXPECT_TRUE(doc.course().clos == sampleCourse().clos);
    EXPECT_EQ(clos.data(clos.index(0, 0)).toString(), first);
}

TEST(CourseRecordModel, AssessmentKindAndWeight)
{
    CourseDocument doc(sampleCourse());
    CourseRecordModel model(&doc, L::Assessment);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), 3);
    ASSERT_TRUE(model.insertRows(0, 2));
    EXPECT_EQ(doc.undoStack()->count(), 1); // two rows, one step
    ASSERT_TRUE(model.setData(model.index(0, 1), 1));
    EXPECT_EQ(doc.assessment(0).kind, AssessmentComponent::Kind::Final);
    EXPECT_EQ(model.data(model.index(0, 1)).toString(), QStringLiteral("Final"));
    ASSERT_TRUE(model.setData(model.index(0, 1), QStringLiteral("continuous")));
    EXPECT_EQ(doc.assessment(0).kind, AssessmentComponent::Kind::Continuous);
    ASSERT_TRUE(model.setData(model.index(1, 2), 12.5));
    EXPECT_DOUBLE_EQ(doc.assessment(1).weight, 12.5);
    EXPECT_FALSE(model.setData(model.index(1, 2), -3));
    EXPECT_FALSE(model.setData(model.index(1, 1), 7));

    CourseRecordModel lecturers(&doc, L::Lecturers);
    QAbstractItemModelTester tester2(&lecturers, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(lecturers.setData(lecturers.index(0, 3), QStringLiteral("SME")));
    EXPECT_EQ(doc.lecturer(0).role, QStringLiteral("SME"));
    EXPECT_EQ(lecturers.rowCount(), doc.recordCount(L::Lecturers)); // the other list is untouched by the assessment rows
}

TEST(ComplianceModel, FindingsFollowEditsAndUndo)
{
    CourseDocument doc(sampleCourse());
    CourseFieldsModel fields(&doc);
    ComplianceModel model(&doc, context());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();
    const int errorsBefore = model.count(ComplianceSeverity::Error);
    QSignalSpy spy(&model, &ComplianceModel::findingsChanged);

    ASSERT_TRUE(fields.setData(fields.index(0, CourseFieldsModel::columnOf(CourseField::Code)), QStringLiteral("TMN4031X")));
    // Not MC-shaped, and not derived from the original code TMN4031: two findings.
    ASSERT_EQ(model.rowCount(), before + 2);
    EXPECT_EQ(model.count(ComplianceSeverity::Error), errorsBefore + 2);
    EXPECT_EQ(spy.count(), 1);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.data(model.index(i, 0), ComplianceRuleRole).toString() == QLatin1String("code_format"))
            row = i;
    ASSERT_GE(row, 0);
    EXPECT_EQ(model.data(model.index(row, ComplianceModel::SectionColumn)).toString(), QStringLiteral("1.5 e"));
    EXPECT_EQ(model.data(model.index(row, ComplianceModel::SeverityColumn)).toString(), QStringLiteral("Error"));
    EXPECT_EQ(model.data(model.index(row, 0), ComplianceFieldRole).toInt(), int(CourseField::Code));
    EXPECT_EQ(model.finding(row).rule, QStringLiteral("code_format"));

    doc.undoStack()->undo();
    EXPECT_EQ(model.rowCount(), before);
    EXPECT_EQ(spy.count(), 2);
    // An edit that changes no finding does not reset the rows.
    ASSERT_TRUE(fields.setData(fields.index(0, CourseFieldsModel::columnOf(CourseField::Promotion)), QStringLiteral("Radio")));
    EXPECT_EQ(spy.count(), 2);
}

#include "builtinrates.h"
#include "coursecommands.h"
#include "coursedocument.h"
#include "courserepository.h"
#include "samplecourse.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace mcs;
using mcs::test::sampleCourse;

namespace {
// An independent full recompute of a course's Table 4, to check the document's running sums.
double recomputedHours(const Course &c)
{
    SltCalculator fresh(builtinRateTable());
    fresh.setTable(c.table4);
    return fresh.totalHours();
}
} // namespace

TEST(CourseDocument, TypingIntoOneFieldIsOneUndoStep)
{
    CourseDocument doc(sampleCourse());
    QSignalSpy changed(&doc, &CourseDocument::fieldChanged);
    QSignalSpy modified(&doc, &CourseDocument::modifiedChanged);
    const QString original = doc.course().title;
    for (const char *text : {"Micro-Credential in D", "Micro-Credential in Da", "Micro-Credential in Data"})
        doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::Title, QString::fromLatin1(text)));
    EXPECT_EQ(doc.course().title, QStringLiteral("Micro-Credential in Data"));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.last().at(0).value<CourseField>(), CourseField::Title);
    EXPECT_TRUE(doc.isModified());
    ASSERT_EQ(modified.count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.course().title, original);
    EXPECT_FALSE(doc.isModified());
}

TEST(CourseDocument, TypingBackToTheOriginalLeavesNothingToUndo)
{
    CourseDocument doc(sampleCourse());
    const int level = doc.course().mqfLevel;
    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::MqfLevel, level + 1));
    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::MqfLevel, level));
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_FALSE(doc.isModified());
}

TEST(CourseDocument, DifferentFieldsAreSeparateSteps)
{
    CourseDocument doc(sampleCourse());
    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::Title, QStringLiteral("Micro-Credential in X")));
    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::CreditValue, 2.0));
    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::Delivery, QVariant::fromValue(CourseDelivery::Sbl)));
    EXPECT_EQ(doc.undoStack()->count(), 3);
    EXPECT_EQ(doc.course().delivery, CourseDelivery::Sbl);
    EXPECT_EQ(doc.course().creditValue, 2.0);
}

TEST(CourseDocument, RecordListEditsUndoToTheOriginalCourse)
{
    const Course original = sampleCourse();
    CourseDocument doc(original);
    QSignalSpy inserted(&doc, &CourseDocument::recordInserted);
    Clo clo{QStringLiteral("CLO9"), QStringLiteral("Design a dashboard for a given audience"), QStringLiteral("cognitive"),
            QStringLiteral("C6")};
    auto *stack = doc.undoStack();
    stack->push(new InsertRecordCommand(&doc, CourseDocument::RecordList::Clos, 0, QVariant::fromValue(clo)));
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(doc.clo(0).code, QStringLiteral("CLO9"));
    clo.level = QStringLiteral("C5");
    stack->push(new SetRecordCommand(&doc, CourseDocument::RecordList::Clos, 0, QVariant::fromValue(clo)));
    stack->push(new MoveRecordCommand(&doc, CourseDocument::RecordList::Clos, 0, doc.recordCount(CourseDocument::RecordList::Clos) - 1));
    EXPECT_EQ(doc.course().clos.last().level, QStringLiteral("C5"));
    stack->push(new RemoveRecordCommand(&doc, CourseDocument::RecordList::Lecturers, 0));
    EXPECT_EQ(doc.course().lecturers.size(), original.lecturers.size() - 1);
    while (stack->canUndo())
        stack->undo();
    EXPECT_TRUE(doc.snapshot() == original);
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(doc.course().clos.last().code, QStringLiteral("CLO9"));
}

TEST(CourseDocument, Table4EditsKeepTotalsExactThroughUndoAndRedo)
{
    const Course original = sampleCourse(QStringLiteral("MC001"), 3, 4);
    CourseDocument doc(original);
    QSignalSpy slt(&doc, &CourseDocument::sltChanged);
    const double before = doc.slt().totalHours();
    EXPECT_DOUBLE_EQ(before, recomputedHours(original));
    auto *stack = doc.undoStack();

    Activity a = doc.slt().activity(0, 0);
    a.quantity += 10;
    stack->push(new SetActivityCommand(&doc, 0, 0, a));
    a.quantity += 5;
    stack->push(new SetActivityCommand(&doc, 0, 0, a)); // merges with the previous edit
    EXPECT_EQ(stack->count(), 1);
    stack->push(new InsertUnitCommand(&doc, 3, LearningUnit{4, QStringLiteral("Week 4: Review"), {}}));
    Activity quiz;
    quiz.type = QStringLiteral("quiz_mcq");
    quiz.quantity = 20;
    quiz.assessment = AssessmentKind::Continuous;
    quiz.weight = 10;
    stack->push(new InsertActivityCommand(&doc, 3, 0, quiz));
    stack->push(new MoveActivityCommand(&doc, 1, 0, 3, 1));
    stack->push(new RemoveUnitCommand(&doc, 2));
    stack->push(new SetUnitHeaderCommand(&doc, 0, 1, QStringLiteral("Week 1: Seeing data")));
    EXPECT_EQ(slt.count(), 8); // one per change; the move is a removal and an insertion
    // 20 questions at the 3-5 min midpoint of 4 min = 80 min.
    EXPECT_DOUBLE_EQ(doc.slt().activityHours(2, 0), 80.0 / 60.0);
    EXPECT_DOUBLE_EQ(doc.slt().totalHours(), recomputedHours(doc.snapshot()));

    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(doc.slt().totalHours(), before) << "exactly, not approximately";
    EXPECT_TRUE(doc.snapshot().table4 == original.table4);
    while (stack->canRedo())
        stack->redo();
    EXPECT_DOUBLE_EQ(doc.slt().totalHours(), recomputedHours(doc.snapshot()));
    EXPECT_EQ(doc.slt().unit(0).title, QStringLiteral("Week 1: Seeing data"));
}

TEST(CourseDocument, ReplacingTable4IsOneStep)
{
    const Course original = sampleCourse(QStringLiteral("MC002"), 2, 3);
    CourseDocument doc(original);
    QSignalSpy reset(&doc, &CourseDocument::table4Reset);
    doc.undoStack()->push(new ReplaceTable4Command(&doc, Table4{}, QStringLiteral("Import CSV")));
    EXPECT_EQ(doc.slt().unitCount(), 0);
    EXPECT_EQ(doc.slt().totalHours(), 0.0);
    EXPECT_EQ(reset.count(), 1);
    doc.undoStack()->undo();
    EXPECT_TRUE(doc.snapshot().table4 == original.table4);
}

class CourseDocumentSaving : public mcs::test::BackendTest
{
};

TEST_P(CourseDocumentSaving, SavingMakesTheDocumentCleanAndAConflictKeepsTheEdits)
{
    auto db = open();
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course stored = sampleCourse();
    ASSERT_TRUE(repo.save(&stored, QStringLiteral("lecturer")).ok());

    CourseDocument doc(stored);
    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::Synopsis, QStringLiteral("A new synopsis")));
    const StoreResult first = doc.save(repo, QStringLiteral("lecturer"));
    ASSERT_TRUE(first.ok()) << first.message.toStdString();
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.course().rowVersion, stored.rowVersion + 1);

    // Someone else saves the same course from another connection.
    auto other = open();
    CourseRepository otherRepo(*other);
    QString error;
    auto theirs = otherRepo.load(stored.id, &error);
    ASSERT_TRUE(theirs) << error.toStdString();
    theirs->promotion = QStringLiteral("Their promotion plan");
    ASSERT_TRUE(otherRepo.save(&*theirs, QStringLiteral("officer")).ok());

    doc.undoStack()->push(new SetFieldCommand(&doc, CourseField::Promotion, QStringLiteral("My promotion plan")));
    const StoreResult conflict = doc.save(repo, QStringLiteral("lecturer"));
    EXPECT_EQ(conflict.status, StoreResult::Status::Conflict);
    EXPECT_TRUE(conflict.message.contains(stored.code)) << conflict.message.toStdString();
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.course().promotion, QStringLiteral("My promotion plan"));
    EXPECT_EQ(otherRepo.load(stored.id, &error)->promotion, QStringLiteral("Their promotion plan"));
}

MCS_INSTANTIATE_BACKENDS(CourseDocumentSaving);

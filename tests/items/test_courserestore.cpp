// Restoring a recovered copy is one undo step that makes the open course equal to the copy.
#include "coursedocument.h"
#include "courserestore.h"
#include "samplecourse.h"

#include <gtest/gtest.h>

#include <QUndoStack>

using namespace mcs;

TEST(CourseRestore, OneStepToTheRecoveredCopyAndBack)
{
    const Course original = test::sampleCourse();
    CourseDocument doc(original);
    Course target = original;
    target.title = QStringLiteral("Micro-Credential in Charts");
    target.marketSurvey.respondents = 12;
    target.clos.removeFirst();
    target.lecturers.append({QStringLiteral("Dr. Wong"), QStringLiteral("S9"), QStringLiteral("s9@unimas.my"),
                             QStringLiteral("SME")});
    target.assessment[0].weight = 25;
    ASSERT_GE(target.table4.units.size(), 2);
    target.table4.units.removeLast();
    ASSERT_FALSE(target.milestones.isEmpty());
    target.milestones[0].notes = QStringLiteral("Recovered note");

    doc.undoStack()->push(makeRestoreCommand(&doc, target));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_TRUE(doc.isModified());
    Course now = doc.snapshot();
    now.table4.rateTableVersion = target.table4.rateTableVersion;
    EXPECT_TRUE(now == target);

    doc.undoStack()->undo();
    Course back = doc.snapshot();
    back.table4.rateTableVersion = original.table4.rateTableVersion;
    EXPECT_TRUE(back == original);
    EXPECT_FALSE(doc.isModified());
}

TEST(CourseRestore, NothingDifferentIsAnEmptyStep)
{
    CourseDocument doc(test::sampleCourse());
    QUndoCommand *step = makeRestoreCommand(&doc, doc.snapshot());
    EXPECT_EQ(step->childCount(), 0);
    delete step;
}

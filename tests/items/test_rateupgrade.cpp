// Upgrading a course to a newer SLT rate table is one undo step: the totals move as computed by
// hand, undo restores them exactly, redo brings the new ones back, and the Table 4 model follows.
#include "builtinrates.h"
#include "coursecommands.h"
#include "coursedocument.h"
#include "sltfigures.h"
#include "table4fixture.h"
#include "table4model.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace mcs;

namespace {

// Version 2: slides 6-12 min (default 8), reading default 9 of 5-10, video 4-6 min.
RateTable version2()
{
    QVector<ActivityRate> rates = builtinRateTable().rates();
    for (ActivityRate &r : rates) {
        if (r.key == QLatin1String("slide")) {
            r.min = 6;
            r.max = 12;
            r.preferred = 8;
        } else if (r.key == QLatin1String("reading")) {
            r.preferred = 9;
        } else if (r.key == QLatin1String("video")) {
            r.min = 4;
            r.max = 6;
        }
    }
    return *builtinRateTable().newVersion(2, rates);
}

} // namespace

TEST(RateUpgrade, IsOneUndoStepThatRestoresTheExactTotals)
{
    CourseDocument doc(test::table4Course());
    Table4Model model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const SltFigures before = sltFigures(doc.slt());
    // Unit 1: 10 slides x 7.5 + 30 min video x 3 = 165 min; unit 2: 20 MCQ x 4 + 12 pages x 7.5 = 170 min.
    EXPECT_EQ(before.rateTableVersion, 1);
    EXPECT_EQ(before.unitHours, (QVector<double>{165.0 / 60, 170.0 / 60}));
    EXPECT_DOUBLE_EQ(before.totalHours, 335.0 / 60);
    // Weights 40% not 100%, no final, unit 1 without assessment, under 40 h.
    EXPECT_EQ(before.findingCount, 4);

    const RateTable v2 = version2();
    const SltFigures preview = sltFigures(doc.slt().table(), v2);
    QSignalSpy rates(&doc, &CourseDocument::ratesChanged);
    QSignalSpy slt(&doc, &CourseDocument::sltChanged);
    doc.undoStack()->push(new ChangeRateTableCommand(&doc, v2));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Use SLT rate table version 2"));
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(rates.count(), 1);
    EXPECT_EQ(slt.count(), 1);

    // Unit 1: 10 x 8 + 30 x 3 (the chosen rate stays) = 170 min; unit 2: 20 x 4 + 12 x 9 = 188 min.
    const SltFigures after = sltFigures(doc.slt());
    EXPECT_TRUE(after == preview);
    EXPECT_EQ(after.rateTableVersion, 2);
    EXPECT_EQ(doc.snapshot().table4.rateTableVersion, 2);
    EXPECT_EQ(after.unitHours, (QVector<double>{170.0 / 60, 188.0 / 60}));
    EXPECT_DOUBLE_EQ(after.totalHours, 358.0 / 60);
    EXPECT_EQ(after.findingCount, 5); // and the chosen 3 min per video minute is now outside 4-6
    EXPECT_EQ(model.index(0, 0).data(Qt::DisplayRole).isValid(), true);

    doc.undoStack()->undo();
    EXPECT_TRUE(sltFigures(doc.slt()) == before); // exact, not approximately
    EXPECT_TRUE(doc.slt().rates() == builtinRateTable());
    EXPECT_EQ(doc.snapshot().table4.rateTableVersion, 1);
    EXPECT_FALSE(doc.isModified());

    doc.undoStack()->redo();
    EXPECT_TRUE(sltFigures(doc.slt()) == after);
    EXPECT_TRUE(doc.slt().rates() == v2);
}

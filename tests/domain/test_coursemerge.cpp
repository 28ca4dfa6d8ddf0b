#include "coursemerge.h"
#include "samplecourse.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {

QStringList itemKeys(const CourseMerge &merge)
{
    QStringList keys;
    for (const MergeItem &i : merge.items())
        keys << i.key;
    return keys;
}

} // namespace

TEST(CourseMerge, ChangesOnDifferentPartsMergeWithoutConflict)
{
    const Course base = test::sampleCourse();
    Course mine = base;
    mine.synopsis = QStringLiteral("Visual encoding, colour and dashboards.");
    mine.clos[1].statement = QStringLiteral("Build an interactive dashboard.");
    Course theirs = base;
    theirs.id = 42;
    theirs.rowVersion = 5;
    theirs.milestones[4].actualCompletion = QDate(2026, 11, 20);
    theirs.status = ApprovalStatus::VettedBySme;

    const CourseMerge merge(base, mine, theirs);
    EXPECT_EQ(itemKeys(merge), (QStringList{QStringLiteral("synopsis"), QStringLiteral("status"), QStringLiteral("clos"),
                                            QStringLiteral("milestones[5]")}));
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_TRUE(merge.mineChanged());
    EXPECT_TRUE(merge.theirsChanged());
    const auto merged = merge.result({});
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->id, 42);
    EXPECT_EQ(merged->rowVersion, 5);
    EXPECT_EQ(merged->synopsis, mine.synopsis);
    EXPECT_EQ(merged->clos, mine.clos);
    EXPECT_EQ(merged->status, ApprovalStatus::VettedBySme);
    EXPECT_EQ(merged->milestones, theirs.milestones);
    Course expected = theirs;
    expected.synopsis = mine.synopsis;
    expected.clos = mine.clos;
    EXPECT_TRUE(*merged == expected);
}

TEST(CourseMerge, BothChangingOnePartDifferentlyIsAConflictDecidedPerPart)
{
    const Course base = test::sampleCourse();
    Course mine = base;
    mine.title = QStringLiteral("Micro-Credential in Dashboards");
    mine.feeSen = 30000;
    mine.table4.units[0].activities[1].quantity = 40;
    mine.justification = QStringLiteral("Same on both sides");
    Course theirs = base;
    theirs.title = QStringLiteral("Micro-Credential in Visual Analytics");
    theirs.feeSen = 45000;
    theirs.table4.units[2].title = QStringLiteral("Storytelling");
    theirs.justification = QStringLiteral("Same on both sides");
    theirs.language = QStringLiteral("Bahasa Melayu");

    const CourseMerge merge(base, mine, theirs);
    // Table 4 merges unit by unit: my unit 1 and the server's unit 3 are no conflict.
    EXPECT_EQ(merge.conflictKeys(), (QStringList{QStringLiteral("title"), QStringLiteral("fee_sen")}));
    EXPECT_EQ(itemKeys(merge), (QStringList{QStringLiteral("title"), QStringLiteral("language"), QStringLiteral("fee_sen"),
                                            QStringLiteral("justification"), QStringLiteral("table4.units[base1]"),
                                            QStringLiteral("table4.units[base3]")}));
    const MergeItem &unit1 = merge.items()[4];
    EXPECT_FALSE(unit1.conflict);
    ASSERT_EQ(unit1.mineChanges.size(), 1);
    EXPECT_EQ(unit1.mineChanges[0].key, QStringLiteral("table4.units[0].activities[1].quantity"));
    EXPECT_EQ(unit1.mineChanges[0].newValue, QStringLiteral("40"));
    EXPECT_TRUE(unit1.theirsChanges.isEmpty());
    const MergeItem &unit3 = merge.items()[5];
    EXPECT_FALSE(unit3.conflict);
    EXPECT_TRUE(unit3.mineChanges.isEmpty());
    ASSERT_EQ(unit3.theirsChanges.size(), 1);
    EXPECT_EQ(unit3.theirsChanges[0].key, QStringLiteral("table4.units[2].title"));
    const MergeItem &justification = merge.items()[3];
    EXPECT_TRUE(justification.mineChanged && justification.theirsChanged);
    EXPECT_FALSE(justification.conflict);

    // Without a choice for every conflict nothing comes out.
    QStringList unresolved;
    EXPECT_FALSE(merge.result({{QStringLiteral("title"), MergeSide::Mine}}, &unresolved));
    EXPECT_EQ(unresolved, (QStringList{QStringLiteral("fee_sen")}));

    const auto merged = merge.result({{QStringLiteral("title"), MergeSide::Mine}, {QStringLiteral("fee_sen"), MergeSide::Theirs}});
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->title, mine.title);
    EXPECT_EQ(merged->feeSen, 45000);
    Table4 both = base.table4;
    both.units[0] = mine.table4.units[0];
    both.units[2] = theirs.table4.units[2];
    EXPECT_EQ(merged->table4, both);
    EXPECT_EQ(merged->language, QStringLiteral("Bahasa Melayu")); // theirs alone: kept
    EXPECT_EQ(merged->justification, QStringLiteral("Same on both sides"));

    const Course allMine = merge.resultAll(MergeSide::Mine);
    EXPECT_EQ(allMine.feeSen, 30000);
    EXPECT_EQ(allMine.language, QStringLiteral("Bahasa Melayu"));
    EXPECT_EQ(allMine.table4, both);
    const Course allTheirs = merge.resultAll(MergeSide::Theirs);
    EXPECT_EQ(allTheirs.title, theirs.title);
    EXPECT_EQ(allTheirs.table4, both);
}

TEST(CourseMerge, MilestonesMergeOneByOne)
{
    const Course base = test::sampleCourse();
    Course mine = base;
    mine.milestones[0].notes = QStringLiteral("mine");
    Course theirs = base;
    theirs.milestones[0].notes = QStringLiteral("theirs");
    theirs.milestones.removeLast(); // milestone 8 removed on the server
    const CourseMerge merge(base, mine, theirs);
    EXPECT_EQ(itemKeys(merge), (QStringList{QStringLiteral("milestones[1]"), QStringLiteral("milestones[8]")}));
    EXPECT_EQ(merge.conflictKeys(), QStringList{QStringLiteral("milestones[1]")});
    const Course merged = merge.resultAll(MergeSide::Mine);
    ASSERT_EQ(merged.milestones.size(), 7);
    EXPECT_EQ(merged.milestones[0].notes, QStringLiteral("mine"));
    EXPECT_EQ(merged.milestones.last().number, 7);
}

TEST(CourseMerge, NothingChangedOnEitherSide)
{
    const Course base = test::sampleCourse();
    const CourseMerge merge(base, base, base);
    EXPECT_TRUE(merge.items().isEmpty());
    EXPECT_FALSE(merge.mineChanged());
    EXPECT_FALSE(merge.theirsChanged());
}

// Check-in merges Table 4 unit by unit (issue 9 "Offline check-out"). The base table has five
// units with one activity each, at rates chosen so that every total is a whole number of minutes:
//   1 Foundations      video 30 min × 3 min/min   =  90 min
//   2 Visual encoding  reading 10 pages × 6       =  60 min
//   3 Colour           slide 12 × 5               =  60 min
//   4 Dashboards       video 50 min × 3           = 150 min
//   5 Storytelling     quiz_mcq 10 questions × 3  =  30 min
//                                          total    390 min = 6.5 h
#include "builtinrates.h"
#include "coursemerge.h"
#include "sltcalculator.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

Activity activity(const char *type, double quantity, double rate)
{
    Activity a;
    a.type = S(type);
    a.quantity = quantity;
    a.rate = rate;
    a.clos = {S("CLO1")};
    return a;
}

LearningUnit unit(int number, const char *title, QVector<Activity> activities)
{
    return {number, S(title), std::move(activities)};
}

Course baseCourse()
{
    Course c;
    c.code = S("MC042");
    c.title = S("Micro-Credential in Data Storytelling");
    c.table4.rateTableVersion = 1;
    c.table4.units = {unit(1, "Foundations", {activity("video", 30, 3)}),
                      unit(2, "Visual encoding", {activity("reading", 10, 6)}),
                      unit(3, "Colour", {activity("slide", 12, 5)}),
                      unit(4, "Dashboards", {activity("video", 50, 3)}),
                      unit(5, "Storytelling", {activity("quiz_mcq", 10, 3)})};
    return c;
}

// Numbers follow positions, as the editor keeps them after a unit is inserted or moved.
void renumber(Course *c)
{
    for (int i = 0; i < c->table4.units.size(); ++i)
        c->table4.units[i].number = i + 1;
}

QStringList keys(const QVector<MergeItem> &items)
{
    QStringList out;
    for (const MergeItem &i : items)
        out << i.key;
    return out;
}

QStringList titles(const Course &c)
{
    QStringList out;
    for (const LearningUnit &u : c.table4.units)
        out << QStringLiteral("%1 %2").arg(u.number).arg(u.title);
    return out;
}

double totalHours(const Course &c)
{
    SltCalculator slt(builtinRateTable());
    slt.setTable(c.table4);
    return slt.totalHours();
}

const MergeItem &itemNamed(const CourseMerge &merge, const QString &key)
{
    for (const MergeItem &i : merge.items())
        if (i.key == key)
            return i;
    static const MergeItem none;
    ADD_FAILURE() << "no item " << key.toStdString();
    return none;
}

} // namespace

TEST(CourseMergeUnits, TheBaseTableTotalsSixAndAHalfHours)
{
    EXPECT_EQ(totalHours(baseCourse()), 6.5);
}

TEST(CourseMergeUnits, EditsToDifferentUnitsMergeWithoutConflict)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units[1].activities[0].quantity = 15; // unit 2: 15 pages × 6 = 90 min (+30)
    Course theirs = base;
    theirs.table4.units[4].activities.append(activity("forum", 15, 2)); // unit 5: + 30 min

    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.units[base2]"), S("table4.units[base5]")}));
    const MergeItem &two = merge.items()[0];
    EXPECT_EQ(two.label, S("Table 4 – Unit 2: Visual encoding"));
    EXPECT_TRUE(two.mineChanged);
    EXPECT_FALSE(two.theirsChanged);
    ASSERT_EQ(two.mineChanges.size(), 1);
    EXPECT_EQ(two.mineChanges[0].key, S("table4.units[1].activities[0].quantity"));
    EXPECT_EQ(two.mineChanges[0].oldValue, S("10"));
    EXPECT_EQ(two.mineChanges[0].newValue, S("15"));
    EXPECT_EQ(two.mineChanges[0].label, S("activity 1 · Quantity")); // the part names the unit
    const MergeItem &five = merge.items()[1];
    EXPECT_EQ(five.label, S("Table 4 – Unit 5: Storytelling"));
    EXPECT_FALSE(five.mineChanged);
    ASSERT_EQ(five.theirsChanges.size(), 1);
    EXPECT_EQ(five.theirsChanges[0].kind, CourseChange::Kind::Added);
    EXPECT_EQ(five.theirsChanges[0].key, S("table4.units[4].activities[1]"));
    EXPECT_EQ(five.theirsChanges[0].label, S("activity 2"));

    const auto merged = merge.result({});
    ASSERT_TRUE(merged);
    Course expected = base;
    expected.table4.units[1] = mine.table4.units[1];
    expected.table4.units[4] = theirs.table4.units[4];
    EXPECT_EQ(merged->table4, expected.table4);
    SltCalculator slt(builtinRateTable());
    slt.setTable(merged->table4);
    EXPECT_EQ(slt.unitHours(1), 1.5);
    EXPECT_EQ(slt.unitHours(4), 1.0);
    EXPECT_EQ(slt.totalHours(), 7.5); // 390 + 30 + 30 min
    // Forcing either side changes nothing: there is no conflict to decide.
    EXPECT_EQ(merge.resultAll(MergeSide::Mine).table4, expected.table4);
    EXPECT_EQ(merge.resultAll(MergeSide::Theirs).table4, expected.table4);
}

TEST(CourseMergeUnits, OneUnitEditedDifferentlyIsExactlyOneConflict)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units[2].activities[0].quantity = 18; // 18 slides × 5 = 90 min
    mine.table4.units[0].activities[0].quantity = 40; // unit 1 too: 40 × 3 = 120 min, mine alone
    Course theirs = base;
    theirs.table4.units[2].activities[0].rate = 10; // 12 slides × 10 = 120 min

    const CourseMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictKeys(), QStringList{S("table4.units[base3]")});
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.units[base1]"), S("table4.units[base3]")}));
    const MergeItem &colour = itemNamed(merge, S("table4.units[base3]"));
    EXPECT_EQ(colour.label, S("Table 4 – Unit 3: Colour"));
    ASSERT_EQ(colour.mineChanges.size(), 1);
    EXPECT_EQ(colour.mineChanges[0].key, S("table4.units[2].activities[0].quantity"));
    ASSERT_EQ(colour.theirsChanges.size(), 1);
    EXPECT_EQ(colour.theirsChanges[0].key, S("table4.units[2].activities[0].rate"));
    EXPECT_EQ(colour.theirsChanges[0].newValue, S("10"));

    QStringList unresolved;
    EXPECT_FALSE(merge.result({}, &unresolved));
    EXPECT_EQ(unresolved, QStringList{S("table4.units[base3]")});

    const auto keepMine = merge.result({{S("table4.units[base3]"), MergeSide::Mine}});
    ASSERT_TRUE(keepMine);
    EXPECT_EQ(keepMine->table4.units[2].activities, (QVector<Activity>{activity("slide", 18, 5)}));
    EXPECT_EQ(keepMine->table4.units[0], mine.table4.units[0]);
    EXPECT_EQ(totalHours(*keepMine), 7.5); // 390 + 30 (unit 1) + 30 (unit 3)

    const auto keepTheirs = merge.result({{S("table4.units[base3]"), MergeSide::Theirs}});
    ASSERT_TRUE(keepTheirs);
    EXPECT_EQ(keepTheirs->table4.units[2].activities, (QVector<Activity>{activity("slide", 12, 10)}));
    EXPECT_EQ(keepTheirs->table4.units[0], mine.table4.units[0]); // not in conflict: mine is kept
    EXPECT_EQ(totalHours(*keepTheirs), 8.0); // 390 + 30 + 60
}

TEST(CourseMergeUnits, AUnitChangedIdenticallyOnBothSidesIsNoConflict)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units[3].title = S("Interactive dashboards");
    mine.table4.units[3].activities[0].quantity = 60;
    Course theirs = mine;
    theirs.rowVersion = 9;
    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    ASSERT_EQ(keys(merge.items()), QStringList{S("table4.units[base4]")});
    EXPECT_TRUE(merge.items()[0].mineChanged && merge.items()[0].theirsChanged);
    EXPECT_EQ(merge.items()[0].label, S("Table 4 – Unit 4: Interactive dashboards"));
    EXPECT_EQ(merge.result({})->table4, mine.table4);
}

TEST(CourseMergeUnits, UnitsAddedOnBothSidesBothSurvive)
{
    const Course base = baseCourse();
    Course mine = base; // "Ethics" inserted after unit 3
    mine.table4.units.insert(3, unit(0, "Ethics", {activity("reading", 5, 6)})); // 30 min
    renumber(&mine);
    Course theirs = base; // "Case studies" appended
    theirs.table4.units.append(unit(6, "Case studies", {activity("video", 20, 3)})); // 60 min

    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.units[mine4]"), S("table4.units[theirs6]")}));
    EXPECT_EQ(merge.items()[0].label, S("Table 4 – Unit 4: Ethics"));
    ASSERT_EQ(merge.items()[0].mineChanges.size(), 1);
    EXPECT_EQ(merge.items()[0].mineChanges[0].kind, CourseChange::Kind::Added);
    EXPECT_EQ(merge.items()[1].label, S("Table 4 – Unit 6: Case studies"));
    const auto merged = merge.result({});
    ASSERT_TRUE(merged);
    EXPECT_EQ(titles(*merged), (QStringList{S("1 Foundations"), S("2 Visual encoding"), S("3 Colour"), S("4 Ethics"),
                                            S("5 Dashboards"), S("6 Storytelling"), S("7 Case studies")}));
    EXPECT_EQ(totalHours(*merged), 8.0); // 390 + 30 + 60 min
}

TEST(CourseMergeUnits, UnitsAddedAtTheSamePlaceKeepTheServersFirst)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units.append(unit(6, "Ethics", {activity("reading", 5, 6)}));
    Course theirs = base;
    theirs.table4.units.append(unit(6, "Case studies", {activity("video", 20, 3)}));
    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(titles(*merge.result({})), (QStringList{S("1 Foundations"), S("2 Visual encoding"), S("3 Colour"),
                                                      S("4 Dashboards"), S("5 Storytelling"), S("6 Case studies"),
                                                      S("7 Ethics")}));
}

TEST(CourseMergeUnits, TheSameUnitAddedOnBothSidesIsOneUnitOrOneConflict)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units.append(unit(6, "Ethics", {activity("reading", 5, 6)}));
    Course theirs = mine;
    {
        const CourseMerge same(base, mine, theirs);
        EXPECT_FALSE(same.hasConflicts());
        EXPECT_EQ(keys(same.items()), QStringList{S("table4.units[mine6]")});
        EXPECT_EQ(same.result({})->table4, mine.table4);
    }
    theirs.table4.units[5].activities[0].quantity = 10; // the same unit, added differently
    const CourseMerge differently(base, mine, theirs);
    EXPECT_EQ(differently.conflictKeys(), QStringList{S("table4.units[mine6]")});
    EXPECT_EQ(differently.resultAll(MergeSide::Mine).table4, mine.table4);
    EXPECT_EQ(differently.resultAll(MergeSide::Theirs).table4, theirs.table4);
}

TEST(CourseMergeUnits, AUnitDeletedOnOneSideAndEditedOnTheOtherIsAConflict)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units.remove(3); // "Dashboards" deleted offline
    renumber(&mine);
    Course theirs = base;
    theirs.table4.units[3].activities[0].quantity = 60; // ... and edited on the server: 180 min

    const CourseMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictKeys(), QStringList{S("table4.units[base4]")});
    ASSERT_EQ(merge.items().size(), 1); // Storytelling renumbered 5 -> 4 is no change of its own
    const MergeItem &item = merge.items()[0];
    EXPECT_EQ(item.label, S("Table 4 – Unit 4: Dashboards"));
    ASSERT_EQ(item.mineChanges.size(), 1);
    EXPECT_EQ(item.mineChanges[0].kind, CourseChange::Kind::Removed);
    EXPECT_EQ(item.mineChanges[0].key, S("table4.units[3]"));
    EXPECT_EQ(item.mineChanges[0].label, S("Unit 4 “Dashboards”")); // a whole unit keeps its name
    ASSERT_EQ(item.theirsChanges.size(), 1);
    EXPECT_EQ(item.theirsChanges[0].key, S("table4.units[3].activities[0].quantity"));

    const Course deleted = merge.resultAll(MergeSide::Mine);
    EXPECT_EQ(titles(deleted), (QStringList{S("1 Foundations"), S("2 Visual encoding"), S("3 Colour"), S("4 Storytelling")}));
    EXPECT_EQ(totalHours(deleted), 4.0); // 390 - 150 min
    const Course edited = merge.resultAll(MergeSide::Theirs);
    EXPECT_EQ(edited.table4, theirs.table4);
    EXPECT_EQ(totalHours(edited), 7.0); // 390 + 30 min
}

TEST(CourseMergeUnits, AUnitDeletedOnOneSideAndUntouchedOnTheOtherIsDeleted)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units[0].title = S("Getting started");
    Course theirs = base;
    theirs.table4.units.remove(1);
    renumber(&theirs);
    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.units[base1]"), S("table4.units[base2]")}));
    EXPECT_EQ(titles(*merge.result({})), (QStringList{S("1 Getting started"), S("2 Colour"), S("3 Dashboards"),
                                                      S("4 Storytelling")}));
    // Deleted on both sides: nothing to decide either.
    mine.table4.units.remove(1);
    renumber(&mine);
    const CourseMerge both(base, mine, theirs);
    EXPECT_FALSE(both.hasConflicts());
    EXPECT_EQ(titles(*both.result({})), (QStringList{S("1 Getting started"), S("2 Colour"), S("3 Dashboards"),
                                                     S("4 Storytelling")}));
}

TEST(CourseMergeUnits, UnitsReorderedOnOneSideAndEditedOnTheOther)
{
    const Course base = baseCourse();
    Course mine = base; // "Storytelling" moved up to second place
    mine.table4.units.move(4, 1);
    renumber(&mine);
    Course theirs = base;
    theirs.table4.units[4].activities[0].quantity = 20; // 20 questions × 3 = 60 min
    theirs.table4.units[1].activities[0].quantity = 15; // 90 min

    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.order"), S("table4.units[base5]"), S("table4.units[base2]")}));
    const MergeItem &order = merge.items()[0];
    EXPECT_EQ(order.label, S("Table 4 – Order of units"));
    EXPECT_TRUE(order.mineChanged);
    EXPECT_FALSE(order.theirsChanged);
    ASSERT_EQ(order.mineChanges.size(), 1);
    EXPECT_EQ(order.mineChanges[0].oldValue, S("Foundations\nVisual encoding\nColour\nDashboards\nStorytelling"));
    EXPECT_EQ(order.mineChanges[0].newValue, S("Foundations\nStorytelling\nVisual encoding\nColour\nDashboards"));
    // The moved unit is the same unit: the server's edit is no conflict with the move.
    const MergeItem &story = merge.items()[1];
    EXPECT_FALSE(story.mineChanged);
    EXPECT_TRUE(story.theirsChanged);
    EXPECT_EQ(story.label, S("Table 4 – Unit 5: Storytelling"));

    const auto merged = merge.result({});
    ASSERT_TRUE(merged);
    EXPECT_EQ(titles(*merged), (QStringList{S("1 Foundations"), S("2 Storytelling"), S("3 Visual encoding"), S("4 Colour"),
                                            S("5 Dashboards")}));
    EXPECT_EQ(merged->table4.units[1].activities, theirs.table4.units[4].activities);
    EXPECT_EQ(merged->table4.units[2].activities, theirs.table4.units[1].activities);
    EXPECT_EQ(totalHours(*merged), 7.5); // 390 + 30 + 30 min
}

TEST(CourseMergeUnits, AMovedAndEditedUnitIsStillTheSameUnit)
{
    const Course base = baseCourse();
    Course mine = base; // "Colour" moved to the end and edited
    mine.table4.units.move(2, 4);
    mine.table4.units[4].activities[0].quantity = 18;
    renumber(&mine);
    Course theirs = base;
    theirs.table4.units[0].title = S("Getting started");
    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.order"), S("table4.units[base1]"), S("table4.units[base3]")}));
    const MergeItem &colour = merge.items()[2];
    ASSERT_EQ(colour.mineChanges.size(), 1);
    EXPECT_EQ(colour.mineChanges[0].key, S("table4.units[4].activities[0].quantity"));
    EXPECT_EQ(titles(*merge.result({})), (QStringList{S("1 Getting started"), S("2 Visual encoding"), S("3 Dashboards"),
                                                      S("4 Storytelling"), S("5 Colour")}));
}

TEST(CourseMergeUnits, DifferentReorderingsOnBothSidesAreAConflictOverTheOrder)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.units.move(4, 0); // Storytelling first
    renumber(&mine);
    Course theirs = base;
    theirs.table4.units.move(0, 4); // Foundations last
    renumber(&theirs);
    const CourseMerge merge(base, mine, theirs);
    EXPECT_EQ(merge.conflictKeys(), QStringList{S("table4.order")});
    EXPECT_EQ(titles(merge.resultAll(MergeSide::Mine)), titles(mine));
    EXPECT_EQ(titles(merge.resultAll(MergeSide::Theirs)), titles(theirs));

    // The same move on both sides agrees.
    const CourseMerge agreed(base, mine, mine);
    EXPECT_FALSE(agreed.hasConflicts());
    EXPECT_EQ(keys(agreed.items()), QStringList{S("table4.order")});
    EXPECT_EQ(agreed.result({})->table4, mine.table4);
}

TEST(CourseMergeUnits, TheRateTableVersionStaysACourseLevelPart)
{
    const Course base = baseCourse();
    Course mine = base;
    mine.table4.rateTableVersion = 2;
    mine.table4.units[0].activities[0].quantity = 40;
    Course theirs = base;
    theirs.table4.rateTableVersion = 3;
    const CourseMerge merge(base, mine, theirs);
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.rate_table_version"), S("table4.units[base1]")}));
    EXPECT_EQ(merge.conflictKeys(), QStringList{S("table4.rate_table_version")});
    EXPECT_EQ(merge.items()[0].label, S("Table 4 – SLT rate table version"));
    const Course keepTheirs = merge.resultAll(MergeSide::Theirs);
    EXPECT_EQ(keepTheirs.table4.rateTableVersion, 3);
    EXPECT_EQ(keepTheirs.table4.units[0].activities[0].quantity, 40);
    EXPECT_EQ(merge.resultAll(MergeSide::Mine).table4, mine.table4);
}

TEST(CourseMergeUnits, UnitsNotNumberedByPositionKeepTheirNumbers)
{
    // A unit inserted in the editor takes the number after the one above it; later units keep
    // theirs (here two units numbered 2).
    const Course base = baseCourse();
    Course theirs = base;
    theirs.table4.units.insert(1, unit(2, "Warm-up", {activity("forum", 15, 2)}));
    Course mine = base;
    mine.table4.units[1].activities[0].quantity = 15;
    const CourseMerge merge(base, mine, theirs);
    EXPECT_FALSE(merge.hasConflicts());
    EXPECT_EQ(keys(merge.items()), (QStringList{S("table4.units[theirs2]"), S("table4.units[base2]")}));
    EXPECT_EQ(titles(*merge.result({})), (QStringList{S("1 Foundations"), S("2 Warm-up"), S("2 Visual encoding"),
                                                      S("3 Colour"), S("4 Dashboards"), S("5 Storytelling")}));
}

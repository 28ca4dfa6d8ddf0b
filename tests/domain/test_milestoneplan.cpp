// Table 3 schedule arithmetic, progress, overdue and forecast, with hand-computed dates.
#include "milestoneplan.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {
QDate d(int y, int m, int day) { return QDate(y, m, day); }

// Planned (start, due) of milestones 1..8 as "yyyy-MM-dd yyyy-MM-dd" strings for readable failures.
std::vector<std::string> spans(const MilestoneList &list)
{
    std::vector<std::string> out;
    for (const Milestone &m : list)
        out.push_back((m.plannedStart.toString(Qt::ISODate) + QLatin1Char(' ') + m.plannedDue.toString(Qt::ISODate))
                          .toStdString());
    return out;
}
} // namespace

TEST(MilestonePlan, Table3DefinitionsInOrder)
{
    const int percents[] = {15, 20, 40, 60, 65, 70, 85, 100};
    for (int n = 1; n <= MilestonePlan::kCount; ++n) {
        EXPECT_EQ(MilestonePlan::definition(n).number, n);
        EXPECT_EQ(MilestonePlan::cumulativePercent(n), percents[n - 1]);
        EXPECT_FALSE(MilestonePlan::name(n).isEmpty());
    }
    EXPECT_EQ(MilestonePlan::englishName(8), QStringLiteral("Senate approval"));
    EXPECT_EQ(MilestonePlan::englishName(7), QStringLiteral("Video vetting by SME"));
}

TEST(MilestonePlan, DurationsAreTheUpperBounds)
{
    const QDate s = d(2026, 3, 2);
    EXPECT_EQ(MilestonePlan::dueFrom(1, s), d(2026, 3, 9));  // 1 week
    EXPECT_EQ(MilestonePlan::dueFrom(2, s), d(2026, 3, 16)); // 2 weeks
    EXPECT_EQ(MilestonePlan::dueFrom(3, s), d(2026, 4, 2));  // 1 month
    EXPECT_EQ(MilestonePlan::dueFrom(4, s), d(2026, 5, 2));  // 2 months
    EXPECT_EQ(MilestonePlan::dueFrom(5, s), d(2026, 3, 9));  // 1 week
    EXPECT_EQ(MilestonePlan::dueFrom(6, s), d(2026, 3, 9));  // 1 week
    EXPECT_EQ(MilestonePlan::dueFrom(7, s), d(2026, 3, 30)); // 4 weeks = 28 days
    EXPECT_EQ(MilestonePlan::dueFrom(8, s), d(2026, 4, 2));  // 1 month
}

TEST(MilestonePlan, MonthsClampToTheMonthEnd)
{
    EXPECT_EQ(MilestonePlan::dueFrom(3, d(2026, 1, 31)), d(2026, 2, 28));
    EXPECT_EQ(MilestonePlan::dueFrom(8, d(2026, 3, 31)), d(2026, 4, 30));
    EXPECT_EQ(MilestonePlan::dueFrom(4, d(2026, 12, 31)), d(2027, 2, 28)); // 2 months over the year end
    EXPECT_EQ(MilestonePlan::dueFrom(4, d(2027, 12, 31)), d(2028, 2, 29)); // into a leap February
    EXPECT_EQ(MilestonePlan::dueFrom(3, d(2028, 1, 30)), d(2028, 2, 29));
    EXPECT_EQ(MilestonePlan::dueFrom(3, d(2029, 1, 29)), d(2029, 2, 28)); // not a leap year
    EXPECT_EQ(MilestonePlan::dueFrom(8, d(2028, 2, 29)), d(2028, 3, 29));
}

TEST(MilestonePlan, ScheduleFromTheLastDayOfJanuary)
{
    const std::vector<std::string> expected = {
        "2026-01-31 2026-02-07", "2026-02-07 2026-02-21", "2026-02-21 2026-03-21", "2026-03-21 2026-05-21",
        "2026-05-21 2026-05-28", "2026-05-28 2026-06-04", "2026-06-04 2026-07-02", "2026-07-02 2026-08-02"};
    const MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    EXPECT_EQ(spans(plan), expected);
    for (int i = 0; i < plan.size(); ++i) {
        EXPECT_EQ(plan[i].number, i + 1);
        EXPECT_FALSE(plan[i].isCompleted());
    }
}

TEST(MilestonePlan, ScheduleWhoseContentMonthStartsOnTheThirtyFirst)
{
    // M2 ends on 31 January, so M3 (1 month) is clamped to 28 February and M4 runs from there.
    const std::vector<std::string> expected = {
        "2026-01-10 2026-01-17", "2026-01-17 2026-01-31", "2026-01-31 2026-02-28", "2026-02-28 2026-04-28",
        "2026-04-28 2026-05-05", "2026-05-05 2026-05-12", "2026-05-12 2026-06-09", "2026-06-09 2026-07-09"};
    EXPECT_EQ(spans(MilestonePlan::plannedSchedule(d(2026, 1, 10))), expected);
}

TEST(MilestonePlan, ScheduleInALeapYear)
{
    const std::vector<std::string> fromJanuary = {
        "2028-01-10 2028-01-17", "2028-01-17 2028-01-31", "2028-01-31 2028-02-29", "2028-02-29 2028-04-29",
        "2028-04-29 2028-05-06", "2028-05-06 2028-05-13", "2028-05-13 2028-06-10", "2028-06-10 2028-07-10"};
    EXPECT_EQ(spans(MilestonePlan::plannedSchedule(d(2028, 1, 10))), fromJanuary);
    const std::vector<std::string> fromLeapDay = {
        "2028-02-29 2028-03-07", "2028-03-07 2028-03-21", "2028-03-21 2028-04-21", "2028-04-21 2028-06-21",
        "2028-06-21 2028-06-28", "2028-06-28 2028-07-05", "2028-07-05 2028-08-02", "2028-08-02 2028-09-02"};
    EXPECT_EQ(spans(MilestonePlan::plannedSchedule(d(2028, 2, 29))), fromLeapDay);
}

TEST(MilestonePlan, ScheduleAcrossTheYearBoundary)
{
    const std::vector<std::string> expected = {
        "2026-12-20 2026-12-27", "2026-12-27 2027-01-10", "2027-01-10 2027-02-10", "2027-02-10 2027-04-10",
        "2027-04-10 2027-04-17", "2027-04-17 2027-04-24", "2027-04-24 2027-05-22", "2027-05-22 2027-06-22"};
    EXPECT_EQ(spans(MilestonePlan::plannedSchedule(d(2026, 12, 20))), expected);
}

TEST(MilestonePlan, ProgressIsTheLastCompletedInOrder)
{
    MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    EXPECT_EQ(MilestonePlan::progressPercent(plan), 0);
    plan[0].actualCompletion = d(2026, 2, 5);
    EXPECT_EQ(MilestonePlan::progressPercent(plan), 15);
    plan[2].actualCompletion = d(2026, 3, 1); // M3 recorded while M2 is open: does not count
    EXPECT_EQ(MilestonePlan::completedCount(plan), 1);
    EXPECT_EQ(MilestonePlan::progressPercent(plan), 15);
    plan[1].actualCompletion = d(2026, 2, 20);
    EXPECT_EQ(MilestonePlan::progressPercent(plan), 40);
    for (Milestone &m : plan)
        m.actualCompletion = d(2026, 8, 1);
    EXPECT_EQ(MilestonePlan::progressPercent(plan), 100);
    // The list's order does not matter: milestones are matched by number.
    std::reverse(plan.begin(), plan.end());
    EXPECT_EQ(MilestonePlan::progressPercent(plan), 100);
}

TEST(MilestonePlan, CompletionsAreRecordedInOrder)
{
    MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    QString why;
    EXPECT_TRUE(MilestonePlan::canComplete(plan, 1, d(2026, 2, 5), &why));
    EXPECT_FALSE(MilestonePlan::canComplete(plan, 2, d(2026, 2, 5), &why));
    EXPECT_EQ(why, QStringLiteral("Milestone 1 must be completed first."));
    plan[0].actualCompletion = d(2026, 2, 5);
    EXPECT_FALSE(MilestonePlan::canComplete(plan, 2, d(2026, 2, 4), &why));
    EXPECT_EQ(why, QStringLiteral("The completion date is before milestone 1 was completed."));
    EXPECT_TRUE(MilestonePlan::canComplete(plan, 2, d(2026, 2, 5)));
    EXPECT_FALSE(MilestonePlan::canComplete(plan, 9, d(2026, 2, 5), &why));
    EXPECT_FALSE(MilestonePlan::canComplete(plan, 2, QDate(), &why));
}

TEST(MilestonePlan, OverdueOnlyAfterTheDueDay)
{
    MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    EXPECT_FALSE(MilestonePlan::isOverdue(plan[0], d(2026, 2, 7))); // due today: not yet
    EXPECT_TRUE(MilestonePlan::isOverdue(plan[0], d(2026, 2, 8)));
    plan[0].actualCompletion = d(2026, 2, 10);
    EXPECT_FALSE(MilestonePlan::isOverdue(plan[0], d(2026, 2, 11))); // completed late, no longer overdue
}

TEST(CourseForecast, OnScheduleFollowsThePlan)
{
    const MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    const CourseForecast f = forecastCourse(plan, d(2026, 2, 1));
    EXPECT_EQ(f.completedCount, 0);
    EXPECT_EQ(f.progressPercent, 0);
    EXPECT_EQ(f.currentMilestone, 1);
    EXPECT_EQ(f.nextDue, d(2026, 2, 7));
    EXPECT_FALSE(f.overdue);
    EXPECT_EQ(f.forecastCompletion, d(2026, 8, 2));
    for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(f.forecastStart[size_t(i)], plan[i].plannedStart);
        EXPECT_EQ(f.forecastDue[size_t(i)], plan[i].plannedDue);
    }
}

TEST(CourseForecast, AnOverdueMilestoneIsReplannedFromToday)
{
    const MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    const CourseForecast onDueDay = forecastCourse(plan, d(2026, 2, 7));
    EXPECT_FALSE(onDueDay.overdue);
    EXPECT_EQ(onDueDay.forecastCompletion, d(2026, 8, 2));

    const CourseForecast f = forecastCourse(plan, d(2026, 2, 10));
    EXPECT_TRUE(f.overdue);
    EXPECT_TRUE(f.milestoneOverdue[0]);
    EXPECT_FALSE(f.milestoneOverdue[1]);
    EXPECT_EQ(f.currentMilestone, 1);
    EXPECT_EQ(f.nextDue, d(2026, 2, 7));
    EXPECT_EQ(f.forecastStart[0], d(2026, 2, 10));
    EXPECT_EQ(f.forecastDue[0], d(2026, 2, 17));
    EXPECT_EQ(f.forecastDue[1], d(2026, 3, 3));
    EXPECT_EQ(f.forecastDue[2], d(2026, 4, 3));
    EXPECT_EQ(f.forecastDue[3], d(2026, 6, 3));
    EXPECT_EQ(f.forecastDue[4], d(2026, 6, 10));
    EXPECT_EQ(f.forecastDue[5], d(2026, 6, 17));
    EXPECT_EQ(f.forecastDue[6], d(2026, 7, 15));
    EXPECT_EQ(f.forecastCompletion, d(2026, 8, 15));
}

TEST(CourseForecast, RemainingMilestonesFollowTheLatestCompletion)
{
    MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    plan[0].actualCompletion = d(2026, 2, 5);
    plan[1].actualCompletion = d(2026, 2, 25); // four days late, but done
    const CourseForecast f = forecastCourse(plan, d(2026, 3, 1));
    EXPECT_EQ(f.completedCount, 2);
    EXPECT_EQ(f.progressPercent, 20);
    EXPECT_EQ(f.currentMilestone, 3);
    EXPECT_EQ(f.nextDue, d(2026, 3, 21));
    EXPECT_FALSE(f.overdue);
    EXPECT_FALSE(f.forecastStart[1].isValid()) << "completed milestones have no forecast";
    EXPECT_EQ(f.forecastStart[2], d(2026, 2, 25));
    EXPECT_EQ(f.forecastDue[2], d(2026, 3, 25));
    EXPECT_EQ(f.forecastDue[3], d(2026, 5, 25));
    EXPECT_EQ(f.forecastDue[6], d(2026, 7, 6));
    EXPECT_EQ(f.forecastCompletion, d(2026, 8, 6));

    // An edited plan keeps its length: M4 stretched to 92 days (21 Mar - 21 Jun).
    plan[3].plannedDue = d(2026, 6, 21);
    const CourseForecast e = forecastCourse(plan, d(2026, 3, 1));
    EXPECT_EQ(e.forecastDue[3], d(2026, 6, 25));
    EXPECT_EQ(e.forecastDue[4], d(2026, 7, 2));
    EXPECT_EQ(e.forecastCompletion, d(2026, 9, 6));
}

TEST(CourseForecast, ACompleteCourseEndsOnItsLastCompletion)
{
    MilestoneList plan = MilestonePlan::plannedSchedule(d(2026, 1, 31));
    QDate day = d(2026, 2, 1);
    for (Milestone &m : plan) {
        day = day.addDays(10);
        m.actualCompletion = day;
    }
    const CourseForecast f = forecastCourse(plan, d(2027, 1, 1));
    EXPECT_EQ(f.completedCount, 8);
    EXPECT_EQ(f.progressPercent, 100);
    EXPECT_EQ(f.currentMilestone, 0);
    EXPECT_FALSE(f.nextDue.isValid());
    EXPECT_FALSE(f.overdue);
    EXPECT_EQ(f.forecastCompletion, d(2026, 4, 22)); // 1 Feb + 80 days
}

TEST(CourseForecast, AnEmptyListIsPlannedFromToday)
{
    const CourseForecast f = forecastCourse({}, d(2026, 1, 31));
    EXPECT_EQ(f.currentMilestone, 1);
    EXPECT_FALSE(f.overdue);
    EXPECT_EQ(f.forecastCompletion, d(2026, 8, 2));
}

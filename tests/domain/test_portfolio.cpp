#include "portfolio.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {
CourseMilestones course(const char *code, const char *faculty, const QDate &start, int completed, const QDate &doneOn)
{
    CourseMilestones c;
    c.course.code = QString::fromLatin1(code);
    c.course.faculty = QString::fromLatin1(faculty);
    c.milestones = MilestonePlan::plannedSchedule(start);
    for (int i = 0; i < completed; ++i)
        c.milestones[i].actualCompletion = doneOn.addDays(i);
    return c;
}
} // namespace

TEST(Portfolio, ForecastsAndStatistics)
{
    const QDate today(2026, 3, 1);
    const QVector<CourseMilestones> courses = {
        course("MC001", "FCSIT", QDate(2026, 1, 31), 2, QDate(2026, 2, 5)),  // M3, on time
        course("MC002", "FCSIT", QDate(2026, 1, 10), 0, {}),                  // M1 overdue since 17 Jan
        course("MC003", "FENG", QDate(2025, 6, 1), 8, QDate(2025, 12, 1)),    // complete
        course("MC004", "FENG", QDate(2026, 2, 20), 1, QDate(2026, 2, 26)),   // M2, on time
    };
    const QVector<CourseForecast> f = forecastPortfolio(courses, today);
    ASSERT_EQ(f.size(), 4);
    EXPECT_EQ(f[0].currentMilestone, 3);
    // M2 done 6 Feb: +1m 6 Mar, +2m 6 May, +1w +1w 20 May, +4w 17 Jun, +1m 17 Jul.
    EXPECT_EQ(f[0].forecastCompletion, QDate(2026, 7, 17));
    EXPECT_TRUE(f[1].overdue);
    // Re-planned from today: 1 Mar +1w +2w = 22 Mar, +1m 22 Apr, +2m 22 Jun, +1w +1w 6 Jul, +4w 3 Aug, +1m 3 Sep.
    EXPECT_EQ(f[1].forecastCompletion, QDate(2026, 9, 3));
    EXPECT_EQ(f[2].currentMilestone, 0);
    EXPECT_EQ(f[3].currentMilestone, 2);
    // M1 done 26 Feb: +2w 12 Mar, +1m 12 Apr, +2m 12 Jun, +1w +1w 26 Jun, +4w 24 Jul, +1m 24 Aug.
    EXPECT_EQ(f[3].forecastCompletion, QDate(2026, 8, 24));

    const PortfolioStatistics s = portfolioStatistics(courses, f);
    const std::array<int, 9> stages = {1, 1, 1, 0, 0, 0, 0, 0, 1};
    EXPECT_EQ(s.coursesByStage, stages);
    EXPECT_EQ(s.onTime, 2);
    EXPECT_EQ(s.overdue, 1);
    EXPECT_EQ(s.completed, 1);
    const QVector<QPair<QDate, int>> months = {{QDate(2026, 7, 1), 1}, {QDate(2026, 8, 1), 1}, {QDate(2026, 9, 1), 1}};
    EXPECT_EQ(s.forecastCompletionsPerMonth, months);
    const QVector<QPair<QString, double>> faculties = {{QStringLiteral("FCSIT"), 10.0}, {QStringLiteral("FENG"), 57.5}};
    EXPECT_EQ(s.averageProgressPerFaculty, faculties);
}

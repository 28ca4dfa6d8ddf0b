#include "milestonereport.h"

#include <gtest/gtest.h>

#include <QJsonObject>

using namespace mcs;

TEST(MilestoneReport, PortfolioJsonKeys)
{
    CourseMilestones c;
    c.course.code = QStringLiteral("MC001");
    c.course.title = QStringLiteral("Micro-Credential in Sago Processing");
    c.milestones = MilestonePlan::plannedSchedule(QDate(2026, 1, 31));
    c.milestones[0].actualCompletion = QDate(2026, 2, 5);
    const QVector<CourseMilestones> courses{c};
    const QJsonArray a = portfolioJson(courses, forecastPortfolio(courses, QDate(2026, 2, 6)));
    ASSERT_EQ(a.size(), 1);
    const QJsonObject o = a.first().toObject();
    EXPECT_EQ(o.value(QStringLiteral("code")).toString(), QStringLiteral("MC001"));
    EXPECT_EQ(o.value(QStringLiteral("progress")).toInt(), 15);
    EXPECT_EQ(o.value(QStringLiteral("current_milestone")).toInt(), 2);
    EXPECT_EQ(o.value(QStringLiteral("next_due")).toString(), QStringLiteral("2026-02-21"));
    EXPECT_FALSE(o.value(QStringLiteral("overdue")).toBool(true));
    // From 5 Feb: +2w 19 Feb, +1m 19 Mar, +2m 19 May, +1w +1w 2 Jun, +4w 30 Jun, +1m 30 Jul.
    EXPECT_EQ(o.value(QStringLiteral("forecast_completion")).toString(), QStringLiteral("2026-07-30"));
    const QString t = portfolioText(courses, forecastPortfolio(courses, QDate(2026, 2, 6)));
    EXPECT_TRUE(t.contains(QStringLiteral("MC001        15%  M2       2026-02-21  no       2026-07-30"))) << t.toStdString();
}

// Schedule and forecast for a large portfolio (milestones issue: 5,000 courses in under 5 ms).
#include "portfolio.h"

#include <benchmark/benchmark.h>

using namespace mcs;

// A realistic mix: starts spread over two years, 0..8 milestones completed, some late.
static QVector<CourseMilestones> syntheticPortfolio(int n)
{
    QVector<CourseMilestones> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        CourseMilestones c;
        c.course.id = i + 1;
        c.course.code = QStringLiteral("MC%1").arg(i, 4, 10, QLatin1Char('0'));
        c.milestones = MilestonePlan::plannedSchedule(QDate(2025, 1, 1).addDays((i * 37) % 730));
        const int done = i % 9;
        for (int k = 0; k < done; ++k)
            c.milestones[k].actualCompletion = c.milestones[k].plannedDue.addDays((i + k) % 11 - 4);
        out.append(c);
    }
    return out;
}

static void BM_PlannedSchedule(benchmark::State &state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        for (int i = 0; i < n; ++i)
            benchmark::DoNotOptimize(MilestonePlan::plannedSchedule(QDate(2025, 1, 1).addDays(i % 730)));
    }
}
BENCHMARK(BM_PlannedSchedule)->Arg(5000)->Unit(benchmark::kMillisecond);

static void BM_ForecastPortfolio(benchmark::State &state)
{
    const QVector<CourseMilestones> courses = syntheticPortfolio(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(forecastPortfolio(courses, QDate(2026, 3, 1)));
}
BENCHMARK(BM_ForecastPortfolio)->Arg(5000)->Unit(benchmark::kMillisecond);

static void BM_ScheduleForecastAndStatistics(benchmark::State &state)
{
    const QVector<CourseMilestones> courses = syntheticPortfolio(int(state.range(0)));
    for (auto _ : state) {
        const QVector<CourseForecast> f = forecastPortfolio(courses, QDate(2026, 3, 1));
        benchmark::DoNotOptimize(portfolioStatistics(courses, f));
    }
}
BENCHMARK(BM_ScheduleForecastAndStatistics)->Arg(5000)->Unit(benchmark::kMillisecond);

// The figure: plan every course from its start, then forecast it.
static void BM_ScheduleThenForecast(benchmark::State &state)
{
    const int n = int(state.range(0));
    for (auto _ : state) {
        for (int i = 0; i < n; ++i) {
            MilestoneList plan = MilestonePlan::plannedSchedule(QDate(2025, 1, 1).addDays((i * 37) % 730));
            for (int k = 0; k < i % 9; ++k)
                plan[k].actualCompletion = plan[k].plannedDue.addDays((i + k) % 11 - 4);
            benchmark::DoNotOptimize(forecastCourse(plan, QDate(2026, 3, 1)));
        }
    }
}
BENCHMARK(BM_ScheduleThenForecast)->Arg(5000)->Unit(benchmark::kMillisecond);

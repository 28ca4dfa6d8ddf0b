#pragma once

#include "coursesummary.h"
#include "milestoneplan.h"

#include <QDate>
#include <QPair>
#include <QString>
#include <QVector>

#include <array>

namespace mcs {

// A course as the portfolio sees it: its summary line and its eight milestones.
struct CourseMilestones
{
    CourseSummary course;
    MilestoneList milestones;
};

// One forecast per course, in the input's order (Table 3 rules, see forecastCourse()).
QVector<CourseForecast> forecastPortfolio(const QVector<CourseMilestones> &courses, const QDate &today);

// The dashboard's figures, prepared outside the widgets (DESIGN.md habit 9).
struct PortfolioStatistics
{
    // [0..7]: courses whose current milestone is 1..8; [8]: courses with all eight complete.
    std::array<int, MilestonePlan::kCount + 1> coursesByStage{};
    int onTime = 0;    // unfinished, nothing overdue
    int overdue = 0;   // unfinished, some milestone past its due date
    int completed = 0; // all eight milestones complete
    // Unfinished courses by the month of their forecast completion (first day of the month), ascending.
    QVector<QPair<QDate, int>> forecastCompletionsPerMonth;
    // Mean progress % per faculty, faculties in ascending order.
    QVector<QPair<QString, double>> averageProgressPerFaculty;

    bool operator==(const PortfolioStatistics &o) const
    {
        return coursesByStage == o.coursesByStage && onTime == o.onTime && overdue == o.overdue
            && completed == o.completed && forecastCompletionsPerMonth == o.forecastCompletionsPerMonth
            && averageProgressPerFaculty == o.averageProgressPerFaculty;
    }
};

// `forecasts` is forecastPortfolio(courses, today).
PortfolioStatistics portfolioStatistics(const QVector<CourseMilestones> &courses,
                                        const QVector<CourseForecast> &forecasts);

} // namespace mcs

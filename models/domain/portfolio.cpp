#include "portfolio.h"

#include <QMap>

namespace mcs {

QVector<CourseForecast> forecastPortfolio(const QVector<CourseMilestones> &courses, const QDate &today)
{
    QVector<CourseForecast> out;
    out.reserve(courses.size());
    for (const CourseMilestones &c : courses)
        out.append(forecastCourse(c.milestones, today));
    return out;
}

PortfolioStatistics portfolioStatistics(const QVector<CourseMilestones> &courses,
                                        const QVector<CourseForecast> &forecasts)
{
    Q_ASSERT(courses.size() == forecasts.size());
    PortfolioStatistics s;
    QMap<QDate, int> perMonth;
    QMap<QString, QPair<qint64, int>> perFaculty; // sum of progress, courses
    for (qsizetype i = 0; i < courses.size(); ++i) {
        const CourseForecast &f = forecasts.at(i);
        if (f.currentMilestone == 0) {
            ++s.coursesByStage[MilestonePlan::kCount];
            ++s.completed;
        } else {
            ++s.coursesByStage[size_t(f.currentMilestone - 1)];
            ++(f.overdue ? s.overdue : s.onTime);
            if (f.forecastCompletion.isValid()) {
                const QDate &d = f.forecastCompletion;
                ++perMonth[QDate(d.year(), d.month(), 1)];
            }
        }
        auto &fac = perFaculty[courses.at(i).course.faculty];
        fac.first += f.progressPercent;
        ++fac.second;
    }
    for (auto it = perMonth.cbegin(); it != perMonth.cend(); ++it)
        s.forecastCompletionsPerMonth.append({it.key(), it.value()});
    for (auto it = perFaculty.cbegin(); it != perFaculty.cend(); ++it)
        s.averageProgressPerFaculty.append({it.key(), double(it.value().first) / it.value().second});
    return s;
}

} // namespace mcs

#include "milestonereport.h"

#include <QJsonObject>
#include <QJsonValue>

namespace mcs {
namespace {

QJsonValue isoOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString isoOrDash(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

QJsonArray scheduleJson(const MilestoneList &milestones)
{
    QJsonArray out;
    for (const Milestone &m : milestones) {
        out.append(QJsonObject{
            {QStringLiteral("milestone"), m.number},
            {QStringLiteral("name"), MilestonePlan::englishName(m.number)},
            {QStringLiteral("start"), isoOrNull(m.plannedStart)},
            {QStringLiteral("due"), isoOrNull(m.plannedDue)},
            {QStringLiteral("progress"), MilestonePlan::cumulativePercent(m.number)},
        });
    }
    return out;
}

QString scheduleText(const MilestoneList &milestones)
{
    QString out = QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(QStringLiteral("#"), QStringLiteral("start     "), QStringLiteral("due       "),
                           QStringLiteral("progress"), QStringLiteral("milestone"));
    for (const Milestone &m : milestones) {
        out += QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(m.number)
                   .arg(isoOrDash(m.plannedStart), isoOrDash(m.plannedDue))
                   .arg(QStringLiteral("%1%").arg(MilestonePlan::cumulativePercent(m.number)), 8)
                   .arg(MilestonePlan::englishName(m.number));
    }
    return out;
}

QJsonArray portfolioJson(const QVector<CourseMilestones> &courses, const QVector<CourseForecast> &forecasts)
{
    QJsonArray out;
    for (qsizetype i = 0; i < courses.size(); ++i) {
        const CourseForecast &f = forecasts.at(i);
        out.append(QJsonObject{
            {QStringLiteral("code"), courses.at(i).course.code},
            {QStringLiteral("title"), courses.at(i).course.title},
            {QStringLiteral("progress"), f.progressPercent},
            {QStringLiteral("current_milestone"), f.currentMilestone},
            {QStringLiteral("current_milestone_name"),
             f.currentMilestone ? QJsonValue(MilestonePlan::englishName(f.currentMilestone))
                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("next_due"), isoOrNull(f.nextDue)},
            {QStringLiteral("overdue"), f.overdue},
            {QStringLiteral("forecast_completion"), isoOrNull(f.forecastCompletion)},
        });
    }
    return out;
}

QString portfolioText(const QVector<CourseMilestones> &courses, const QVector<CourseForecast> &forecasts)
{
    // Concatenation, not chained arg(): a course code may contain '%'.
    qsizetype width = 6;
    for (const CourseMilestones &c : courses)
        width = std::max(width, c.course.code.size());
    const QString gap = QStringLiteral("  ");
    QString out = QStringLiteral("course").leftJustified(width) + gap
        + QStringLiteral("progress  current  next due    overdue  forecast\n");
    for (qsizetype i = 0; i < courses.size(); ++i) {
        const CourseForecast &f = forecasts.at(i);
        out += courses.at(i).course.code.leftJustified(width) + gap
            + (QString::number(f.progressPercent) + QLatin1Char('%')).rightJustified(8) + gap
            + (f.currentMilestone ? QStringLiteral("M%1").arg(f.currentMilestone) : QStringLiteral("done")).leftJustified(7)
            + gap + isoOrDash(f.nextDue).leftJustified(10) + gap
            + (f.overdue ? QStringLiteral("yes") : QStringLiteral("no")).leftJustified(7) + gap
            + isoOrDash(f.forecastCompletion) + QLatin1Char('\n');
    }
    return out;
}

} // namespace mcs

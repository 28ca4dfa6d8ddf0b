#pragma once

#include "portfolio.h"

#include <QJsonArray>
#include <QString>

namespace mcs {

// What `mcstudio-cli schedule` prints. JSON: [{"milestone": 1..8, "name", "start", "due",
// "progress"}] with ISO dates (the CLI contract of the milestones issue).
QJsonArray scheduleJson(const MilestoneList &milestones);
QString scheduleText(const MilestoneList &milestones);

// What `mcstudio-cli portfolio` prints, per course: progress %, current milestone, next due date,
// overdue flag and forecast completion. JSON keys: "code", "title", "progress", "current_milestone"
// (0 when complete), "current_milestone_name", "next_due", "overdue", "forecast_completion"
// (dates ISO or null).
QJsonArray portfolioJson(const QVector<CourseMilestones> &courses, const QVector<CourseForecast> &forecasts);
QString portfolioText(const QVector<CourseMilestones> &courses, const QVector<CourseForecast> &forecasts);

} // namespace mcs

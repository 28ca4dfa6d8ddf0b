#pragma once

#include "icalendarwriter.h"
#include "portfolio.h"

namespace mcs {

// The due dates of a course's milestones as all-day calendar events. The UID depends only on the
// course code and the milestone number, so re-importing an export updates the same events.
QVector<CalendarEvent> milestoneCalendarEvents(const CourseMilestones &course);
QString milestoneEventUid(const QString &courseCode, int milestoneNumber);

} // namespace mcs

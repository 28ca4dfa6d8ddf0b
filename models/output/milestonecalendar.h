#pragma once

#include "icalendarwriter.h"
#include "portfolio.h"

namespace mcs {

// The due dates of a course's milestones as all-day calendar events. The UID depends only on the
// course code and the milestone number, so re-importing an export updates the same events.
QVector<CalendarEvent> milestoneCalendarEvents(const CourseMilestones &course);
QString milestoneEventUid(const QString &courseCode, int milestoneNumber);

// The whole file for `ics`: every course's due dates, or only the course whose code is `onlyCode`
// (when not empty). DTSTAMP is `stamp` (pass the current time; fixed in tests).
QByteArray milestoneCalendar(const QVector<CourseMilestones> &courses, const QDateTime &stamp,
                             const QString &onlyCode = {});

} // namespace mcs

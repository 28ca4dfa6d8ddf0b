#include "milestonecalendar.h"

#include "appversion.h"

#include <QCoreApplication>

namespace mcs {

QString milestoneEventUid(const QString &courseCode, int milestoneNumber)
{
    // Only characters that need no escaping anywhere; others are percent-encoded.
    const QByteArray code = courseCode.toUtf8().toPercentEncoding(QByteArray(), QByteArray("~"));
    // One multi-argument arg(): a percent-encoded code contains "%2..." that a chained arg() would replace.
    return QStringLiteral("mcstudio-%1-m%2@%3")
        .arg(QString::fromLatin1(code), QString::number(milestoneNumber), QLatin1String(kOrganizationDomain));
}

QVector<CalendarEvent> milestoneCalendarEvents(const CourseMilestones &course)
{
    QVector<CalendarEvent> out;
    for (const Milestone &m : course.milestones) {
        if (m.number < 1 || m.number > MilestonePlan::kCount || !m.plannedDue.isValid())
            continue;
        CalendarEvent e;
        e.uid = milestoneEventUid(course.course.code, m.number);
        e.date = m.plannedDue;
        e.summary = QCoreApplication::translate("mcs::Calendar", "%1: %2 due")
                        .arg(course.course.code, MilestonePlan::name(m.number));
        QStringList lines;
        if (!course.course.title.isEmpty())
            lines << course.course.title;
        lines << QCoreApplication::translate("mcs::Calendar", "Milestone %1 of %2 (%3% of development)")
                     .arg(m.number)
                     .arg(MilestonePlan::kCount)
                     .arg(MilestonePlan::cumulativePercent(m.number));
        if (m.plannedStart.isValid())
            lines << QCoreApplication::translate("mcs::Calendar", "Planned: %1 to %2")
                         .arg(m.plannedStart.toString(Qt::ISODate), m.plannedDue.toString(Qt::ISODate));
        if (m.isCompleted())
            lines << QCoreApplication::translate("mcs::Calendar", "Completed: %1")
                         .arg(m.actualCompletion.toString(Qt::ISODate));
        e.description = lines.join(QLatin1Char('\n'));
        e.categories = course.course.faculty;
        out.append(e);
    }
    return out;
}

QByteArray milestoneCalendar(const QVector<CourseMilestones> &courses, const QDateTime &stamp, const QString &onlyCode)
{
    QVector<CalendarEvent> events;
    for (const CourseMilestones &c : courses)
        if (onlyCode.isEmpty() || c.course.code == onlyCode)
            events += milestoneCalendarEvents(c);
    return ICalendarWriter(stamp).write(events);
}

} // namespace mcs

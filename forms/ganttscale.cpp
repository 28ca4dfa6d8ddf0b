#include "ganttscale.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace mcs {

GanttScale::GanttScale(const QDate &origin, GanttZoom zoom)
    : m_origin(origin)
    , m_zoom(zoom)
    , m_pixelsPerDay(pixelsPerDay(zoom))
{
}

double GanttScale::pixelsPerDay(GanttZoom zoom)
{
    switch (zoom) {
    case GanttZoom::Week: return 12.0;   // 84 px a week
    case GanttZoom::Month: return 4.0;   // about 120 px a month
    case GanttZoom::Quarter: return 1.5; // about 135 px a quarter
    }
    return 4.0;
}

QDate GanttScale::dateAt(double px) const
{
    return m_origin.addDays(qint64(std::floor(px / m_pixelsPerDay)));
}

QDate GanttScale::minorStart(const QDate &d) const
{
    switch (m_zoom) {
    case GanttZoom::Week: return d.addDays(1 - d.dayOfWeek()); // Monday
    case GanttZoom::Month: return QDate(d.year(), d.month(), 1);
    case GanttZoom::Quarter: return QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
    }
    return d;
}

QDate GanttScale::nextMinor(const QDate &start) const
{
    switch (m_zoom) {
    case GanttZoom::Week: return start.addDays(7);
    case GanttZoom::Month: return start.addMonths(1);
    case GanttZoom::Quarter: return start.addMonths(3);
    }
    return start.addDays(1);
}

QString GanttScale::minorLabel(const QDate &start) const
{
    switch (m_zoom) {
    case GanttZoom::Week: return QLocale().toString(start, QStringLiteral("d MMM"));
    case GanttZoom::Month: return QLocale().toString(start, QStringLiteral("MMM"));
    case GanttZoom::Quarter:
        return QCoreApplication::translate("mcs::GanttScale", "Q%1").arg((start.month() - 1) / 3 + 1);
    }
    return {};
}

QDate GanttScale::majorStart(const QDate &d) const
{
    return m_zoom == GanttZoom::Week ? QDate(d.year(), d.month(), 1) : QDate(d.year(), 1, 1);
}

QDate GanttScale::nextMajor(const QDate &start) const
{
    return m_zoom == GanttZoom::Week ? start.addMonths(1) : start.addYears(1);
}

QString GanttScale::majorLabel(const QDate &start) const
{
    return m_zoom == GanttZoom::Week ? QLocale().toString(start, QStringLiteral("MMMM yyyy"))
                                     : QString::number(start.year());
}

QDate GanttScale::paddedStart(const QDate &first, GanttZoom zoom)
{
    const GanttScale s(first, zoom);
    return s.minorStart(s.minorStart(first).addDays(-1));
}

} // namespace mcs

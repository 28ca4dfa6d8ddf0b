#pragma once

#include <QDate>
#include <QString>

namespace mcs {

// Zoom levels of the Gantt view, named after the unit of the time scale's lower row.
enum class GanttZoom { Week, Month, Quarter };

// Maps dates to horizontal pixels and names the time scale's units. Day d occupies
// [x(d), x(d) + pixelsPerDay()).
class GanttScale
{
public:
    GanttScale() = default;
    GanttScale(const QDate &origin, GanttZoom zoom);

    static double pixelsPerDay(GanttZoom zoom);

    QDate origin() const { return m_origin; }
    GanttZoom zoom() const { return m_zoom; }
    double pixelsPerDay() const { return m_pixelsPerDay; }

    double x(const QDate &date) const { return double(m_origin.daysTo(date)) * m_pixelsPerDay; }
    QDate dateAt(double x) const;

    // Lower row (week, month or quarter) and upper row (month or year) of the time scale.
    QDate minorStart(const QDate &d) const;
    QDate nextMinor(const QDate &start) const;
    QString minorLabel(const QDate &start) const;
    QDate majorStart(const QDate &d) const;
    QDate nextMajor(const QDate &start) const;
    QString majorLabel(const QDate &start) const;

    // A range that starts and ends on a lower-row boundary with some room around [first, last].
    static QDate paddedStart(const QDate &first, GanttZoom zoom);

private:
    QDate m_origin = QDate(2026, 1, 1);
    GanttZoom m_zoom = GanttZoom::Month;
    double m_pixelsPerDay = 4.0;
};

} // namespace mcs

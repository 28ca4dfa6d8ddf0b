#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace mcs {

// One all-day event of an iCalendar file.
struct CalendarEvent
{
    QString uid;         // stable across exports, so calendar programs update instead of duplicating
    QDate date;          // the day of the event
    QString summary;
    QString description; // may be empty
    QString categories;  // may be empty; one category
};

// Writes RFC 5545 iCalendar text: CRLF line ends, lines folded at 75 octets (never inside a UTF-8
// sequence), TEXT values escaped, DTSTAMP in UTC, all-day events as DTSTART/DTEND;VALUE=DATE.
class ICalendarWriter
{
public:
    explicit ICalendarWriter(QDateTime stamp); // DTSTAMP of every event; converted to UTC
    QByteArray write(const QVector<CalendarEvent> &events) const;

    static QString escapeText(const QString &text);
    // Folds one unfolded content line (no line end) and appends CRLF.
    static QByteArray foldLine(const QByteArray &line);

private:
    QDateTime m_stamp;
};

} // namespace mcs

#include "icalendarwriter.h"

#include "appversion.h"


namespace mcs {
namespace {

QByteArray dateValue(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

} // namespace

ICalendarWriter::ICalendarWriter(QDateTime stamp)
    : m_stamp(stamp.toUTC())
{
}

QString ICalendarWriter::escapeText(const QString &text)
{
    // RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become \n.
    QString out;
    out.reserve(text.size() + 8);
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\r':
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
            break;
        case '\n': out += QLatin1String("\\n"); break;
        default:
            if (c.unicode() < 0x20 && c != QLatin1Char('\t'))
                break; // other control characters are not allowed in TEXT
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::foldLine(const QByteArray &line)
{
    // RFC 5545 3.1: at most 75 octets per line; a continuation line starts with one space, which
    // counts towards its 75. Never split a UTF-8 sequence (continuation bytes are 10xxxxxx).
    QByteArray out;
    out.reserve(line.size() + line.size() / 74 * 3 + 2);
    int pos = 0;
    int limit = 75;
    while (line.size() - pos > limit) {
        int cut = pos + limit;
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos);
        out += "\r\n ";
        pos = cut;
        limit = 74;
    }
    out += line.mid(pos);
    out += "\r\n";
    return out;
}

QByteArray ICalendarWriter::write(const QVector<CalendarEvent> &events) const
{
    QByteArray out;
    auto line = [&out](const QByteArray &l) { out += foldLine(l); };
    auto text = [](const QString &s) { return escapeText(s).toUtf8(); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(QByteArray("PRODID:-//") + kOrganizationName + "//MC Studio " + kAppVersion + "//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    const QByteArray stamp = m_stamp.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    for (const CalendarEvent &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + text(e.uid));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + dateValue(e.date));
        line("DTEND;VALUE=DATE:" + dateValue(e.date.addDays(1))); // all day: DTEND is exclusive
        line("SUMMARY:" + text(e.summary));
        if (!e.description.isEmpty())
            line("DESCRIPTION:" + text(e.description));
        if (!e.categories.isEmpty())
            line("CATEGORIES:" + text(e.categories));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace mcs

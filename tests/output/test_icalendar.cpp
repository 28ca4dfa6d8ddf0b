// The iCalendar export read back by a strict RFC 5545 parser written here, not by the writer's code.
#include "icalendarwriter.h"
#include "milestonecalendar.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

using namespace mcs;

namespace {

struct Property
{
    QString name;
    QMap<QString, QString> params;
    QString value; // raw (still escaped)
};

struct Component
{
    QString name;
    QVector<Property> properties;
    QVector<Component> children;

    QVector<Property> all(const QString &n) const
    {
        QVector<Property> out;
        for (const Property &p : properties)
            if (p.name == n)
                out.append(p);
        return out;
    }
};

// TEXT unescaping (RFC 5545 3.3.11); fails on a bare ',' or ';' or an unknown escape.
bool unescapeText(const QString &raw, QString *out)
{
    out->clear();
    for (int i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char(',') || c == QLatin1Char(';'))
            return false;
        if (c != QLatin1Char('\\')) {
            *out += c;
            continue;
        }
        if (++i == raw.size())
            return false;
        const QChar e = raw.at(i);
        if (e == QLatin1Char('n') || e == QLatin1Char('N'))
            *out += QLatin1Char('\n');
        else if (e == QLatin1Char('\\') || e == QLatin1Char(',') || e == QLatin1Char(';'))
            *out += e;
        else
            return false;
    }
    return true;
}

bool fail(QString *error, const QString &why)
{
    *error = why;
    return false;
}

bool isDate(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("^\\d{8}$"));
    return re.match(v).hasMatch() && QDate::fromString(v, QStringLiteral("yyyyMMdd")).isValid();
}

bool checkEvent(const Component &e, QString *error)
{
    static const QRegularExpression utc(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    for (const char *required : {"UID", "DTSTAMP", "DTSTART"}) {
        if (e.all(QLatin1String(required)).size() != 1)
            return fail(error, QStringLiteral("VEVENT needs exactly one %1").arg(QLatin1String(required)));
    }
    if (!utc.match(e.all(QStringLiteral("DTSTAMP")).first().value).hasMatch())
        return fail(error, QStringLiteral("DTSTAMP is not a UTC date-time"));
    for (const char *name : {"DTSTART", "DTEND"}) {
        for (const Property &p : e.all(QLatin1String(name))) {
            if (p.params.value(QStringLiteral("VALUE")) != QLatin1String("DATE") || !isDate(p.value))
                return fail(error, QStringLiteral("%1 is not an all-day DATE").arg(QLatin1String(name)));
        }
    }
    const auto ends = e.all(QStringLiteral("DTEND"));
    if (ends.size() > 1)
        return fail(error, QStringLiteral("more than one DTEND"));
    if (ends.size() == 1 && ends.first().value <= e.all(QStringLiteral("DTSTART")).first().value)
        return fail(error, QStringLiteral("DTEND not after DTSTART"));
    for (const char *name : {"SUMMARY", "DESCRIPTION", "CATEGORIES", "UID"}) {
        QString text;
        for (const Property &p : e.all(QLatin1String(name)))
            if (QLatin1String(name) != QLatin1String("CATEGORIES") && !unescapeText(p.value, &text))
                return fail(error, QStringLiteral("%1 is not valid TEXT: %2").arg(QLatin1String(name), p.value));
    }
    return true;
}

// Parses `data` as one VCALENDAR; any deviation from RFC 5545's syntax is an error.
bool parseStrict(const QByteArray &data, Component *calendar, QString *error)
{
    if (!data.endsWith("\r\n"))
        return fail(error, QStringLiteral("does not end with CRLF"));
    for (int i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            return fail(error, QStringLiteral("bare LF at byte %1").arg(i));
        if (data.at(i) == '\r' && (i + 1 == data.size() || data.at(i + 1) != '\n'))
            return fail(error, QStringLiteral("bare CR at byte %1").arg(i));
    }
    QList<QByteArray> physical = data.split('\n');
    physical.removeLast(); // after the final CRLF
    QStringList logical;
    for (int n = 0; n < physical.size(); ++n) {
        QByteArray line = physical.at(n);
        line.chop(1); // '\r'
        if (line.size() > 75)
            return fail(error, QStringLiteral("line %1 has %2 octets").arg(n + 1).arg(line.size()));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(line);
        if (utf8.hasError())
            return fail(error, QStringLiteral("line %1 is not UTF-8 on its own (split sequence?)").arg(n + 1));
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (logical.isEmpty())
                return fail(error, QStringLiteral("continuation before the first line"));
            logical.last() += text.mid(1);
        } else {
            if (line.isEmpty())
                return fail(error, QStringLiteral("empty line %1").arg(n + 1));
            logical.append(text);
        }
    }
    static const QRegularExpression contentLine(
        QStringLiteral("^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*))*):(.*)$"));
    static const QRegularExpression param(QStringLiteral(";([A-Za-z0-9-]+)=(\"[^\"]*\"|[^\";:,]*)"));
    QVector<Component> stack;
    bool done = false;
    for (const QString &l : logical) {
        const auto m = contentLine.match(l);
        if (!m.hasMatch())
            return fail(error, QStringLiteral("not a content line: %1").arg(l));
        if (done)
            return fail(error, QStringLiteral("content after END:VCALENDAR"));
        Property p;
        p.name = m.captured(1).toUpper();
        for (auto it = param.globalMatch(m.captured(2)); it.hasNext();) {
            const auto pm = it.next();
            p.params.insert(pm.captured(1).toUpper(), pm.captured(2));
        }
        p.value = m.captured(3);
        if (p.name == QLatin1String("BEGIN")) {
            if (stack.isEmpty() && p.value != QLatin1String("VCALENDAR"))
                return fail(error, QStringLiteral("does not begin with VCALENDAR"));
            stack.append(Component{p.value, {}, {}});
        } else if (p.name == QLatin1String("END")) {
            if (stack.isEmpty() || stack.last().name != p.value)
                return fail(error, QStringLiteral("END:%1 does not match").arg(p.value));
            Component c = stack.takeLast();
            if (c.name == QLatin1String("VEVENT") && !checkEvent(c, error))
                return false;
            if (stack.isEmpty()) {
                *calendar = c;
                done = true;
            } else {
                stack.last().children.append(c);
            }
        } else {
            if (stack.isEmpty())
                return fail(error, QStringLiteral("property outside a component"));
            stack.last().properties.append(p);
        }
    }
    if (!done)
        return fail(error, QStringLiteral("VCALENDAR not closed"));
    if (calendar->all(QStringLiteral("VERSION")).size() != 1
        || calendar->all(QStringLiteral("VERSION")).first().value != QLatin1String("2.0"))
        return fail(error, QStringLiteral("VERSION:2.0 missing"));
    if (calendar->all(QStringLiteral("PRODID")).size() != 1)
        return fail(error, QStringLiteral("PRODID missing"));
    return true;
}

QString text(const Component &c, const char *name)
{
    QString out;
    unescapeText(c.all(QLatin1String(name)).value(0).value, &out);
    return out;
}

CourseMilestones sampleCourse()
{
    CourseMilestones c;
    c.course.code = QStringLiteral("TMN4031MCA");
    // Long, with multi-byte characters, commas, semicolons and a backslash: folding and escaping.
    c.course.title = QString::fromUtf8("Micro-Credential in Pemprosesan Sagu — Teknologi, Inovasi; "
                                       "Pengurusan \\ Kualiti 质量 ✓ untuk Industri Makanan Sarawak");
    c.course.faculty = QStringLiteral("FRST");
    c.milestones = MilestonePlan::plannedSchedule(QDate(2026, 1, 31));
    c.milestones[0].actualCompletion = QDate(2026, 2, 5);
    return c;
}

} // namespace

TEST(ICalendar, StrictParserRejectsBrokenInput)
{
    Component cal;
    QString error;
    const QByteArray good = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n";
    EXPECT_TRUE(parseStrict(good, &cal, &error)) << error.toStdString();
    QByteArray lf = good;
    lf.replace("\r\n", "\n");
    EXPECT_FALSE(parseStrict(lf, &cal, &error));
    EXPECT_FALSE(parseStrict("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + QByteArray(80, 'x') + "\r\nEND:VCALENDAR\r\n",
                             &cal, &error));
    EXPECT_FALSE(parseStrict("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                             "DTSTAMP:20260101T000000Z\r\nDTSTART:20260101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                             &cal, &error)); // DTSTART without VALUE=DATE
}

TEST(ICalendar, FoldsAtSeventyFiveOctetsWithoutSplittingCharacters)
{
    const QByteArray folded = ICalendarWriter::foldLine(QByteArray(200, 'a'));
    const QList<QByteArray> lines = folded.split('\n');
    ASSERT_EQ(lines.size(), 4); // 75 + (1+74) + (1+51) and the empty rest after the last LF
    EXPECT_EQ(lines.at(0).size(), 76); // 75 + '\r'
    EXPECT_EQ(lines.at(1), " " + QByteArray(74, 'a') + "\r");
    EXPECT_EQ(lines.at(2), " " + QByteArray(51, 'a') + "\r");
    // "é" (2 octets) would straddle octet 75: the first line stops at 74.
    const QByteArray accent = QByteArray(74, 'a') + QString(QChar(0xE9)).toUtf8() + "b";
    EXPECT_EQ(ICalendarWriter::foldLine(accent), QByteArray(74, 'a') + "\r\n " + QString(QChar(0xE9)).toUtf8() + "b\r\n");
    EXPECT_EQ(ICalendarWriter::foldLine(QByteArray(75, 'a')), QByteArray(75, 'a') + "\r\n");
}

TEST(ICalendar, EscapesText)
{
    EXPECT_EQ(ICalendarWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
              QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
}

TEST(ICalendar, MilestoneExportParsesStrictly)
{
    const CourseMilestones course = sampleCourse();
    const QDateTime stamp(QDate(2026, 11, 30), QTime(13, 5, 9), QTimeZone(8 * 3600)); // MYT
    const QByteArray ics = ICalendarWriter(stamp).write(milestoneCalendarEvents(course));
    Component cal;
    QString error;
    ASSERT_TRUE(parseStrict(ics, &cal, &error)) << error.toStdString() << "\n" << ics.toStdString();
    EXPECT_TRUE(ics.contains("\r\n ")) << "the long description must have been folded";
    ASSERT_EQ(cal.children.size(), 8);
    QSet<QString> uids;
    for (int i = 0; i < 8; ++i) {
        const Component &e = cal.children.at(i);
        EXPECT_EQ(e.name, QStringLiteral("VEVENT"));
        uids.insert(text(e, "UID"));
        EXPECT_EQ(e.all(QStringLiteral("DTSTAMP")).first().value, QStringLiteral("20261130T050509Z"));
        EXPECT_EQ(e.all(QStringLiteral("DTSTART")).first().value,
                  course.milestones[i].plannedDue.toString(QStringLiteral("yyyyMMdd")));
        EXPECT_EQ(e.all(QStringLiteral("DTEND")).first().value,
                  course.milestones[i].plannedDue.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        EXPECT_TRUE(text(e, "DESCRIPTION").startsWith(course.course.title)) << text(e, "DESCRIPTION").toStdString();
    }
    EXPECT_EQ(uids.size(), 8);
    const Component &first = cal.children.first();
    EXPECT_EQ(text(first, "UID"), QStringLiteral("mcstudio-TMN4031MCA-m1@cflex.example.edu.my"));
    EXPECT_EQ(first.all(QStringLiteral("DTSTART")).first().value, QStringLiteral("20260207"));
    EXPECT_EQ(text(first, "SUMMARY"), QStringLiteral("TMN4031MCA: Proposal form submitted and approved due"));
    EXPECT_EQ(text(first, "DESCRIPTION"),
              course.course.title
                  + QStringLiteral("\nMilestone 1 of 8 (15% of development)\nPlanned: 2026-01-31 to 2026-02-07"
                                   "\nCompleted: 2026-02-05"));
    EXPECT_EQ(cal.children.last().all(QStringLiteral("DTSTART")).first().value, QStringLiteral("20260802"));
}

TEST(ICalendar, UidsAreStableAcrossExports)
{
    const CourseMilestones course = sampleCourse();
    const QByteArray a = ICalendarWriter(QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()))
                             .write(milestoneCalendarEvents(course));
    CourseMilestones moved = course;
    moved.milestones = MilestonePlan::plannedSchedule(QDate(2026, 3, 1));
    const QByteArray b = ICalendarWriter(QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()))
                             .write(milestoneCalendarEvents(moved));
    Component ca, cb;
    QString error;
    ASSERT_TRUE(parseStrict(a, &ca, &error)) << error.toStdString();
    ASSERT_TRUE(parseStrict(b, &cb, &error)) << error.toStdString();
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(text(ca.children.at(i), "UID"), text(cb.children.at(i), "UID"));
    EXPECT_EQ(milestoneEventUid(QStringLiteral("MC 01/é"), 3), QStringLiteral("mcstudio-MC%2001%2F%C3%A9-m3@cflex.example.edu.my"));
}

TEST(ICalendar, OneFileForManyCoursesOrOne)
{
    CourseMilestones a = sampleCourse();
    CourseMilestones b = sampleCourse();
    b.course.code = QStringLiteral("MC002");
    const QDateTime stamp(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    Component cal;
    QString error;
    ASSERT_TRUE(parseStrict(milestoneCalendar({a, b}, stamp), &cal, &error)) << error.toStdString();
    EXPECT_EQ(cal.children.size(), 16);
    ASSERT_TRUE(parseStrict(milestoneCalendar({a, b}, stamp, QStringLiteral("MC002")), &cal, &error));
    ASSERT_EQ(cal.children.size(), 8);
    EXPECT_EQ(text(cal.children.first(), "UID"), QStringLiteral("mcstudio-MC002-m1@cflex.example.edu.my"));
    ASSERT_TRUE(parseStrict(milestoneCalendar({a, b}, stamp, QStringLiteral("NOPE")), &cal, &error))
        << "an empty calendar is still a valid file";
    EXPECT_EQ(cal.children.size(), 0);
}

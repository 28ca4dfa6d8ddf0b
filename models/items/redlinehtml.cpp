#include "redlinehtml.h"

#include <QCoreApplication>
#include <QPalette>
#include <QRegularExpression>

namespace mcs {
namespace {

// lupdate files these strings under mcs::Redline, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Redline)
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString span(const QString &html, const QColor &background, bool strike)
{
    QString out = QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(background.name(), html);
    return strike ? QStringLiteral("<s>%1</s>").arg(out) : out;
}

// Marks the words of `older` missing from `newer` and the words of `newer` missing from `older`.
void markWords(const QString &older, const QString &newer, const RedlineColours &c, QString *oldHtml, QString *newHtml)
{
    static const QRegularExpression words(QStringLiteral("\\s+|[^\\s]+"));
    QStringList a;
    QStringList b;
    for (auto it = words.globalMatch(older); it.hasNext();)
        a << it.next().captured();
    for (auto it = words.globalMatch(newer); it.hasNext();)
        b << it.next().captured();
    oldHtml->clear();
    newHtml->clear();
    for (const RowPair &p : alignRows(int(a.size()), int(b.size()), {[&](int i, int j) { return a[i] == b[j]; }})) {
        const bool same = p.a >= 0 && p.b >= 0 && a[p.a] == b[p.b];
        if (p.a >= 0)
            *oldHtml += same || a[p.a].trimmed().isEmpty() ? escaped(a[p.a]) : span(escaped(a[p.a]), c.removedStrong, true);
        if (p.b >= 0)
            *newHtml += same || b[p.b].trimmed().isEmpty() ? escaped(b[p.b]) : span(escaped(b[p.b]), c.addedStrong, false);
    }
}

QString cell(const QString &html, const QColor &background, const QColor &text, bool strike)
{
    if (html.isEmpty())
        return QStringLiteral("<td></td>");
    const QString body = strike ? QStringLiteral("<s>%1</s>").arg(html) : html;
    return QStringLiteral("<td bgcolor=\"%1\"><span style=\"color:%2\">%3</span></td>")
        .arg(background.name(), text.name(), body);
}

} // namespace

RedlineColours RedlineColours::forPalette(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    if (dark)
        return {QColor(0x1d, 0x4a, 0x2a), QColor(0xc8, 0xf7, 0xd0), QColor(0x2f, 0x7a, 0x43),
                QColor(0x5a, 0x1e, 0x22), QColor(0xff, 0xd0, 0xd0), QColor(0x8c, 0x2c, 0x33),
                palette.color(QPalette::Mid)};
    return {QColor(0xdc, 0xf5, 0xe0), QColor(0x0b, 0x5a, 0x1e), QColor(0x9a, 0xe0, 0xa6),
            QColor(0xff, 0xe1, 0xdf), QColor(0x8a, 0x12, 0x12), QColor(0xf5, 0xa8, 0xa4),
            palette.color(QPalette::Mid)};
}

QString redlineHtml(const QVector<CourseChange> &changes, const QString &olderTitle, const QString &newerTitle,
                    const RedlineColours &colours)
{
    QString html;
    if (changes.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(Tr::tr("The two versions are the same."));
    html += QStringLiteral("<p>%1</p>").arg((changes.size() == 1 ? Tr::tr("1 difference.") : Tr::tr("%1 differences.").arg(changes.size())).toHtmlEscaped());
    bool first = true;
    CourseSection section = changes.first().section;
    auto openTable = [&](CourseSection s) {
        html += QStringLiteral("<h3>%1</h3>").arg(courseSectionName(s).toHtmlEscaped());
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\""
                               " style=\"border-collapse:collapse; border-color:%1\">")
                    .arg(colours.rule.name());
        html += QStringLiteral("<tr><th align=\"left\" width=\"24%\">%1</th><th align=\"left\" width=\"38%\">%2</th>"
                               "<th align=\"left\" width=\"38%\">%3</th></tr>")
                    .arg(Tr::tr("Field").toHtmlEscaped(), olderTitle.toHtmlEscaped(), newerTitle.toHtmlEscaped());
    };
    for (const CourseChange &c : changes) {
        if (first || c.section != section) {
            if (!first)
                html += QStringLiteral("</table>");
            section = c.section;
            openTable(section);
            first = false;
        }
        QString oldHtml = escaped(c.oldValue);
        QString newHtml = escaped(c.newValue);
        QString label = escaped(c.label);
        bool strikeOld = true;
        switch (c.kind) {
        case CourseChange::Kind::Added: label += QStringLiteral(" <i>(%1)</i>").arg(Tr::tr("added").toHtmlEscaped()); break;
        case CourseChange::Kind::Removed: label += QStringLiteral(" <i>(%1)</i>").arg(Tr::tr("removed").toHtmlEscaped()); break;
        case CourseChange::Kind::Changed:
            if (!c.oldValue.isEmpty() && !c.newValue.isEmpty())
            {
                markWords(c.oldValue, c.newValue, colours, &oldHtml, &newHtml);
                strikeOld = false; // the removed words are struck one by one
            }
            break;
        }
        html += QStringLiteral("<tr><td>%1</td>%2%3</tr>")
                    .arg(label, cell(oldHtml, colours.removedBackground, colours.removedText, strikeOld),
                         cell(newHtml, colours.addedBackground, colours.addedText, false));
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace mcs

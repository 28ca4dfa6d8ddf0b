#include "serialpattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mcs {
namespace {
const QRegularExpression &placeholder()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z]+)(?::(\\d{1,2}))?\\}"));
    return re;
}
} // namespace

SerialPattern::SerialPattern(QString pattern)
    : m_pattern(std::move(pattern))
{
}

bool SerialPattern::isValid(QString *error) const
{
    bool hasSeq = false;
    auto it = placeholder().globalMatch(m_pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(1);
        if (name == QLatin1String("seq")) {
            hasSeq = true;
        } else if (name != QLatin1String("year")) {
            if (error)
                *error = QCoreApplication::translate("mcs::SerialPattern", "unknown placeholder {%1} in the serial pattern")
                             .arg(name);
            return false;
        }
    }
    if (!hasSeq && error)
        *error = QCoreApplication::translate("mcs::SerialPattern",
                                             "the serial pattern needs {seq} so that every statement's serial is unique");
    return hasSeq;
}

QString SerialPattern::format(int year, qint64 sequence) const
{
    QString out;
    qsizetype last = 0;
    auto it = placeholder().globalMatch(m_pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        out += m_pattern.mid(last, m.capturedStart() - last);
        if (m.captured(1) == QLatin1String("year"))
            out += QString::number(year).rightJustified(4, QLatin1Char('0'));
        else if (m.captured(1) == QLatin1String("seq"))
            out += QString::number(sequence).rightJustified(m.captured(2).isEmpty() ? 6 : m.captured(2).toInt(),
                                                            QLatin1Char('0'));
        else
            out += m.captured(0);
        last = m.capturedEnd();
    }
    return out + m_pattern.mid(last);
}

QString SerialPattern::scope(int year) const
{
    QString out = m_pattern;
    out.replace(QLatin1String("{year}"), QString::number(year).rightJustified(4, QLatin1Char('0')));
    return out;
}

} // namespace mcs

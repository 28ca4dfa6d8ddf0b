#include "csvrecords.h"

#include <QCoreApplication>

namespace mcs {

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

bool parseCsvRecords(QStringView text, QVector<CsvRecord> *records, int *errorLine, int *errorField, QString *error)
{
    const QChar *s = text.data();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    const auto fail = [&](int atLine, int field, const char *message) {
        *errorLine = atLine;
        *errorField = field;
        *error = QCoreApplication::translate("mcs::Csv", message);
        return false;
    };
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        for (;;) {
            QString field;
            if (s[pos] == QLatin1Char('"')) {
                const int startLine = line;
                ++pos;
                for (;;) {
                    if (pos >= n)
                        return fail(startLine, int(record.fields.size()), QT_TRANSLATE_NOOP("mcs::Csv", "a quoted field is not closed"));
                    const QChar c = s[pos];
                    if (c == QLatin1Char('"')) {
                        if (pos + 1 < n && s[pos + 1] == QLatin1Char('"')) {
                            field.append(c);
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        break;
                    }
                    if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(pos + 1 < n && s[pos + 1] == QLatin1Char('\n'))))
                        ++line;
                    field.append(c);
                    ++pos;
                }
                if (pos < n && s[pos] != QLatin1Char(',') && s[pos] != QLatin1Char('\n') && s[pos] != QLatin1Char('\r'))
                    return fail(line, int(record.fields.size()), QT_TRANSLATE_NOOP("mcs::Csv", "text follows the closing quote of a field"));
            } else {
                const qsizetype start = pos;
                while (pos < n && s[pos] != QLatin1Char(',') && s[pos] != QLatin1Char('\n') && s[pos] != QLatin1Char('\r'))
                    ++pos;
                field = QString(s + start, pos - start);
            }
            record.fields.append(std::move(field));
            if (pos < n && s[pos] == QLatin1Char(',')) {
                ++pos;
                if (pos == n) { // a trailing comma at the very end: one more empty field
                    record.fields.append(QString());
                    break;
                }
                continue;
            }
            if (pos < n) { // a line break ends the record
                if (s[pos] == QLatin1Char('\r') && pos + 1 < n && s[pos + 1] == QLatin1Char('\n'))
                    ++pos;
                ++pos;
                ++line;
            }
            break;
        }
        records->append(std::move(record));
    }
    return true;
}

QString csvField(const QString &value)
{
    bool quote = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    for (const QChar c : value) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace mcs

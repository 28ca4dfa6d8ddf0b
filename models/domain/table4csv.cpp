#include "table4csv.h"

#include "csvrecords.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringDecoder>

#include <array>
#include <cmath>

namespace mcs {

namespace {

enum Column { Unit, Topic, Clo, ActivityType, Quantity, Rate, Mode, Assessment, Weight, ColumnCount };

// Translation context for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Table4Csv)
};

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString key(const QString &cell)
{
    return cell.trimmed().toLower();
}

} // namespace

const QStringList &Table4Csv::columns()
{
    static const QStringList list = {
        QStringLiteral("unit"), QStringLiteral("topic"), QStringLiteral("clo"),
        QStringLiteral("activity"), QStringLiteral("quantity"), QStringLiteral("rate"),
        QStringLiteral("mode"), QStringLiteral("assessment"), QStringLiteral("weight"),
    };
    return list;
}

int Table4CsvLines::lineOf(int unit, int activity) const
{
    if (unit < 0 || unit >= units.size())
        return 0;
    if (activity < 0)
        return units.at(unit);
    const QVector<int> &rows = activities.at(unit);
    return activity < rows.size() ? rows.at(activity) : 0;
}

void Table4CsvLines::locate(QVector<SltFinding> *findings) const
{
    for (SltFinding &f : *findings)
        f.line = lineOf(f.unit, f.activity);
}

QString Table4CsvError::toString() const
{
    QString s;
    if (line > 0)
        s = Tr::tr("line %1").arg(line);
    if (!column.isEmpty())
        s += (s.isEmpty() ? QString() : QStringLiteral(", ")) + Tr::tr("column '%1'").arg(column);
    return s.isEmpty() ? message : s + QStringLiteral(": ") + message;
}

bool Table4Csv::read(const QByteArray &bytes, const RateTable &rates, Table4 *table, Table4CsvLines *lines,
                     Table4CsvError *error)
{
    *table = Table4{};
    *lines = Table4CsvLines{};
    const auto fail = [error](int line, const QString &column, const QString &message) {
        error->line = line;
        error->column = column;
        error->message = message;
        return false;
    };

    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(0, {}, Tr::tr("the file is not UTF-8 text"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QVector<CsvRecord> records;
    int errorLine = 0;
    int errorField = 0;
    QString message;
    if (!parseCsvRecords(text, &records, &errorLine, &errorField, &message))
        return fail(errorLine, Tr::tr("field %1").arg(errorField + 1), message);

    // The header: the first record that is not blank.
    qsizetype first = 0;
    while (first < records.size() && records.at(first).isBlank())
        ++first;
    if (first == records.size())
        return fail(1, {}, Tr::tr("the header row is missing (%1)").arg(columns().join(QLatin1Char(','))));
    const CsvRecord &header = records.at(first);
    std::array<int, ColumnCount> at;
    at.fill(-1);
    QStringList names; // by field index
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = key(header.fields.at(i));
        names.append(name);
        const int column = int(columns().indexOf(name));
        if (column < 0)
            return fail(header.line, name.isEmpty() ? Tr::tr("field %1").arg(i + 1) : name,
                        name.isEmpty() ? Tr::tr("the column has no name")
                                       : Tr::tr("unknown column (expected %1)").arg(columns().join(QLatin1Char(','))));
        if (at[size_t(column)] >= 0)
            return fail(header.line, name, Tr::tr("the column appears twice"));
        at[size_t(column)] = i;
    }
    for (Column required : {Unit, ActivityType, Quantity})
        if (at[required] < 0)
            return fail(header.line, columns().at(required), Tr::tr("required column is missing"));

    QHash<int, int> unitIndex; // unit number -> index in table->units
    for (qsizetype r = first + 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.isBlank())
            continue;
        for (qsizetype i = header.fields.size(); i < rec.fields.size(); ++i)
            if (!rec.fields.at(i).trimmed().isEmpty())
                return fail(rec.line, Tr::tr("field %1").arg(i + 1),
                            Tr::tr("the row has more fields than the header's %1").arg(header.fields.size()));
        const auto cell = [&](Column c) -> QString {
            const int i = at[c];
            return i >= 0 && i < rec.fields.size() ? rec.fields.at(i) : QString();
        };
        const auto bad = [&](Column c, const QString &what) { return fail(rec.line, columns().at(c), what); };
        const auto readNumber = [&](Column c, double *value, bool percent) {
            QString s = cell(c).trimmed();
            if (percent && s.endsWith(QLatin1Char('%')))
                s.chop(1);
            bool ok = false;
            *value = s.toDouble(&ok);
            if (!ok || !std::isfinite(*value))
                return bad(c, Tr::tr("'%1' is not a number").arg(cell(c).trimmed()));
            return true;
        };

        bool ok = false;
        const int number = cell(Unit).trimmed().toInt(&ok);
        if (!ok)
            return bad(Unit, cell(Unit).trimmed().isEmpty() ? Tr::tr("the unit number is empty")
                                                            : Tr::tr("'%1' is not a unit number").arg(cell(Unit).trimmed()));
        auto it = unitIndex.find(number);
        if (it == unitIndex.end()) {
            it = unitIndex.insert(number, int(table->units.size()));
            LearningUnit unit;
            unit.number = number;
            table->units.append(unit);
            lines->units.append(rec.line);
            lines->activities.append(QVector<int>());
        }
        LearningUnit &unit = table->units[*it];
        const QString topic = cell(Topic);
        if (unit.title.isEmpty() && !topic.trimmed().isEmpty())
            unit.title = topic;

        const QString type = key(cell(ActivityType));
        if (type.isEmpty()) {
            // A unit declared without activities: nothing else may be given on its row.
            for (Column c : {Clo, Quantity, Rate, Mode, Assessment, Weight})
                if (!cell(c).trimmed().isEmpty())
                    return bad(ActivityType, Tr::tr("the activity is empty"));
            continue;
        }
        Activity a;
        if (!rates.find(type))
            return bad(ActivityType, Tr::tr("unknown activity '%1' (expected %2)")
                                         .arg(cell(ActivityType).trimmed(), rates.keys().join(QStringLiteral(", "))));
        a.type = type;
        if (cell(Quantity).trimmed().isEmpty())
            return bad(Quantity, Tr::tr("the quantity is empty"));
        if (!readNumber(Quantity, &a.quantity, false))
            return false;
        if (!cell(Rate).trimmed().isEmpty()) {
            double rate = 0;
            if (!readNumber(Rate, &rate, false))
                return false;
            a.rate = rate;
        }
        if (const QString mode = key(cell(Mode)); !mode.isEmpty() && !deliveryModeFromKey(mode, &a.mode))
            return bad(Mode, Tr::tr("unknown mode '%1' (expected physical, online_sync or online_async)")
                                 .arg(cell(Mode).trimmed()));
        if (!assessmentKindFromKey(key(cell(Assessment)), &a.assessment))
            return bad(Assessment, Tr::tr("unknown assessment kind '%1' (expected formative, continuous, final or blank)")
                                       .arg(cell(Assessment).trimmed()));
        if (!cell(Weight).trimmed().isEmpty()) {
            double weight = 0;
            if (!readNumber(Weight, &weight, true))
                return false;
            a.weight = weight;
        }
        const QString clos = cell(Clo);
        if (!clos.trimmed().isEmpty()) {
            for (const QString &code : clos.split(QLatin1Char(';'))) {
                const QString trimmed = code.trimmed();
                if (!trimmed.isEmpty())
                    a.clos.append(trimmed);
            }
        }
        unit.activities.append(std::move(a));
        lines->activities[*it].append(rec.line);
    }
    return true;
}

QByteArray Table4Csv::write(const Table4 &table)
{
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const LearningUnit &unit : table.units) {
        const QString unitNumber = QString::number(unit.number);
        if (unit.activities.isEmpty()) {
            out += unitNumber + QLatin1Char(',') + csvField(unit.title) + QStringLiteral(",,,,,,,\n");
            continue;
        }
        bool firstRow = true;
        for (const Activity &a : unit.activities) {
            const QStringList fields = {
                unitNumber,
                firstRow ? csvField(unit.title) : QString(),
                csvField(a.clos.join(QLatin1Char(';'))),
                csvField(a.type),
                number(a.quantity),
                a.rate ? number(*a.rate) : QString(),
                deliveryModeKey(a.mode),
                assessmentKindKey(a.assessment),
                a.weight ? number(*a.weight) : QString(),
            };
            out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
            firstRow = false;
        }
    }
    return out.toUtf8();
}

} // namespace mcs

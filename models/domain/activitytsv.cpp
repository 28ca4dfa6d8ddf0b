#include "activitytsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace mcs {

namespace {

enum Column { Type, Quantity, Rate, Mode, Clos, Assessment, Weight, ColumnCount };

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ActivityTsv)
};

QString norm(const QString &cell)
{
    return cell.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

bool headerColumn(const QString &cell, int *column)
{
    static const QHash<QString, int> names = {
        {QStringLiteral("type"), Type},       {QStringLiteral("activity"), Type},
        {QStringLiteral("quantity"), Quantity}, {QStringLiteral("rate"), Rate},
        {QStringLiteral("mode"), Mode},       {QStringLiteral("clo"), Clos},
        {QStringLiteral("clos"), Clos},       {QStringLiteral("assessment"), Assessment},
        {QStringLiteral("weight"), Weight},
    };
    const auto it = names.constFind(norm(cell));
    if (it == names.cend())
        return false;
    *column = it.value();
    return true;
}

// "12", "12.5", "12 slides", "30 min"; a trailing '%' for weights.
bool parseNumber(const QString &cell, double *value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*(?:%|[A-Za-z ]*)\\s*$"));
    const auto m = re.match(cell);
    if (!m.hasMatch())
        return false;
    *value = m.captured(1).toDouble();
    return true;
}

const ActivityRate *findType(const RateTable &rates, const QString &cell)
{
    if (const ActivityRate *r = rates.find(norm(cell)))
        return r;
    for (const ActivityRate &r : rates.rates())
        if (r.label.compare(cell.trimmed(), Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

bool ActivityTsv::read(const QString &text, const RateTable &rates, QVector<Activity> *activities,
                       Table4CsvError *error)
{
    activities->clear();
    QVector<Activity> out;
    QVector<int> order = {Type, Quantity, Rate, Mode, Clos, Assessment, Weight};
    const QStringList lines = text.split(QLatin1Char('\n'));
    bool first = true;
    auto fail = [&](int line, const QString &column, const QString &message) {
        *error = Table4CsvError{line, column, message};
        return false;
    };
    static const char *const columnNames[] = {"type", "quantity", "rate", "mode", "clos", "assessment", "weight"};
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        const int lineNo = i + 1;
        if (first) {
            first = false;
            QVector<int> header;
            int column = 0;
            for (const QString &c : cells) {
                if (!headerColumn(c, &column)) {
                    header.clear();
                    break;
                }
                header.append(column);
            }
            if (!header.isEmpty()) {
                if (!header.contains(Type) || !header.contains(Quantity))
                    return fail(lineNo, QString(), Tr::tr("the header needs a type and a quantity column"));
                order = header;
                continue;
            }
        }
        Activity a;
        bool hasType = false, hasQuantity = false;
        for (int c = 0; c < cells.size() && c < order.size(); ++c) {
            const QString cell = cells.at(c).trimmed();
            const int col = order.at(c);
            const QString colName = QString::fromLatin1(columnNames[col]);
            if (cell.isEmpty())
                continue;
            double v = 0;
            switch (col) {
            case Type: {
                const ActivityRate *r = findType(rates, cell);
                if (!r)
                    return fail(lineNo, colName, Tr::tr("'%1' is not an activity type").arg(cell));
                a.type = r->key;
                hasType = true;
                break;
            }
            case Quantity:
                if (!parseNumber(cell, &v))
                    return fail(lineNo, colName, Tr::tr("'%1' is not a number").arg(cell));
                a.quantity = v;
                hasQuantity = true;
                break;
            case Rate:
                if (!parseNumber(cell, &v))
                    return fail(lineNo, colName, Tr::tr("'%1' is not a number").arg(cell));
                a.rate = v;
                break;
            case Weight:
                if (!parseNumber(cell, &v))
                    return fail(lineNo, colName, Tr::tr("'%1' is not a number").arg(cell));
                a.weight = v;
                break;
            case Mode:
                if (!deliveryModeFromKey(norm(cell), &a.mode))
                    return fail(lineNo, colName, Tr::tr("'%1' is not a delivery mode").arg(cell));
                break;
            case Assessment:
                if (!assessmentKindFromKey(norm(cell), &a.assessment))
                    return fail(lineNo, colName, Tr::tr("'%1' is not an assessment kind").arg(cell));
                break;
            case Clos:
                for (const QString &clo : cell.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts))
                    a.clos.append(clo.trimmed());
                break;
            }
        }
        if (!hasType)
            return fail(lineNo, QStringLiteral("type"), Tr::tr("the activity type is missing"));
        if (!hasQuantity)
            return fail(lineNo, QStringLiteral("quantity"), Tr::tr("the quantity is missing"));
        out.append(a);
    }
    *activities = out;
    return true;
}

QString ActivityTsv::write(const QVector<Activity> &activities)
{
    QString out;
    for (const Activity &a : activities) {
        const QStringList cells = {a.type,
                                   number(a.quantity),
                                   a.rate ? number(*a.rate) : QString(),
                                   deliveryModeKey(a.mode),
                                   a.clos.join(QLatin1Char(';')),
                                   assessmentKindKey(a.assessment),
                                   a.weight ? number(*a.weight) : QString()};
        out += cells.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace mcs

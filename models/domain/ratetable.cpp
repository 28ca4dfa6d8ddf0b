#include "ratetable.h"

#include "table4.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace mcs {

std::optional<double> ActivityRate::defaultRate() const
{
    switch (kind) {
    case RateKind::Ranged: return (min + max) / 2; // the midpoint of the 2.2 range
    case RateKind::Fixed: return min;
    case RateKind::Required: return std::nullopt;
    }
    return std::nullopt;
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readRate(const QJsonObject &o, const QString &key, const char *field, double *value, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
        return fail(error, QStringLiteral("type '%1': '%2' must be a number of minutes, 0 or more")
                               .arg(key, QLatin1String(field)));
    *value = v.toDouble();
    return true;
}

bool readType(const QJsonValue &value, int index, ActivityRate *rate, QString *error)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!value.isObject())
        return fail(error, QStringLiteral("types[%1] is not an object").arg(index));
    const QJsonObject o = value.toObject();
    rate->key = o.value(QLatin1String("key")).toString();
    if (!keyPattern.match(rate->key).hasMatch())
        return fail(error, QStringLiteral("types[%1]: key '%2' is not a lower-case identifier").arg(index).arg(rate->key));
    rate->label = o.value(QLatin1String("label")).toString(rate->key);
    rate->unit = o.value(QLatin1String("unit")).toString();
    if (rate->unit.isEmpty())
        return fail(error, QStringLiteral("type '%1' has no unit").arg(rate->key));
    rate->assessment = o.value(QLatin1String("assessment")).toBool(false);

    const bool ranged = o.contains(QLatin1String("min")) || o.contains(QLatin1String("max"));
    const bool fixed = o.contains(QLatin1String("fixed"));
    const bool required = o.value(QLatin1String("rate_required")).toBool(false);
    if (int(ranged) + int(fixed) + int(required) != 1)
        return fail(error, QStringLiteral("type '%1' needs exactly one of min/max, fixed or rate_required").arg(rate->key));
    if (ranged) {
        rate->kind = RateKind::Ranged;
        if (!readRate(o, rate->key, "min", &rate->min, error) || !readRate(o, rate->key, "max", &rate->max, error))
            return false;
        if (rate->min > rate->max)
            return fail(error, QStringLiteral("type '%1': min is above max").arg(rate->key));
    } else if (fixed) {
        rate->kind = RateKind::Fixed;
        if (!readRate(o, rate->key, "fixed", &rate->min, error))
            return false;
        rate->max = rate->min;
    } else {
        rate->kind = RateKind::Required;
    }
    return true;
}

} // namespace

std::optional<RateTable> RateTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("mcstudio-slt-rates")) {
        fail(error, QStringLiteral("not an SLT rate table (\"format\" is not \"mcstudio-slt-rates\")"));
        return std::nullopt;
    }
    RateTable table;
    const QJsonValue version = root.value(QLatin1String("version"));
    table.m_version = version.toInt(0);
    if (table.m_version < 1 || version.toDouble() != table.m_version) {
        fail(error, QStringLiteral("\"version\" must be a whole number, 1 or more"));
        return std::nullopt;
    }
    const QJsonArray types = root.value(QLatin1String("types")).toArray();
    if (types.isEmpty()) {
        fail(error, QStringLiteral("\"types\" is missing or empty"));
        return std::nullopt;
    }
    for (int i = 0; i < types.size(); ++i) {
        ActivityRate rate;
        if (!readType(types.at(i), i, &rate, error))
            return std::nullopt;
        if (table.m_index.contains(rate.key)) {
            fail(error, QStringLiteral("type '%1' appears twice").arg(rate.key));
            return std::nullopt;
        }
        table.m_index.insert(rate.key, int(table.m_rates.size()));
        table.m_rates.append(rate);
    }
    return table;
}

QStringList RateTable::keys() const
{
    QStringList list;
    list.reserve(m_rates.size());
    for (const ActivityRate &r : m_rates)
        list.append(r.key);
    return list;
}

const ActivityRate *RateTable::find(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.constEnd() ? nullptr : &m_rates.at(*it);
}

std::optional<double> RateTable::plannedRate(const Activity &activity) const
{
    const ActivityRate *rate = find(activity.type);
    if (!rate)
        return activity.rate;
    return activity.rate ? activity.rate : rate->defaultRate();
}

} // namespace mcs

#include "ratetable.h"

#include "table4.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace mcs {
namespace {
// lupdate files these under mcs::RateTable, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::RateTable)
};
} // namespace

std::optional<double> ActivityRate::defaultRate() const
{
    switch (kind) {
    case RateKind::Ranged: return preferred ? *preferred : (min + max) / 2; // else the midpoint of the 2.2 range
    case RateKind::Fixed: return min;
    case RateKind::Required: return std::nullopt;
    }
    return std::nullopt;
}

bool ActivityRate::operator==(const ActivityRate &o) const
{
    return key == o.key && label == o.label && unit == o.unit && kind == o.kind && min == o.min && max == o.max
        && assessment == o.assessment && preferred == o.preferred;
}

QString ActivityRate::editProblem() const
{
    switch (kind) {
    case RateKind::Required:
        return QString();
    case RateKind::Fixed:
        return min > 0 && std::isfinite(min) ? QString()
                                             : Tr::tr("%1: the fixed rate must be above 0 minutes.").arg(label);
    case RateKind::Ranged:
        break;
    }
    if (!(min > 0) || !std::isfinite(max))
        return Tr::tr("%1: the minimum must be above 0 minutes.").arg(label);
    if (min > max)
        return Tr::tr("%1: the minimum %2 is above the maximum %3.").arg(label).arg(min).arg(max);
    const double d = *defaultRate();
    if (d < min || d > max)
        return Tr::tr("%1: the default %2 must lie between the minimum %3 and the maximum %4.")
            .arg(label).arg(d).arg(min).arg(max);
    return QString();
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
        if (o.contains(QLatin1String("default"))) {
            double preferred = 0;
            if (!readRate(o, rate->key, "default", &preferred, error))
                return false;
            if (preferred < rate->min || preferred > rate->max)
                return fail(error, QStringLiteral("type '%1': default is outside min..max").arg(rate->key));
            rate->preferred = preferred;
        }
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
    table.m_source = root.value(QLatin1String("source")).toString();
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

QByteArray RateTable::toJson() const
{
    QJsonArray types;
    for (const ActivityRate &r : m_rates) {
        QJsonObject o{{QStringLiteral("key"), r.key}, {QStringLiteral("label"), r.label}, {QStringLiteral("unit"), r.unit}};
        switch (r.kind) {
        case RateKind::Ranged:
            o.insert(QStringLiteral("min"), r.min);
            o.insert(QStringLiteral("max"), r.max);
            if (r.preferred)
                o.insert(QStringLiteral("default"), *r.preferred);
            break;
        case RateKind::Fixed: o.insert(QStringLiteral("fixed"), r.min); break;
        case RateKind::Required: o.insert(QStringLiteral("rate_required"), true); break;
        }
        if (r.assessment)
            o.insert(QStringLiteral("assessment"), true);
        types.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("mcstudio-slt-rates")},
                     {QStringLiteral("version"), m_version},
                     {QStringLiteral("types"), types}};
    if (!m_source.isEmpty())
        root.insert(QStringLiteral("source"), m_source);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<RateTable> RateTable::newVersion(int version, const QVector<ActivityRate> &rates, QString *error) const
{
    if (version < 1) {
        fail(error, Tr::tr("A rate table version is a whole number, 1 or more."));
        return std::nullopt;
    }
    if (rates.size() != m_rates.size()) {
        fail(error, Tr::tr("A new version keeps the activity types of the table it copies."));
        return std::nullopt;
    }
    RateTable table = *this;
    table.m_version = version;
    for (int i = 0; i < rates.size(); ++i) {
        const ActivityRate &was = m_rates.at(i);
        ActivityRate r = rates.at(i);
        if (r.key != was.key || r.kind != was.kind) {
            fail(error, Tr::tr("A new version keeps the activity types of the table it copies."));
            return std::nullopt;
        }
        if (r.kind == RateKind::Fixed)
            r.max = r.min;
        if (r.kind != RateKind::Ranged)
            r.preferred.reset();
        if (const QString problem = r.editProblem(); !problem.isEmpty()) {
            fail(error, problem);
            return std::nullopt;
        }
        table.m_rates[i] = r;
    }
    return table;
}

bool RateTable::operator==(const RateTable &o) const
{
    return m_version == o.m_version && m_source == o.m_source && m_rates == o.m_rates;
}

namespace {

// The labels and units of resources/slt/rates-v1.json, so that lupdate collects them.
[[maybe_unused]] constexpr const char *kBuiltinLabels[] = {
    QT_TRANSLATE_NOOP("mcs::RateTable", "Slide"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Forum"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Video"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Webinar"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Lecture"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Reading"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Quiz (MCQ)"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Assignment (video)"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Assignment (essay)"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Presentation (video)"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Examination (short answer)"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Examination (long answer)"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Independent study"),
    QT_TRANSLATE_NOOP("mcs::RateTable", "Other"),
};

struct UnitName
{
    const char *unit;
    const char *singular;
    const char *plural;
};
constexpr UnitName kUnits[] = {
    {"slide", QT_TRANSLATE_NOOP("mcs::RateTable", "slide"), QT_TRANSLATE_NOOP("mcs::RateTable", "slides")},
    {"minute", QT_TRANSLATE_NOOP("mcs::RateTable", "minute"), QT_TRANSLATE_NOOP("mcs::RateTable", "minutes")},
    {"page", QT_TRANSLATE_NOOP("mcs::RateTable", "page"), QT_TRANSLATE_NOOP("mcs::RateTable", "pages")},
    {"question", QT_TRANSLATE_NOOP("mcs::RateTable", "question"), QT_TRANSLATE_NOOP("mcs::RateTable", "questions")},
    {"unit", QT_TRANSLATE_NOOP("mcs::RateTable", "unit"), QT_TRANSLATE_NOOP("mcs::RateTable", "units")},
};

} // namespace

QString rateLabel(const ActivityRate &rate)
{
    return QCoreApplication::translate("mcs::RateTable", rate.label.toUtf8().constData());
}

QString rateUnitName(const QString &unit, bool plural)
{
    for (const UnitName &u : kUnits) {
        if (unit == QLatin1String(u.unit))
            return QCoreApplication::translate("mcs::RateTable", plural ? u.plural : u.singular);
    }
    return unit;
}

} // namespace mcs

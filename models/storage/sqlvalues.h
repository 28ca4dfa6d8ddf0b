#pragma once

#include <QDate>
#include <QDateTime>
#include <QVariant>

#include <optional>

// Value conversions shared by the repositories: one representation on both backends (ISO text
// bound for dates and times, which PostgreSQL casts to DATE/TIMESTAMPTZ and SQLite keeps as text).
namespace mcs::sql {

inline QVariant text(const QString &s) // for NOT NULL text columns: never bind a null QString
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

inline QVariant timestamp(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

inline QDate toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

inline QDateTime toTimestamp(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType().id() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

inline std::optional<double> toOptionalReal(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace mcs::sql

#include "auditrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QSqlQuery>

namespace mcs {

AuditRepository::AuditRepository(Database &db)
    : m_db(db)
{
}

bool AuditRepository::query(const AuditFilter &filter, QVector<AuditEntry> *out, QString *error) const
{
    out->clear();
    const bool pg = m_db.backend() == Database::Backend::Postgres;
    // Conditions are fixed text; every value is bound.
    QStringList where;
    QVariantList values;
    if (!filter.who.isEmpty()) {
        where << QStringLiteral("a.who = ?");
        values << filter.who;
    }
    if (filter.courseId > 0) {
        where << QStringLiteral("a.course_id = ?");
        values << filter.courseId;
    }
    if (!filter.tableName.isEmpty()) {
        where << QStringLiteral("a.table_name = ?");
        values << filter.tableName;
    }
    // Dates are UTC days; on SQLite `at` is ISO text, which orders like the time it names.
    if (filter.from.isValid()) {
        where << (pg ? QStringLiteral("a.at >= ?::timestamptz") : QStringLiteral("a.at >= ?"));
        values << QDateTime(filter.from, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        where << (pg ? QStringLiteral("a.at < ?::timestamptz") : QStringLiteral("a.at < ?"));
        values << QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
    }
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT a.id, a.at, a.who, a.table_name, a.record_id, a.old_values%1, a.new_values%1,"
                       " a.course_id, c.code FROM audit_log a LEFT JOIN course c ON c.id = a.course_id%2"
                       " ORDER BY a.id DESC LIMIT ?")
            .arg(pg ? QStringLiteral("::text") : QString(),
                 where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))),
        !pg);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(filter.limit > 0 ? filter.limit : 2000);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = sql::toTimestamp(q.value(1));
        e.who = q.value(2).toString();
        e.tableName = q.value(3).toString();
        e.recordId = q.value(4).toString();
        e.oldValues = q.value(5).toString();
        e.newValues = q.value(6).toString();
        e.courseId = q.value(7).toLongLong();
        e.courseCode = q.value(8).toString();
        out->append(e);
    }
    return true;
}

bool AuditRepository::people(QStringList *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT DISTINCT who FROM audit_log WHERE who IS NOT NULL ORDER BY who"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toString());
    return true;
}

} // namespace mcs

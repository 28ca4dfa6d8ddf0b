#include "sltratetablerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mcs {

SltRateTableRepository::SltRateTableRepository(Database &db)
    : m_db(db)
{
}

bool SltRateTableRepository::store(int version, const QString &definition, QString *error)
{
    Transaction transaction(m_db);
    QSqlQuery exists = m_db.prepare(QStringLiteral("SELECT 1 FROM slt_rate_table WHERE version = ?"));
    exists.addBindValue(version);
    if (!m_db.exec(exists)) {
        *error = m_db.lastError();
        return false;
    }
    if (exists.next()) {
        *error = QCoreApplication::translate("mcs::SltRateTableRepository",
                                             "SLT rate table version %1 is already stored and cannot change")
                     .arg(version);
        return false;
    }
    exists.finish();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO slt_rate_table (version, definition, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(sql::text(definition));
    q.addBindValue(sql::timestamp(QDateTime::currentDateTimeUtc()));
    if (!m_db.exec(q) || !transaction.commit()) {
        *error = m_db.lastError();
        return false;
    }
    return true;
}

QString SltRateTableRepository::definition(int version, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT definition FROM slt_rate_table WHERE version = ?"));
    q.addBindValue(version);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return {};
    }
    return q.next() ? q.value(0).toString() : QString();
}

QVector<int> SltRateTableRepository::versions(QString *error) const
{
    QVector<int> out;
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT version FROM slt_rate_table ORDER BY version"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toInt());
    return out;
}

} // namespace mcs

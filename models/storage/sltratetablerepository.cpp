#include "sltratetablerepository.h"

#include "builtinrates.h"
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

std::optional<RateTable> SltRateTableRepository::rateTable(int version, QString *error) const
{
    QString e;
    const QString json = definition(version, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    if (json.isEmpty()) {
        if (version == builtinRateTable().version())
            return builtinRateTable();
        if (error)
            *error = QCoreApplication::translate("mcs::SltRateTableRepository",
                                                 "SLT rate table version %1 is not in this database")
                         .arg(version);
        return std::nullopt;
    }
    auto table = RateTable::fromJson(json.toUtf8(), &e);
    if (table && table->version() != version)
        e = QStringLiteral("the definition is version %1").arg(table->version());
    if (!table || table->version() != version) {
        if (error)
            *error = QCoreApplication::translate("mcs::SltRateTableRepository", "SLT rate table version %1: %2")
                         .arg(version)
                         .arg(e);
        return std::nullopt;
    }
    return table;
}

std::optional<RateTable> SltRateTableRepository::latest(QString *error) const
{
    QString e;
    const QVector<int> stored = versions(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    const int top = stored.isEmpty() ? 0 : stored.last();
    if (top <= builtinRateTable().version())
        return builtinRateTable();
    return rateTable(top, error);
}

int SltRateTableRepository::nextVersion(QString *error) const
{
    const auto table = latest(error);
    return table ? table->version() + 1 : 0;
}

bool SltRateTableRepository::store(const RateTable &table, QString *error)
{
    if (table.version() <= builtinRateTable().version()) {
        *error = QCoreApplication::translate("mcs::SltRateTableRepository",
                                             "SLT rate table version %1 is built into MC Studio and cannot change")
                     .arg(table.version());
        return false;
    }
    return store(table.version(), QString::fromUtf8(table.toJson()), error);
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

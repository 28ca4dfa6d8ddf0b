#include "issuerrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mcs {
namespace {

StoreResult failed(const Database &db)
{
    return StoreResult::failure(StoreResult::Status::Failed, db.lastError());
}

IssuerKeyRecord keyFrom(const QSqlQuery &q, bool withPrivate)
{
    IssuerKeyRecord k;
    k.id = q.value(0).toLongLong();
    k.kid = q.value(1).toString();
    k.publicPem = q.value(2).toString().toLatin1();
    k.createdAt = sql::toTimestamp(q.value(3));
    if (withPrivate)
        k.privatePem = q.value(4).toString().toLatin1();
    return k;
}

} // namespace

IssuerRepository::IssuerRepository(Database &db)
    : m_db(db)
{
}

std::optional<IssuerKeyRecord> IssuerRepository::currentPublicKey(QString *error) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, kid, public_pem, created_at FROM issuer_key WHERE current_slot = 1"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (!q.next())
        return std::nullopt;
    return keyFrom(q, false);
}

std::optional<IssuerKeyRecord> IssuerRepository::currentKey(const KeyGenerator &generate, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    auto read = [&]() -> std::optional<IssuerKeyRecord> {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT id, kid, public_pem, created_at, private_pem FROM issuer_key WHERE current_slot = 1"));
        if (!m_db.exec(q)) {
            *error = m_db.lastError();
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        return keyFrom(q, true);
    };
    if (auto key = read())
        return key;
    if (!error->isEmpty())
        return std::nullopt;

    const IssuerKeyRecord fresh = generate();
    if (fresh.kid.isEmpty() || fresh.privatePem.isEmpty() || fresh.publicPem.isEmpty()) {
        *error = QCoreApplication::translate("mcs::IssuerRepository", "cannot create the issuer's signing key");
        return std::nullopt;
    }
    // First use: whoever inserts first wins; everyone else's insert does nothing.
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO issuer_key (kid, private_pem, public_pem, created_at, current_slot) VALUES (?, ?, ?, ?, 1)"
        " ON CONFLICT (current_slot) DO NOTHING"));
    insert.addBindValue(fresh.kid);
    insert.addBindValue(QString::fromLatin1(fresh.privatePem));
    insert.addBindValue(QString::fromLatin1(fresh.publicPem));
    insert.addBindValue(sql::timestamp(fresh.createdAt.isValid() ? fresh.createdAt : QDateTime::currentDateTimeUtc()));
    if (!m_db.exec(insert)) {
        *error = m_db.lastError();
        return std::nullopt;
    }
    if (auto key = read())
        return key;
    if (error->isEmpty())
        *error = QCoreApplication::translate("mcs::IssuerRepository", "the issuer's signing key could not be stored");
    return std::nullopt;
}

bool IssuerRepository::publicKeys(QVector<IssuerKeyRecord> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, kid, public_pem, created_at FROM issuer_key ORDER BY id"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->append(keyFrom(q, false));
    return true;
}

bool IssuerRepository::settings(IssuerSettings *out, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT key, value FROM issuer_setting"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    *out = IssuerSettings::fromValues(values);
    return true;
}

StoreResult IssuerRepository::saveSettings(const IssuerSettings &settings)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO issuer_setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    const QHash<QString, QString> values = settings.toValues();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(sql::text(it.value()));
        if (!m_db.exec(q))
            return failed(m_db);
    }
    if (!values.contains(QStringLiteral("logo_png"))) {
        QSqlQuery drop = m_db.prepare(QStringLiteral("DELETE FROM issuer_setting WHERE key = 'logo_png'"));
        if (!m_db.exec(drop))
            return failed(m_db);
    }
    if (!transaction.commit())
        return failed(m_db);
    return StoreResult::saved();
}

} // namespace mcs

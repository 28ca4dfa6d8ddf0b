#pragma once

#include "issuersettings.h"
#include "storeresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace mcs {

class Database;

// The issuer's signing key as stored: PKCS#8 private key PEM, SubjectPublicKeyInfo public PEM,
// the JWS "kid" and when it was made.
struct IssuerKeyRecord
{
    qint64 id = 0;
    QString kid;
    QByteArray privatePem; // empty when read without the private half
    QByteArray publicPem;
    QDateTime createdAt;
};

// The issuer's key pair and settings in the database. The key table is separate so that on the
// server the private key can be granted to the CFLEX role alone; reads of the public half never
// touch the private column.
class IssuerRepository
{
public:
    explicit IssuerRepository(Database &db);

    // A fresh key pair: PEMs and kid (the signing library makes it; storage knows no OpenSSL).
    using KeyGenerator = std::function<IssuerKeyRecord()>;

    // The current key with its private half, made with `generate` and stored on first use. Two
    // clients doing this at once end with the same single key: the insert of the loser does
    // nothing (unique current slot) and both read the winner's row.
    std::optional<IssuerKeyRecord> currentKey(const KeyGenerator &generate, QString *error);
    // The current key without creating one; nullopt and an empty error when there is none yet.
    std::optional<IssuerKeyRecord> currentPublicKey(QString *error) const;
    // Every key ever used, public halves only: what verification needs.
    bool publicKeys(QVector<IssuerKeyRecord> *out, QString *error) const;

    bool settings(IssuerSettings *out, QString *error) const; // defaults for keys never set
    StoreResult saveSettings(const IssuerSettings &settings);

private:
    Database &m_db;
};

} // namespace mcs

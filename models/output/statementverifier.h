#pragma once

#include "ed25519key.h"
#include "jws.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace mcs {

// Checks a statement token or verification URL against the issuer keys it knows and, when a
// database is at hand, against the revocation list.
class StatementVerifier
{
public:
    void addKey(Ed25519Key key);
    void setRevoked(const QString &serial, const QString &reason);

    struct Result
    {
        bool valid = false;
        QString reason;       // when not valid
        QJsonObject claims;   // serial, name, course, title, grade, awarded, iss
        QString keyId;
    };
    Result verify(const QString &tokenOrUrl) const;

    // "serial: …" lines in a fixed order for people and scripts.
    static QStringList describe(const QJsonObject &claims);

private:
    std::vector<Ed25519Key> m_keys;
    QHash<QString, QString> m_revoked;
};

} // namespace mcs

#include "statementverifier.h"

#include "statementtoken.h"

#include <QCoreApplication>

namespace mcs {

void StatementVerifier::addKey(Ed25519Key key)
{
    if (key.isValid())
        m_keys.push_back(std::move(key));
}

void StatementVerifier::setRevoked(const QString &serial, const QString &reason)
{
    m_revoked.insert(serial, reason);
}

StatementVerifier::Result StatementVerifier::verify(const QString &tokenOrUrl) const
{
    Result r;
    const QString token = statementtoken::extractToken(tokenOrUrl);
    const jws::Verification v = jws::verifyCompact(token, [this](const QString &kid) -> const Ed25519Key * {
        for (const Ed25519Key &k : m_keys)
            if (k.keyId() == kid)
                return &k;
        return nullptr;
    });
    r.claims = v.payload;
    r.keyId = v.header.value(QStringLiteral("kid")).toString();
    if (!v.valid) {
        r.reason = v.reason;
        return r;
    }
    const QString serial = v.payload.value(QStringLiteral("serial")).toString();
    if (serial.isEmpty()) {
        r.reason = QCoreApplication::translate("mcs::StatementVerifier", "the token names no statement serial");
        return r;
    }
    const auto revoked = m_revoked.constFind(serial);
    if (revoked != m_revoked.constEnd()) {
        r.reason = QCoreApplication::translate("mcs::StatementVerifier", "revoked: statement %1 was revoked (%2)")
                       .arg(serial, revoked.value());
        return r;
    }
    r.valid = true;
    return r;
}

QStringList StatementVerifier::describe(const QJsonObject &claims)
{
    QStringList lines;
    for (const char *key : {"serial", "name", "course", "title", "grade", "awarded", "iss"}) {
        const QString k = QString::fromLatin1(key);
        if (claims.contains(k))
            lines << QStringLiteral("%1: %2").arg(k, claims.value(k).toString());
    }
    return lines;
}

} // namespace mcs

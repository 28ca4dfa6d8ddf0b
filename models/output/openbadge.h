#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace mcs {

struct StatementData;
class Ed25519Key;

// The issuing institution as an Open Badges 3.0 issuer Profile.
struct IssuerProfile
{
    QString id;    // a URL that identifies the issuer, e.g. https://www.unimas.my
    QString name;
    QString url;
    QString email;
};

// What the badge needs beyond the statement.
struct BadgeInput
{
    QString credentialId;        // stable id, e.g. the verification URL or urn:uuid:...
    QString achievementId;       // e.g. https://cflex.unimas.my/achievements/TMN4031MCA
    QString description;         // the course synopsis
    QString criteria;            // what the learner did to earn it
    QString recipientEmail;      // preferred identifier when known
    QString recipientNationalId; // NRIC or passport, hashed with the salt, never stored in clear
    QString salt;                // per-badge random salt for the identity hash
};

// Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0) for a statement, its VC-JWT form,
// and LinkedIn's "Add to profile" link (domain.md: credentials shareable on social media).
namespace openbadge {

QJsonObject credential(const StatementData &statement, const IssuerProfile &issuer, const BadgeInput &input);
// OB 3.0 §8.2 JWT proof: header {alg: EdDSA, typ: JWT, kid}, payload {vc, iss, nbf, jti, sub}.
QString signedJwt(const QJsonObject &credential, const Ed25519Key &key);
QUrl linkedInAddToProfileUrl(const StatementData &statement, const QString &certificateUrl);
// "sha256$<hex of SHA-256(identity + salt)>", the OB 3.0 identityHash form.
QString identityHash(const QString &identity, const QString &salt);

} // namespace openbadge
} // namespace mcs

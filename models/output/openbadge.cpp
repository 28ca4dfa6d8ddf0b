#include "openbadge.h"

#include "jws.h"
#include "statementdata.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

namespace mcs::openbadge {

QString identityHash(const QString &identity, const QString &salt)
{
    return QStringLiteral("sha256$")
        + QString::fromLatin1(QCryptographicHash::hash((identity + salt).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject credential(const StatementData &s, const IssuerProfile &issuer, const BadgeInput &in)
{
    QJsonObject profile{{QStringLiteral("id"), issuer.id},
                        {QStringLiteral("type"), QJsonArray{QStringLiteral("Profile")}},
                        {QStringLiteral("name"), issuer.name}};
    if (!issuer.url.isEmpty())
        profile.insert(QStringLiteral("url"), issuer.url);
    if (!issuer.email.isEmpty())
        profile.insert(QStringLiteral("email"), issuer.email);

    const bool byEmail = !in.recipientEmail.isEmpty();
    const QJsonObject identifier{
        {QStringLiteral("type"), QStringLiteral("IdentityObject")},
        {QStringLiteral("identityHash"), identityHash(byEmail ? in.recipientEmail.toLower() : in.recipientNationalId, in.salt)},
        {QStringLiteral("identityType"), byEmail ? QStringLiteral("emailAddress") : QStringLiteral("nationalIdentityNumber")},
        {QStringLiteral("hashed"), true},
        {QStringLiteral("salt"), in.salt}};

    const QJsonObject achievement{
        {QStringLiteral("id"), in.achievementId},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("Achievement")}},
        {QStringLiteral("achievementType"), QStringLiteral("MicroCredential")},
        {QStringLiteral("name"), s.courseName},
        {QStringLiteral("humanCode"), s.courseCode},
        {QStringLiteral("description"), in.description.isEmpty() ? s.courseName : in.description},
        {QStringLiteral("criteria"), QJsonObject{{QStringLiteral("narrative"), in.criteria}}},
        {QStringLiteral("creditsAvailable"), s.creditHours},
        {QStringLiteral("inLanguage"), s.language}};

    const QJsonObject subject{{QStringLiteral("type"), QJsonArray{QStringLiteral("AchievementSubject")}},
                              {QStringLiteral("identifier"), QJsonArray{identifier}},
                              {QStringLiteral("achievement"), achievement},
                              {QStringLiteral("creditsEarned"), s.creditHours},
                              {QStringLiteral("result"),
                               QJsonArray{QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("Result")}},
                                                      {QStringLiteral("value"), s.grade}}}}};

    const QDateTime validFrom(s.awardedOn, QTime(0, 0), Qt::UTC); // ISO form ends in "Z"
    return QJsonObject{
        {QStringLiteral("@context"), QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                                                QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}},
        {QStringLiteral("id"), in.credentialId},
        {QStringLiteral("type"), QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}},
        {QStringLiteral("issuer"), profile},
        {QStringLiteral("validFrom"), validFrom.toString(Qt::ISODate)},
        {QStringLiteral("name"), s.courseName},
        {QStringLiteral("credentialSubject"), subject}};
}

QString signedJwt(const QJsonObject &credential, const Ed25519Key &key)
{
    const QDateTime validFrom = QDateTime::fromString(credential.value(QStringLiteral("validFrom")).toString(), Qt::ISODate);
    const QJsonObject payload{
        {QStringLiteral("vc"), credential},
        {QStringLiteral("iss"), credential.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("id"))},
        {QStringLiteral("nbf"), validFrom.toSecsSinceEpoch()},
        {QStringLiteral("jti"), credential.value(QStringLiteral("id"))},
        {QStringLiteral("sub"), credential.value(QStringLiteral("credentialSubject"))
                                     .toObject()
                                     .value(QStringLiteral("identifier"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QStringLiteral("identityHash"))}};
    return jws::signCompact(payload, key, QJsonObject{{QStringLiteral("typ"), QStringLiteral("JWT")}});
}

QUrl linkedInAddToProfileUrl(const StatementData &s, const QString &certificateUrl)
{
    QUrl url(QStringLiteral("https://www.linkedin.com/profile/add"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("startTask"), QStringLiteral("CERTIFICATION_NAME"));
    q.addQueryItem(QStringLiteral("name"), s.courseName);
    q.addQueryItem(QStringLiteral("organizationName"), s.institutionName);
    if (s.awardedOn.isValid()) {
        q.addQueryItem(QStringLiteral("issueYear"), QString::number(s.awardedOn.year()));
        q.addQueryItem(QStringLiteral("issueMonth"), QString::number(s.awardedOn.month()));
    }
    q.addQueryItem(QStringLiteral("certUrl"), certificateUrl);
    q.addQueryItem(QStringLiteral("certId"), s.serial);
    url.setQuery(q);
    return url;
}

} // namespace mcs::openbadge

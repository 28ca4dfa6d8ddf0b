#include "statementtoken.h"

#include "ed25519key.h"
#include "statementdata.h"

#include <QUrl>
#include <QUrlQuery>

namespace mcs::statementtoken {

QJsonObject claims(const StatementData &s)
{
    return QJsonObject{
        {QStringLiteral("serial"), s.serial},
        {QStringLiteral("name"), s.learnerName},
        {QStringLiteral("course"), s.courseCode},
        {QStringLiteral("title"), s.courseName},
        {QStringLiteral("grade"), s.grade},
        {QStringLiteral("awarded"), s.awardedOn.toString(Qt::ISODate)},
        {QStringLiteral("iss"), s.institutionName},
    };
}

QString sign(const StatementData &statement, const Ed25519Key &key)
{
    return jws::signCompact(claims(statement), key);
}

QString verificationUrl(const QString &base, const QString &token)
{
    QString b = base.trimmed();
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return b + QLatin1Char('/') + token;
}

QString extractToken(const QString &tokenOrUrl)
{
    const QString text = tokenOrUrl.trimmed();
    if (!text.contains(QLatin1String("://")))
        return text;
    const QUrl url(text);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("token")))
        return query.queryItemValue(QStringLiteral("token"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.section(QLatin1Char('/'), -1);
}

} // namespace mcs::statementtoken

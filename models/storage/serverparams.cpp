#include "serverparams.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace mcs {

std::optional<ServerParams> ServerParams::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    // Messages name the URL as given, minus any password in it: they end up in logs.
    QString shown = text;
    shown.replace(QRegularExpression(QStringLiteral("(://[^:/@]*):[^@]*@")), QStringLiteral("\\1@"));
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        if (error)
            *error = QCoreApplication::translate("mcs::ServerParams",
                                                 "'%1' is not a server URL of the form postgresql://user@host:port/database")
                         .arg(shown);
        return std::nullopt;
    }
    ServerParams p;
    if (!url.host().isEmpty())
        p.host = url.host();
    p.port = url.port(5432);
    p.user = url.userName();
    p.password = url.password();
    p.database = url.path().mid(1);
    if (p.database.isEmpty() || p.user.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("mcs::ServerParams",
                                                 "the server URL '%1' needs a user and a database name")
                         .arg(shown);
        return std::nullopt;
    }
    return p;
}

QString ServerParams::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host, QString::number(port), database);
}

} // namespace mcs

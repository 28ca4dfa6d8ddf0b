#pragma once

#include <QString>

#include <optional>

namespace mcs {

// How to reach a PostgreSQL server. The password is never part of url(), so a URL can be
// written to settings and logs.
struct ServerParams
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString database;
    QString password; // from PGPASSWORD, the keychain or a login dialog; never persisted

    // Parses "postgresql://user@host:port/db" (postgres:// accepted). A password inside the URL
    // is accepted for scripts but discouraged. On failure returns nullopt and sets *error.
    static std::optional<ServerParams> fromUrl(const QString &url, QString *error);
    QString url() const; // without the password
};

} // namespace mcs

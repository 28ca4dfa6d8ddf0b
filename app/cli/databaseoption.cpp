#include "databaseoption.h"

#include "serverparams.h"

#include <QFileInfo>

namespace mcs::cli {

std::unique_ptr<Database> openDatabaseOption(const QCommandLineParser &parser, const DatabaseOptions &options,
                                             const QString &command, bool mustExist, Context &ctx)
{
    const bool hasDb = parser.isSet(options.db);
    const bool hasPg = parser.isSet(options.pg);
    if (hasDb == hasPg) {
        usageError(ctx, command, QStringLiteral("give exactly one of --db FILE or --pg URL"));
        return nullptr;
    }
    QString error;
    std::unique_ptr<Database> db;
    if (hasDb) {
        const QString path = parser.value(options.db);
        if (mustExist && !QFileInfo::exists(path)) {
            usageError(ctx, command, QStringLiteral("%1: no such file").arg(path));
            return nullptr;
        }
        db = Database::openSqlite(path, &error);
    } else {
        auto params = ServerParams::fromUrl(parser.value(options.pg), &error);
        if (params) {
            // The password comes from the environment, never from a settings file or the log.
            if (params->password.isEmpty())
                params->password = qEnvironmentVariable("PGPASSWORD");
            db = Database::openPostgres(*params, &error);
        }
    }
    if (!db)
        usageError(ctx, command, error);
    return db;
}

std::unique_ptr<Database> openDatabaseLocation(const QString &location, const QString &command, Context &ctx)
{
    QString error;
    std::unique_ptr<Database> db;
    if (location.startsWith(QLatin1String("postgres://")) || location.startsWith(QLatin1String("postgresql://"))) {
        auto params = ServerParams::fromUrl(location, &error);
        if (params) {
            if (params->password.isEmpty())
                params->password = qEnvironmentVariable("PGPASSWORD");
            db = Database::openPostgres(*params, &error);
        }
    } else if (!QFileInfo::exists(location)) {
        error = QStringLiteral("%1: no such file").arg(location);
    } else {
        db = Database::openSqlite(location, &error);
    }
    if (!db)
        usageError(ctx, command, error);
    return db;
}

QString databaseUser(const Database &db)
{
    if (db.backend() == Database::Backend::Postgres) {
        if (const auto params = ServerParams::fromUrl(db.location(), nullptr))
            return params->user;
    }
    const QString account = qEnvironmentVariable("USER");
    return account.isEmpty() ? QStringLiteral("mcstudio-cli") : account;
}

} // namespace mcs::cli

#pragma once

#include "cli.h"
#include "database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace mcs::cli {

// The --db FILE / --pg URL pair shared by subcommands that read or write a database.
struct DatabaseOptions
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The local database file."), QStringLiteral("FILE")};
    QCommandLineOption pg{QStringLiteral("pg"),
                          QStringLiteral("A PostgreSQL server, postgresql://user@host:port/db (password from PGPASSWORD)."),
                          QStringLiteral("URL")};
    void addTo(QCommandLineParser &parser) const { parser.addOptions({db, pg}); }
};

// Opens the database named by exactly one of --db/--pg. mustExist: a missing file is an error
// rather than a new database. On failure prints one line naming the file or URL and returns null.
std::unique_ptr<Database> openDatabaseOption(const QCommandLineParser &parser, const DatabaseOptions &options,
                                             const QString &command, bool mustExist, Context &ctx);

// Opens a database named by one value: a postgresql:// URL (password from PGPASSWORD) or an
// existing file. On failure prints one line naming it and returns null.
std::unique_ptr<Database> openDatabaseLocation(const QString &location, const QString &command, Context &ctx);

// Who writes, for created/updated by: the login on a server, the local account on a file.
QString databaseUser(const Database &db);

} // namespace mcs::cli

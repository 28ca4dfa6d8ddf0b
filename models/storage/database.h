#pragma once

#include "serverparams.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace mcs {

// One open connection to an MC Studio database: a local SQLite file or a PostgreSQL server.
// Dialect differences stay behind this class and the repositories that use it.
class Database
{
public:
    enum class Backend { Sqlite, Postgres };

    // Opens (creating when absent) a local SQLite file: WAL journal, foreign keys on.
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error);
    // Connects to a PostgreSQL server.
    static std::unique_ptr<Database> openPostgres(const ServerParams &params, QString *error);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_backend; }
    // The file path, or the server URL without password: what settings and the status bar show.
    QString location() const { return m_location; }
    // A short, human-readable description for the status bar.
    QString description() const;
    QSqlDatabase connection() const;

private:
    Database(Backend backend, QString connectionName, QString location);

    Backend m_backend;
    QString m_connectionName;
    QString m_location;
};

} // namespace mcs

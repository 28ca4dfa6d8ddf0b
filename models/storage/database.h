#pragma once

#include "serverparams.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace mcs {

// One open connection to an MC Studio database: a local SQLite file or a PostgreSQL server.
// Opening checks that the database is MC Studio's and not from a newer version, and migrates an
// older schema (SQLite: after writing a backup copy beside the file). Dialect differences stay
// behind this class, Schema and the repositories that use it.
class Database
{
public:
    enum class Backend { Sqlite, Postgres };
    static constexpr int kLatestSchema = -1;

    // Opens (creating when absent) a local SQLite file: WAL journal, foreign keys on. A file that
    // is not an MC Studio database, or comes from a newer version, is refused and left untouched.
    // schemaVersion: the version to migrate to (tests build older databases with it).
    static std::unique_ptr<Database> openSqlite(const QString &path, QString *error,
                                                int schemaVersion = kLatestSchema);
    // Connects to a PostgreSQL server; creates or migrates the schema in an empty database.
    static std::unique_ptr<Database> openPostgres(const ServerParams &params, QString *error,
                                                  int schemaVersion = kLatestSchema);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Backend backend() const { return m_backend; }
    // The file path, or the server URL without password: what settings and the status bar show.
    QString location() const { return m_location; }
    // A short, human-readable description for the status bar.
    QString description() const;
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }
    // The backup copy written before migrating this SQLite file on open; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // Statements run through the helpers below, each counted (tests check that a list costs a
    // constant number of queries). On failure they remember the driver's message in lastError().
    // forwardOnly: stream rows (the default); false fetches the whole result at once, which
    // PostgreSQL answers faster for large lists.
    QSqlQuery prepare(const QString &sql, bool forwardOnly = true);
    bool exec(QSqlQuery &query);
    bool exec(const QString &staticSql); // DDL and pragmas only: never with values in the text
    qint64 statementCount() const { return m_statementCount; }
    QString lastError() const { return m_lastError; }

    // Nestable transaction: only the outermost begin/commit reach the database. SQLite takes the
    // write lock at once (BEGIN IMMEDIATE), so a save never fails half-way on a lock upgrade.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_transactionDepth > 0; }

private:
    Database(Backend backend, QString connectionName, QString location);
    static void discardConnection(const QString &name);
    void abortOnServer();

    Backend m_backend;
    QString m_connectionName;
    QString m_location;
    QString m_backupPath;
    QString m_lastError;
    int m_schemaVersion = 0;
    qint64 m_statementCount = 0;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_abortedOnServer = false;
};

// Rolls back on scope exit unless commit() was called.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(db), m_active(db.begin()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace mcs

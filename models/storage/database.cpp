#include "database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace mcs {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("mcs-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mcs::Database", text);
}

} // namespace

Database::Database(Backend backend, QString connectionName, QString location)
    : m_backend(backend)
    , m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        bool ok = db.open();
        QString message = db.lastError().text();
        if (ok) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
                && q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
                && q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            if (!ok)
                message = q.lastError().text();
        }
        if (!ok) {
            if (error)
                *error = tr("cannot open %1: %2").arg(info.absoluteFilePath(), message);
            db.close();
        }
        if (!ok) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
    }
    return std::unique_ptr<Database>(new Database(Backend::Sqlite, name, info.absoluteFilePath()));
}

std::unique_ptr<Database> Database::openPostgres(const ServerParams &params, QString *error)
{
    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(params.host);
        db.setPort(params.port);
        db.setUserName(params.user);
        db.setPassword(params.password);
        db.setDatabaseName(params.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=mcstudio"));
        if (!db.open()) {
            if (error)
                *error = tr("cannot connect to %1: %2").arg(params.url(), db.lastError().text().trimmed());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
    }
    return std::unique_ptr<Database>(new Database(Backend::Postgres, name, params.url()));
}

QString Database::description() const
{
    if (m_backend == Backend::Sqlite)
        return tr("Local file: %1").arg(QDir::toNativeSeparators(m_location));
    return tr("Server: %1").arg(m_location);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace mcs

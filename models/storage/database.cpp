#include "database.h"

#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

namespace mcs {
namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("mcs-%1").arg(counter.fetchAndAddRelaxed(1));
}

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Database)
};

QString errorText(const QSqlError &e)
{
    // One line: callers put it on a single line of stderr or in a message box.
    QString text = e.text().simplified();
    return text.isEmpty() ? Tr::tr("unknown database error") : text;
}

// Reads the 100-byte SQLite header without opening the file as a database, so that a foreign
// file is judged without a single byte being written to it.
enum class FileKind { New, Foreign, ForeignSqlite, Ours };
FileKind inspectFile(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return FileKind::New;
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Foreign;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return FileKind::Foreign;
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    return applicationId == Schema::kSqliteApplicationId ? FileKind::Ours : FileKind::ForeignSqlite;
}

// A free name for the pre-migration copy: "<file>.v1.bak", then "<file>.v1-2.bak", ...
QString backupName(const QString &path, int version)
{
    QString name = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = QStringLiteral("%1.v%2-%3.bak").arg(path).arg(version).arg(n);
    return name;
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
    discardConnection(m_connectionName);
}

void Database::discardConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, QString *error, int schemaVersion)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const int target = schemaVersion == kLatestSchema ? Schema::kCurrentVersion : schemaVersion;
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const FileKind kind = inspectFile(file);
    if (kind == FileKind::Foreign) {
        *error = Tr::tr("%1 is not an MC Studio database (it is not an SQLite file); it was left unchanged").arg(file);
        return nullptr;
    }
    if (kind == FileKind::ForeignSqlite) {
        *error = Tr::tr("%1 is an SQLite database of another program, not an MC Studio database; it was left unchanged")
                     .arg(file);
        return nullptr;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Tr::tr("cannot create the folder %1").arg(info.absolutePath());
        return nullptr;
    }

    int version = 0;
    if (kind == FileKind::Ours) {
        // Look before touching: a read-only connection reads the version (the header may lag
        // behind an unmerged WAL) and cannot write, not even a checkpoint on close.
        const QString probeName = nextConnectionName();
        bool ok = false;
        QString message;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
                version = q.value(0).toInt();
                message = errorText(q.lastError());
            } else {
                message = errorText(db.lastError());
            }
        }
        discardConnection(probeName);
        if (!ok) {
            *error = Tr::tr("cannot read %1: %2").arg(file, message);
            return nullptr;
        }
        if (version > Schema::kCurrentVersion) {
            *error = Tr::tr("%1 was written by a newer version of MC Studio (schema version %2; this version reads up "
                        "to %3); it was left unchanged. Update MC Studio to open it.")
                         .arg(file)
                         .arg(version)
                         .arg(Schema::kCurrentVersion);
            return nullptr;
        }
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = Tr::tr("cannot open %1: %2").arg(file, errorText(db.lastError()));
            db = QSqlDatabase();
            discardConnection(name);
            return nullptr;
        }
    }
    std::unique_ptr<Database> result(new Database(Backend::Sqlite, name, file));
    Database &db = *result;
    auto fail = [&](const QString &what) {
        *error = Tr::tr("cannot open %1: %2").arg(file, what);
        return nullptr;
    };
    if (!db.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(db.lastError());
    if (kind == FileKind::New) {
        // Stamped before WAL is on, so it lands in the main file's header at once.
        if (!db.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::kSqliteApplicationId)))
            return fail(db.lastError());
    } else if (version > 0 && version < target) {
        // Never migrate without a way back: a consistent copy of the old file beside it.
        const QString backup = backupName(file, version);
        QSqlQuery vacuum = db.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(backup);
        if (!db.exec(vacuum))
            return fail(Tr::tr("cannot write the backup copy %1 before migrating: %2").arg(backup, db.lastError()));
        db.m_backupPath = backup;
    }
    if (!db.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !db.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(db.lastError());
    if (version < target) {
        QString why;
        if (!Schema::migrate(db, version, target, &why))
            return fail(why);
        version = target;
    }
    db.m_schemaVersion = version;
    return result;
}

std::unique_ptr<Database> Database::openPostgres(const ServerParams &params, QString *error, int schemaVersion)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const int target = schemaVersion == kLatestSchema ? Schema::kCurrentVersion : schemaVersion;
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
            *error = Tr::tr("cannot connect to %1: %2").arg(params.url(), errorText(db.lastError()));
            db = QSqlDatabase();
            discardConnection(name);
            return nullptr;
        }
    }
    std::unique_ptr<Database> result(new Database(Backend::Postgres, name, params.url()));
    Database &db = *result;
    Schema::Probe probe;
    QString why;
    if (!db.exec(QStringLiteral("SET client_min_messages = warning")) || !Schema::probe(db, &probe, &why)) {
        *error = Tr::tr("cannot read %1: %2").arg(params.url(), why.isEmpty() ? db.lastError() : why);
        return nullptr;
    }
    if (!probe.empty && !probe.ours) {
        *error = Tr::tr("the database %1 holds tables of another program, not an MC Studio database; it was left "
                    "unchanged")
                     .arg(params.url());
        return nullptr;
    }
    if (probe.version > Schema::kCurrentVersion) {
        *error = Tr::tr("the database %1 was written by a newer version of MC Studio (schema version %2; this version "
                    "reads up to %3); it was left unchanged. Update MC Studio to use it.")
                     .arg(params.url())
                     .arg(probe.version)
                     .arg(Schema::kCurrentVersion);
        return nullptr;
    }
    int version = probe.version;
    if (version < target) {
        if (!Schema::migrate(db, version, target, &why)) {
            *error = Tr::tr("cannot prepare %1: %2").arg(params.url(), why);
            return nullptr;
        }
        version = target;
    }
    db.m_schemaVersion = version;
    return result;
}

QString Database::description() const
{
    if (m_backend == Backend::Sqlite)
        return Tr::tr("Local file: %1").arg(QDir::toNativeSeparators(m_location));
    return Tr::tr("Server: %1").arg(m_location);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::prepare(const QString &sql, bool forwardOnly)
{
    QSqlQuery q(connection());
    q.setForwardOnly(forwardOnly);
    if (!q.prepare(sql))
        m_lastError = errorText(q.lastError());
    return q;
}

bool Database::exec(QSqlQuery &query)
{
    ++m_statementCount;
    if (query.exec())
        return true;
    m_lastError = errorText(query.lastError());
    abortOnServer();
    return false;
}

void Database::abortOnServer()
{
    // PostgreSQL refuses every further command of a failed transaction, even the DEALLOCATE of
    // the prepared statements still in scope: end it now; the outermost commit then reports it.
    if (m_backend != Backend::Postgres || m_transactionDepth == 0 || m_abortedOnServer)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_abortedOnServer = true;
    m_rollbackOnly = true;
}

bool Database::exec(const QString &staticSql)
{
    ++m_statementCount;
    QSqlQuery q(connection());
    if (q.exec(staticSql))
        return true;
    m_lastError = errorText(q.lastError());
    abortOnServer();
    return false;
}

bool Database::begin()
{
    if (m_transactionDepth++ > 0)
        return true;
    m_rollbackOnly = false;
    m_abortedOnServer = false;
    const bool ok = exec(m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (!ok)
        m_transactionDepth = 0;
    return ok;
}

bool Database::commit()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_rollbackOnly;
    if (m_rollbackOnly) {
        if (!m_abortedOnServer)
            exec(QStringLiteral("ROLLBACK"));
        else
            m_lastError = Tr::tr("%1; nothing was saved").arg(m_lastError);
        return false;
    }
    if (exec(QStringLiteral("COMMIT")))
        return true;
    const QString why = m_lastError;
    exec(QStringLiteral("ROLLBACK"));
    m_lastError = why;
    return false;
}

void Database::rollback()
{
    if (m_transactionDepth == 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    const QString why = m_lastError;
    if (!m_abortedOnServer)
        exec(QStringLiteral("ROLLBACK"));
    m_lastError = why;
}

} // namespace mcs

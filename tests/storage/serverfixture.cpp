#include "serverfixture.h"

#include "serversecurity.h"

#include <QSqlError>
#include <QUuid>

namespace mcs::test {

void ServerRolesTest::SetUp()
{
    m_server = std::make_unique<ScratchServerDatabase>();
    if (!m_server->isValid()) {
        if (serverRequired())
            FAIL() << "PostgreSQL test server unavailable: " << m_server->error().toStdString();
        GTEST_SKIP() << "PostgreSQL test server unavailable: " << m_server->error().toStdString();
    }
    QString error;
    m_owner = Database::openPostgres(m_server->params(), &error);
    ASSERT_TRUE(m_owner) << error.toStdString();
    ASSERT_TRUE(ServerSecurity::apply(*m_owner, &error)) << error.toStdString();
    m_prefix = QStringLiteral("t") + QUuid::createUuid().toString(QUuid::Id128).left(10) + QLatin1Char('_');
}

void ServerRolesTest::TearDown()
{
    m_owner.reset();
    m_server.reset(); // drops the database, and with it every grant to the logins below
    if (m_passwords.isEmpty())
        return;
    QString error;
    if (auto admin = Database::openPostgres(*testServer(), &error)) {
        for (const QString &login : m_passwords.keys()) {
            QSqlQuery q(admin->connection());
            q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        }
    }
}

QString ServerRolesTest::addUser(Role role, const QString &tag, const QString &ptj, const QString &staffId)
{
    ServerSecurity::NewUser u;
    u.login = m_prefix + tag;
    u.password = QStringLiteral("pw-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    u.role = role;
    u.ptj = ptj;
    u.staffId = staffId;
    u.name = tag;
    QString error;
    EXPECT_TRUE(ServerSecurity::addUser(*m_owner, u, &error)) << error.toStdString();
    m_passwords.insert(u.login, u.password);
    return u.login;
}

ServerParams ServerRolesTest::paramsFor(const QString &login) const
{
    ServerParams p = m_server->params();
    p.user = login;
    p.password = m_passwords.value(login);
    return p;
}

std::unique_ptr<Database> ServerRolesTest::as(const QString &login)
{
    QString error;
    auto db = Database::openPostgres(paramsFor(login), &error);
    EXPECT_TRUE(db) << login.toStdString() << ": " << error.toStdString();
    return db;
}

bool ServerRolesTest::run(Database &db, const QString &sql, QString *error, int *rowsAffected)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (error)
        *error = ok ? QString() : q.lastError().text();
    if (rowsAffected)
        *rowsAffected = ok ? q.numRowsAffected() : -1;
    return ok;
}

QVariant ServerRolesTest::scalar(Database &db, const QString &sql, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    if (error)
        error->clear();
    return q.value(0);
}

} // namespace mcs::test

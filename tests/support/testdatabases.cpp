#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace mcs::test {

std::optional<ServerParams> testServer()
{
    if (qEnvironmentVariableIsEmpty("MCS_TEST_PG_HOST"))
        return std::nullopt;
    ServerParams p;
    p.host = qEnvironmentVariable("MCS_TEST_PG_HOST");
    p.port = qEnvironmentVariableIntValue("MCS_TEST_PG_PORT");
    p.user = qEnvironmentVariable("MCS_TEST_PG_USER");
    p.password = qEnvironmentVariable("MCS_TEST_PG_PASSWORD");
    p.database = qEnvironmentVariable("MCS_TEST_PG_DATABASE");
    return p;
}

bool serverRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

ScratchServerDatabase::ScratchServerDatabase()
{
    const auto server = testServer();
    if (!server) {
        m_error = QStringLiteral("MCS_TEST_PG_HOST is not set (run the tests through 'make test')");
        return;
    }
    auto admin = Database::openPostgres(*server, &m_error);
    if (!admin)
        return;
    m_name = QStringLiteral("mcs_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery q(admin->connection());
    if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(m_name))) {
        m_error = q.lastError().text();
        return;
    }
    ServerParams p = *server;
    p.database = m_name;
    m_params = p;
}

ScratchServerDatabase::~ScratchServerDatabase()
{
    if (!m_params)
        return;
    QString error;
    if (auto admin = Database::openPostgres(*testServer(), &error)) {
        QSqlQuery q(admin->connection());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
}

std::string backendName(const testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

void BackendTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    if (backend() == Backend::Postgres) {
        m_server = std::make_unique<ScratchServerDatabase>();
        if (!m_server->isValid()) {
            if (serverRequired())
                FAIL() << "PostgreSQL test server unavailable: " << m_server->error().toStdString();
            GTEST_SKIP() << "PostgreSQL test server unavailable: " << m_server->error().toStdString();
        }
    }
}

QString BackendTest::sqlitePath() const
{
    return m_dir.filePath(QStringLiteral("test.mcs"));
}

std::unique_ptr<Database> BackendTest::open()
{
    QString error;
    std::unique_ptr<Database> db = backend() == Backend::Sqlite ? Database::openSqlite(sqlitePath(), &error)
                                                                : Database::openPostgres(m_server->params(), &error);
    EXPECT_TRUE(db) << error.toStdString();
    return db;
}

} // namespace mcs::test

#pragma once

#include "database.h"
#include "serverparams.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace mcs::test {

// The PostgreSQL server the test command started (tests/with-postgres.sh sets MCS_TEST_PG_*).
// Empty when the variables are unset.
std::optional<ServerParams> testServer();

// True under CI=true: a PostgreSQL suite must fail, never skip, when the server is unreachable.
bool serverRequired();

// A fresh, empty database on the server, dropped again by the destructor. Each test gets its
// own, so suites cannot see each other's data.
class ScratchServerDatabase
{
public:
    ScratchServerDatabase();
    ~ScratchServerDatabase();
    bool isValid() const { return m_params.has_value(); }
    QString error() const { return m_error; }
    ServerParams params() const { return *m_params; }

private:
    std::optional<ServerParams> m_params;
    QString m_name;
    QString m_error;
};

enum class Backend { Sqlite, Postgres };
std::string backendName(const testing::TestParamInfo<Backend> &info);

// Parameterised fixture: each TEST_P runs once on a fresh SQLite file and once on a fresh
// PostgreSQL database. open() returns a Database on it; call it again for a second connection.
class BackendTest : public testing::TestWithParam<Backend>
{
protected:
    void SetUp() override;
    std::unique_ptr<Database> open();
    Backend backend() const { return GetParam(); }
    QString sqlitePath() const;
    ServerParams serverParams() const { return m_server->params(); } // Postgres only

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchServerDatabase> m_server;
};

} // namespace mcs::test

// Runs a BackendTest suite on both backends.
#define MCS_INSTANTIATE_BACKENDS(Suite)                                                               \
    INSTANTIATE_TEST_SUITE_P(Backends, Suite,                                                        \
                             testing::Values(mcs::test::Backend::Sqlite, mcs::test::Backend::Postgres), \
                             mcs::test::backendName)

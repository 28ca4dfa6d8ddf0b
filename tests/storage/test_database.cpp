#include "database.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mcs;
using mcs::test::BackendTest;

class DatabaseTest : public BackendTest
{
};

TEST_P(DatabaseTest, WhatOneConnectionCommitsAnotherReads)
{
    auto writer = open();
    ASSERT_TRUE(writer);
    QSqlQuery w(writer->connection());
    ASSERT_TRUE(w.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")));
    ASSERT_TRUE(w.prepare(QStringLiteral("INSERT INTO probe (id, name) VALUES (?, ?)")));
    w.addBindValue(1);
    w.addBindValue(QStringLiteral("Siti Nurhaliza — 日本語 — தமிழ் 🎓"));
    ASSERT_TRUE(w.exec());

    auto reader = open();
    ASSERT_TRUE(reader);
    QSqlQuery r(reader->connection());
    ASSERT_TRUE(r.exec(QStringLiteral("SELECT name FROM probe WHERE id = 1")));
    ASSERT_TRUE(r.next());
    EXPECT_EQ(r.value(0).toString(), QStringLiteral("Siti Nurhaliza — 日本語 — தமிழ் 🎓"));
}

TEST_P(DatabaseTest, DescribesWhereItIs)
{
    auto db = open();
    ASSERT_TRUE(db);
    if (backend() == mcs::test::Backend::Sqlite) {
        EXPECT_EQ(db->backend(), Database::Backend::Sqlite);
        EXPECT_EQ(db->location(), sqlitePath());
        EXPECT_TRUE(db->description().contains(QStringLiteral("test.mcs")));
    } else {
        EXPECT_EQ(db->backend(), Database::Backend::Postgres);
        EXPECT_TRUE(db->location().startsWith(QStringLiteral("postgresql://mcs@")));
        EXPECT_FALSE(db->description().contains(QStringLiteral("secret")));
    }
}

MCS_INSTANTIATE_BACKENDS(DatabaseTest);

TEST(SqliteDatabase, UsesWalAndForeignKeys)
{
    QTemporaryDir dir;
    QString error;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("sub/folder/x.mcs")), &error);
    ASSERT_TRUE(db) << error.toStdString();
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(SqliteDatabase, AnUnwritableLocationIsAClearError)
{
    QString error;
    auto db = Database::openSqlite(QStringLiteral("/proc/mcstudio/x.mcs"), &error);
    EXPECT_FALSE(db);
    EXPECT_TRUE(error.contains(QStringLiteral("/proc/mcstudio"))) << error.toStdString();
}

TEST(PostgresDatabase, AWrongPasswordIsAClearErrorWithoutThePassword)
{
    auto server = mcs::test::testServer();
    if (!server) {
        if (mcs::test::serverRequired())
            FAIL() << "PostgreSQL test server unavailable";
        GTEST_SKIP() << "no PostgreSQL test server";
    }
    server->password = QStringLiteral("wrong-password-xyz");
    QString error;
    EXPECT_FALSE(Database::openPostgres(*server, &error));
    EXPECT_TRUE(error.contains(server->url())) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("wrong-password-xyz")));
}

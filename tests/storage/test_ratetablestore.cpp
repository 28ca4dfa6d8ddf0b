// Rate-table versions in the database (SQLite and PostgreSQL): the built-in table is version 1,
// a new version is stored once and read back equal, and the latest one is the table in use.
#include "builtinrates.h"
#include "database.h"
#include "sltratetablerepository.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

using namespace mcs;
using mcs::test::BackendTest;

class RateTableStoreTest : public BackendTest
{
};

TEST_P(RateTableStoreTest, NewVersionsAreStoredOnceAndTheLatestIsInUse)
{
    auto db = open();
    ASSERT_TRUE(db);
    SltRateTableRepository repo(*db);
    QString error;
    auto latest = repo.latest(&error);
    ASSERT_TRUE(latest) << error.toStdString();
    EXPECT_TRUE(*latest == builtinRateTable());
    EXPECT_EQ(repo.nextVersion(&error), 2);
    EXPECT_FALSE(repo.store(builtinRateTable(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("built into MC Studio"))) << error.toStdString();

    QVector<ActivityRate> rates = builtinRateTable().rates();
    rates[0].max = 12;
    rates[0].preferred = 9;
    const auto v2 = builtinRateTable().newVersion(2, rates, &error);
    ASSERT_TRUE(v2) << error.toStdString();
    ASSERT_TRUE(repo.store(*v2, &error)) << error.toStdString();
    EXPECT_FALSE(repo.store(*v2, &error)); // never replaced
    EXPECT_TRUE(error.contains(QStringLiteral("version 2"))) << error.toStdString();

    latest = repo.latest(&error);
    ASSERT_TRUE(latest) << error.toStdString();
    EXPECT_TRUE(*latest == *v2);
    EXPECT_EQ(repo.nextVersion(&error), 3);
    auto one = repo.rateTable(1, &error);
    ASSERT_TRUE(one) << error.toStdString();
    EXPECT_TRUE(*one == builtinRateTable());
    auto two = repo.rateTable(2, &error);
    ASSERT_TRUE(two) << error.toStdString();
    EXPECT_EQ(two->find(QStringLiteral("slide"))->defaultRate(), 9.0);
    EXPECT_FALSE(repo.rateTable(7, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("version 7"))) << error.toStdString();
    EXPECT_EQ(repo.versions(nullptr), QVector<int>{2});
}

MCS_INSTANTIATE_BACKENDS(RateTableStoreTest);

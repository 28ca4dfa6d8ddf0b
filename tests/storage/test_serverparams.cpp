#include "serverparams.h"

#include <gtest/gtest.h>

using namespace mcs;

TEST(ServerParams, ParsesTheDocumentedUrlForm)
{
    QString error;
    const auto p = ServerParams::fromUrl(QStringLiteral("postgresql://cflex@db.unimas.my:6543/mcstudio"), &error);
    ASSERT_TRUE(p) << error.toStdString();
    EXPECT_EQ(p->user, QStringLiteral("cflex"));
    EXPECT_EQ(p->host, QStringLiteral("db.unimas.my"));
    EXPECT_EQ(p->port, 6543);
    EXPECT_EQ(p->database, QStringLiteral("mcstudio"));
    EXPECT_TRUE(p->password.isEmpty());
}

TEST(ServerParams, UrlNeverCarriesThePassword)
{
    QString error;
    const auto p = ServerParams::fromUrl(QStringLiteral("postgres://u:s3cret@localhost/db"), &error);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->password, QStringLiteral("s3cret"));
    EXPECT_EQ(p->port, 5432);
    EXPECT_EQ(p->url(), QStringLiteral("postgresql://u@localhost:5432/db"));
    EXPECT_FALSE(p->url().contains(QStringLiteral("s3cret")));
}

TEST(ServerParams, RejectsOtherSchemesAndMissingParts)
{
    QString error;
    EXPECT_FALSE(ServerParams::fromUrl(QStringLiteral("mysql://u@h/db"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("mysql://u@h/db")));
    EXPECT_FALSE(ServerParams::fromUrl(QStringLiteral("postgresql://host/db"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("user")));
    EXPECT_FALSE(ServerParams::fromUrl(QStringLiteral("postgresql://u@host"), &error));
}

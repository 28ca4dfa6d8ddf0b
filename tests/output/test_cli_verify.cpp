#include "clirunner.h"
#include "ed25519key.h"
#include "samplestatement.h"
#include "statementtoken.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace mcs;
using mcs::test::runCli;

class CliVerify : public testing::Test
{
protected:
    void SetUp() override
    {
        QFile f(keyPath());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(key.publicPem());
    }
    QString keyPath() const { return dir.filePath(QStringLiteral("issuer.pem")); }
    QTemporaryDir dir;
    Ed25519Key key = Ed25519Key::generate();
};

TEST_F(CliVerify, AValidUrlPrintsItsFieldsAndExitsZero)
{
    const QString url = statementtoken::verificationUrl(QStringLiteral("https://verify.unimas.my/mms"),
                                                        statementtoken::sign(test::sampleStatement(), key));
    const auto r = runCli({QStringLiteral("verify"), url, QStringLiteral("--key"), keyPath()});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("VALID\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("serial: UNIMAS-MC-2026-000123\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("grade: A-\n")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("awarded: 2026-05-20\n")));
}

TEST_F(CliVerify, TamperedOrForeignTokensAreNotValidAndExitOne)
{
    QString token = statementtoken::sign(test::sampleStatement(), key);
    token[token.size() - 5] = token[token.size() - 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto r = runCli({QStringLiteral("verify"), token, QStringLiteral("--key"), keyPath()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("NOT VALID: "))) << r.out.toStdString();

    const QString foreign = statementtoken::sign(test::sampleStatement(), Ed25519Key::generate());
    r = runCli({QStringLiteral("verify"), foreign, QStringLiteral("--key"), keyPath()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("unknown key")));

    r = runCli({QStringLiteral("verify"), QStringLiteral("not-a-token"), QStringLiteral("--key"), keyPath()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("malformed")));
}

TEST_F(CliVerify, BadUsageExitsTwoNamingTheProblem)
{
    auto r = runCli({QStringLiteral("verify"), QStringLiteral("x.y.z")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--key")));
    r = runCli({QStringLiteral("verify"), QStringLiteral("x.y.z"), QStringLiteral("--key"), dir.filePath(QStringLiteral("none.pem"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("none.pem")));
    r = runCli({QStringLiteral("verify"), QStringLiteral("--bogus")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("bogus")));
}

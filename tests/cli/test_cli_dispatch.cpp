#include "clirunner.h"

#include <gtest/gtest.h>

using mcs::test::runCli;

TEST(CliDispatch, VersionPrintsTheProjectVersion)
{
    const auto r = runCli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("mcstudio-cli 0."))) << r.out.toStdString();
}

TEST(CliDispatch, HelpListsUsageAndExitCodes)
{
    const auto r = runCli({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: mcstudio-cli <command>")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exit codes")));
    EXPECT_TRUE(r.err.isEmpty());
}

TEST(CliDispatch, AnUnknownSubcommandExitsTwoWithOneLineNamingIt)
{
    const auto r = runCli({QStringLiteral("frobnicate"), QStringLiteral("x")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("'frobnicate'"))) << r.err.toStdString();
}

TEST(CliDispatch, AnUnknownGlobalOptionExitsTwo)
{
    const auto r = runCli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("'--frobnicate'")));
}

TEST(CliDispatch, NoArgumentsIsBadUsage)
{
    const auto r = runCli({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Usage:")));
}

TEST(CliDispatch, HelpForAnUnknownCommandExitsTwo)
{
    const auto r = runCli({QStringLiteral("help"), QStringLiteral("nope")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("'nope'")));
}

// Every options-only subcommand refuses a stray argument with one line naming it (exit 2) before
// it opens anything, and --help still prints its usage (cli::parseOptionsOnly).
TEST(CliDispatch, OptionsOnlyCommandsRefuseAStrayArgument)
{
    for (const char *command : {"list", "demo", "export", "check", "audit", "checkout", "checkin", "keys", "issuer",
                                "mms", "badge", "revoke", "results", "portfolio", "ics", "schedule"}) {
        SCOPED_TRACE(command);
        const auto r = runCli({QString::fromLatin1(command), QStringLiteral("stray.txt")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("unexpected argument 'stray.txt'"))) << r.err.toStdString();
        const auto help = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0);
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: mcstudio-cli %1").arg(QString::fromLatin1(command))))
            << help.out.toStdString();
    }
}

// mcstudio-cli schedule, end to end through the real binary.
#include "clirunner.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using mcs::test::runCli;

TEST(CliSchedule, JsonFollowsTheContract)
{
    const auto r = runCli({QStringLiteral("schedule"), QStringLiteral("--start"), QStringLiteral("2026-01-31"),
                           QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    ASSERT_TRUE(doc.isArray());
    const QJsonArray a = doc.array();
    ASSERT_EQ(a.size(), 8);
    const char *starts[] = {"2026-01-31", "2026-02-07", "2026-02-21", "2026-03-21",
                            "2026-05-21", "2026-05-28", "2026-06-04", "2026-07-02"};
    const char *dues[] = {"2026-02-07", "2026-02-21", "2026-03-21", "2026-05-21",
                          "2026-05-28", "2026-06-04", "2026-07-02", "2026-08-02"};
    const int progress[] = {15, 20, 40, 60, 65, 70, 85, 100};
    for (int i = 0; i < 8; ++i) {
        const QJsonObject o = a.at(i).toObject();
        EXPECT_EQ(o.size(), 5) << "exactly milestone, name, start, due, progress";
        EXPECT_EQ(o.value(QStringLiteral("milestone")).toInt(-1), i + 1);
        EXPECT_TRUE(o.value(QStringLiteral("milestone")).isDouble());
        EXPECT_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_EQ(o.value(QStringLiteral("start")).toString(), QLatin1String(starts[i]));
        EXPECT_EQ(o.value(QStringLiteral("due")).toString(), QLatin1String(dues[i]));
        EXPECT_EQ(o.value(QStringLiteral("progress")).toInt(-1), progress[i]);
    }
    EXPECT_EQ(a.at(7).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Senate approval"));
}

TEST(CliSchedule, LeapDayStartInJson)
{
    const auto r = runCli({QStringLiteral("schedule"), QStringLiteral("--json"), QStringLiteral("--start"),
                           QStringLiteral("2028-02-29")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(a.size(), 8);
    EXPECT_EQ(a.at(2).toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2028-04-21"));
    EXPECT_EQ(a.at(7).toObject().value(QStringLiteral("due")).toString(), QStringLiteral("2028-09-02"));
}

TEST(CliSchedule, TextListsEveryMilestone)
{
    const auto r = runCli({QStringLiteral("schedule"), QStringLiteral("--start"), QStringLiteral("2026-12-20")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 9); // header + 8
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("1  2026-12-20  2026-12-27"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(8).startsWith(QStringLiteral("8  2027-05-22  2027-06-22"))) << lines.at(8).toStdString();
    EXPECT_TRUE(lines.at(8).contains(QStringLiteral("100%")));
    EXPECT_TRUE(lines.at(8).endsWith(QStringLiteral("Senate approval")));
}

TEST(CliSchedule, AnInvalidDateExitsTwoNamingTheOption)
{
    for (const char *bad : {"2026-02-30", "2026-13-01", "31/01/2026", "2026-1-31", "tomorrow", ""}) {
        const auto r = runCli({QStringLiteral("schedule"), QStringLiteral("--start"), QString::fromLatin1(bad)});
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_TRUE(r.out.isEmpty()) << bad;
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--start"))) << r.err.toStdString();
    }
}

TEST(CliSchedule, MissingStartOrUnknownOptionExitsTwo)
{
    auto r = runCli({QStringLiteral("schedule"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--start")));
    r = runCli({QStringLiteral("schedule"), QStringLiteral("--start")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    r = runCli({QStringLiteral("schedule"), QStringLiteral("--start"), QStringLiteral("2026-01-31"),
                QStringLiteral("--frob")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("frob")));
}

TEST(CliSchedule, HelpShowsTheSynopsis)
{
    const auto r = runCli({QStringLiteral("schedule"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("schedule --start YYYY-MM-DD [--json]")));
}

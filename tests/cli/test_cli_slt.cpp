// mcstudio-cli slt and table4, end to end: the contracts scripts rely on (JSON keys, exit codes,
// one-line errors naming the file, line and column).
#include "clirunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using mcs::test::runCli;

namespace {

QString data(const char *name)
{
    return QStringLiteral(MCS_TEST_DATA_DIR "/slt/") + QLatin1String(name);
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST(CliSlt, JsonIsExactlyOneObjectAndExitZeroWithoutErrors)
{
    const auto r = runCli({QStringLiteral("slt"), data("course.csv"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    ASSERT_TRUE(doc.isObject());
    const QJsonObject o = doc.object();
    EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("assessment_hours"), QStringLiteral("assessment_weight_total"),
                                     QStringLiteral("claimable_credits"), QStringLiteral("clos"), QStringLiteral("credits"),
                                     QStringLiteral("delivery_hours"), QStringLiteral("findings"), QStringLiteral("max_hours"),
                                     QStringLiteral("min_hours"), QStringLiteral("modes"), QStringLiteral("online_share"),
                                     QStringLiteral("total_hours"), QStringLiteral("units")}));
    EXPECT_DOUBLE_EQ(o[QLatin1String("total_hours")].toDouble(), 24.825); // 1489.5 min, see test_sltreport
    EXPECT_EQ(o[QLatin1String("units")].toArray().size(), 3);
    const QJsonObject finding = o[QLatin1String("findings")].toArray().at(0).toObject();
    EXPECT_EQ(finding.keys(), (QStringList{QStringLiteral("line"), QStringLiteral("message"), QStringLiteral("rule"),
                                           QStringLiteral("severity")}));
}

TEST(CliSlt, ErrorFindingsExitOne)
{
    const auto r = runCli({QStringLiteral("slt"), data("findings.csv"), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("findings")].toArray();
    ASSERT_EQ(findings.size(), 10);
    EXPECT_EQ(findings[1].toObject()[QLatin1String("rule")].toString(), QStringLiteral("missing_rate"));
    EXPECT_EQ(findings[1].toObject()[QLatin1String("line")].toInt(), 3);
}

TEST(CliSlt, ReadableSummaryWithoutJson)
{
    const auto r = runCli({QStringLiteral("slt"), data("findings.csv")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Student Learning Time: findings.csv")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("  line 3    error    missing_rate ")));
    EXPECT_FALSE(r.out.trimmed().startsWith(QLatin1Char('{')));
}

TEST(CliSlt, AnUninterpretableCellExitsTwoNamingLineAndColumn)
{
    QTemporaryDir dir;
    const struct
    {
        const char *csv;
        const char *expected;
    } cases[] = {
        {"unit,activity,quantity\n1,slide,3\n1,slide,ten\n", "line 3, column 'quantity': 'ten' is not a number"},
        {"unit,activity,quantity,colour\n", "line 1, column 'colour': unknown column"},
        {"unit,activity,quantity\n1,podcast,3\n", "line 2, column 'activity': unknown activity 'podcast'"},
        {"unit,activity,quantity,mode\n1,slide,3,remote\n", "line 2, column 'mode': unknown mode 'remote'"},
        {"unit,activity,quantity,assessment\n1,slide,3,exam\n", "line 2, column 'assessment': unknown assessment kind 'exam'"},
        {"unit,activity,quantity,weight\n1,slide,3,lots\n", "line 2, column 'weight': 'lots' is not a number"},
        {"unit,activity,quantity,rate\n1,slide,3,?\n", "line 2, column 'rate': '?' is not a number"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.csv);
        const QString path = writeFile(dir, "bad.csv", c.csv);
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("slt"), path};
            if (json)
                args << QStringLiteral("--json");
            const auto r = runCli(args);
            EXPECT_EQ(r.exitCode, 2);
            EXPECT_TRUE(r.out.isEmpty());
            EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(path + QStringLiteral(": ") + QLatin1String(c.expected))) << r.err.toStdString();
        }
    }
}

TEST(CliSlt, BadUsageExitsTwo)
{
    const QStringList cases[] = {
        {QStringLiteral("slt")},
        {QStringLiteral("slt"), data("course.csv"), data("course.csv")},
        {QStringLiteral("slt"), data("course.csv"), QStringLiteral("--xml")},
        {QStringLiteral("slt"), QStringLiteral("/nonexistent/table4.csv")},
    };
    for (const QStringList &args : cases) {
        SCOPED_TRACE(args.join(QLatin1Char(' ')).toStdString());
        const auto r = runCli(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    }
    EXPECT_TRUE(runCli({QStringLiteral("slt"), QStringLiteral("/nonexistent/table4.csv")})
                    .err.contains(QStringLiteral("/nonexistent/table4.csv")));
}

TEST(CliSlt, HelpNamesTheSubcommand)
{
    const auto r = runCli({QStringLiteral("slt"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("slt FILE.csv [--json]")));
    EXPECT_TRUE(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("table4 FILE.csv --xlsx OUT.xlsx")));
}

TEST(CliTable4, WritesTheWorkbook)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("t4.xlsx"));
    const auto r = runCli({QStringLiteral("table4"), data("course.csv"), QStringLiteral("--xlsx"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK"); // a zip container; the content is checked in test_output_slt
}

TEST(CliTable4, BadUsageAndBadInputExitTwo)
{
    QTemporaryDir dir;
    const QString bad = writeFile(dir, "bad.csv", "unit,activity,quantity\n1,slide,x\n");
    const struct
    {
        QStringList args;
        const char *mentions;
    } cases[] = {
        {{QStringLiteral("table4"), data("course.csv")}, "--xlsx"},
        {{QStringLiteral("table4"), QStringLiteral("--xlsx"), dir.filePath(QStringLiteral("a.xlsx"))}, "FILE.csv"},
        {{QStringLiteral("table4"), bad, QStringLiteral("--xlsx"), dir.filePath(QStringLiteral("b.xlsx"))},
         "line 2, column 'quantity'"},
        {{QStringLiteral("table4"), data("course.csv"), QStringLiteral("--xlsx"), QStringLiteral("/nonexistent/x.xlsx")},
         "/nonexistent/x.xlsx"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.args.join(QLatin1Char(' ')).toStdString());
        const auto r = runCli(c.args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.mentions))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("b.xlsx"))));
}

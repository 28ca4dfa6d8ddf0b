#include "clirunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using mcs::test::runCli;

class CliPortfolio : public testing::Test
{
protected:
    void SetUp() override
    {
        const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db(), QStringLiteral("--courses"),
                                  QStringLiteral("12"), QStringLiteral("--learners"), QStringLiteral("30"),
                                  QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
                                  QStringLiteral("2026-11-30")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }
    QString db() const { return dir.filePath(QStringLiteral("office.mcs")); }
    QTemporaryDir dir;
};

TEST_F(CliPortfolio, JsonHasOneEntryPerCourseAgreeingWithList)
{
    const auto r = runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), db(), QStringLiteral("--json"),
                           QStringLiteral("--today"), QStringLiteral("2026-11-30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray portfolio = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const auto list = runCli({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    const QJsonArray courses = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(portfolio.size(), 12);
    ASSERT_EQ(courses.size(), 12);
    int overdue = 0;
    for (int i = 0; i < 12; ++i) {
        const QJsonObject p = portfolio.at(i).toObject();
        const QJsonObject c = courses.at(i).toObject();
        EXPECT_EQ(p.value(QStringLiteral("code")), c.value(QStringLiteral("code")));
        EXPECT_EQ(p.value(QStringLiteral("progress")).toInt(), c.value(QStringLiteral("progress")).toInt())
            << p.value(QStringLiteral("code")).toString().toStdString();
        for (const char *key : {"current_milestone", "next_due", "overdue", "forecast_completion"})
            EXPECT_TRUE(p.contains(QString::fromLatin1(key))) << key;
        if (p.value(QStringLiteral("overdue")).toBool())
            ++overdue;
        if (p.value(QStringLiteral("progress")).toInt() == 100) {
            EXPECT_TRUE(p.value(QStringLiteral("next_due")).isNull());
        }
    }
    EXPECT_GT(overdue, 0) << "the demo portfolio has late courses";
    EXPECT_LT(overdue, 12);
}

TEST_F(CliPortfolio, TextAndBadUsage)
{
    const auto text = runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), db()});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("forecast")));
    const auto missing = runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), dir.filePath(QStringLiteral("none.mcs"))});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.mcs")));
    const auto badDay = runCli({QStringLiteral("portfolio"), QStringLiteral("--db"), db(), QStringLiteral("--today"),
                                QStringLiteral("2026-02-30")});
    EXPECT_EQ(badDay.exitCode, 2);
    EXPECT_TRUE(badDay.err.contains(QStringLiteral("--today")));
}

TEST_F(CliPortfolio, IcsForOneCourseHasItsEightDueDates)
{
    const auto list = runCli({QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    const QString code = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("code")).toString();
    const QString ics = dir.filePath(QStringLiteral("one.ics"));
    const auto r = runCli({QStringLiteral("ics"), QStringLiteral("--db"), db(), QStringLiteral("--course"), code,
                           QStringLiteral("--out"), ics});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(ics);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    EXPECT_TRUE(bytes.endsWith("END:VCALENDAR\r\n"));
    EXPECT_EQ(bytes.count("BEGIN:VEVENT\r\n"), 8);
    EXPECT_EQ(bytes.count("\n"), bytes.count("\r\n")) << "CRLF line ends only";
    EXPECT_TRUE(bytes.contains(QByteArray("UID:mcstudio-") + code.toUtf8() + "-m1@"));

    const QString all = dir.filePath(QStringLiteral("all.ics"));
    ASSERT_EQ(runCli({QStringLiteral("ics"), QStringLiteral("--db"), db(), QStringLiteral("--out"), all}).exitCode, 0);
    QFile g(all);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    EXPECT_EQ(g.readAll().count("BEGIN:VEVENT\r\n"), 12 * 8);
}

TEST_F(CliPortfolio, IcsRefusesAnUnknownCourseAndWritesNothing)
{
    const QString ics = dir.filePath(QStringLiteral("x.ics"));
    const auto r = runCli({QStringLiteral("ics"), QStringLiteral("--db"), db(), QStringLiteral("--course"),
                           QStringLiteral("NOPE999"), QStringLiteral("--out"), ics});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NOPE999")));
    EXPECT_FALSE(QFile::exists(ics));
    EXPECT_EQ(runCli({QStringLiteral("ics"), QStringLiteral("--db"), db()}).exitCode, 2) << "--out is required";
}

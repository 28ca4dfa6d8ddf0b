#include "clirunner.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using mcs::test::runCli;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(CliDemoAndList, DemoThenListAsJsonAndText)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.mcs"));
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--courses"),
                              QStringLiteral("25"), QStringLiteral("--learners"), QStringLiteral("120"),
                              QStringLiteral("--seed"), QStringLiteral("42")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.startsWith(QStringLiteral("Wrote 25 courses, "))) << demo.out.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("120 learners")));
    EXPECT_TRUE(demo.err.isEmpty());

    const auto json = runCli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &parseError);
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << json.out.toStdString();
    const QJsonArray array = doc.array();
    ASSERT_EQ(array.size(), 25);
    QString previous;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("progress"),
                                         QStringLiteral("status"), QStringLiteral("title")}));
        EXPECT_TRUE(o.value(QStringLiteral("progress")).isDouble());
        const int progress = o.value(QStringLiteral("progress")).toInt();
        EXPECT_TRUE(QList<int>({0, 15, 20, 40, 60, 65, 70, 85, 100}).contains(progress)) << progress;
        EXPECT_TRUE(QStringList({QStringLiteral("accredited_course"), QStringLiteral("stand_alone"),
                                 QStringLiteral("stand_alone_qvc")})
                        .contains(o.value(QStringLiteral("kind")).toString()));
        EXPECT_TRUE(o.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Micro-Credential in ")));
        const QString code = o.value(QStringLiteral("code")).toString();
        EXPECT_LT(previous, code); // ordered by code
        previous = code;
    }
    EXPECT_EQ(array.first().toObject().value(QStringLiteral("status")).toString().isEmpty(), false);

    const auto text = runCli({QStringLiteral("list"), QStringLiteral("--db"), db});
    ASSERT_EQ(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 27); // header, 25 courses, count
    EXPECT_TRUE(lines.first().startsWith(QStringLiteral("CODE")));
    EXPECT_TRUE(lines.first().endsWith(QStringLiteral("PROGRESS")));
    EXPECT_EQ(lines.last(), QStringLiteral("25 course(s)"));
    EXPECT_TRUE(lines[1].startsWith(array.first().toObject().value(QStringLiteral("code")).toString()));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("%")));

    // Same seed, same portfolio.
    const QString db2 = dir.filePath(QStringLiteral("demo2.mcs"));
    ASSERT_EQ(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db2, QStringLiteral("--courses"),
                      QStringLiteral("25"), QStringLiteral("--learners"), QStringLiteral("120"),
                      QStringLiteral("--seed"), QStringLiteral("42")})
                  .exitCode,
              0);
    EXPECT_EQ(runCli({QStringLiteral("list"), QStringLiteral("--db"), db2, QStringLiteral("--json")}).out, json.out);

    // A second demo into the same file is refused: the demo never mixes with real work.
    const auto again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_EQ(again.err.count(QLatin1Char('\n')), 1) << again.err.toStdString();
    EXPECT_TRUE(again.err.contains(QStringLiteral("already holds 25 course(s)"))) << again.err.toStdString();
}

TEST(CliDemoAndList, ListOfAMissingFileExitsTwoAndCreatesNothing)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("nothing.mcs"));
    const auto r = runCli({QStringLiteral("list"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(r.err.contains(db)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(db));
}

TEST(CliDemoAndList, AForeignFileIsRefusedAndUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
    }
    const QByteArray before = checksum(path);
    for (const QString &command : {QStringLiteral("list"), QStringLiteral("demo")}) {
        const auto r = runCli({command, QStringLiteral("--db"), path});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
        EXPECT_TRUE(r.err.contains(QStringLiteral("not an MC Studio database"))) << r.err.toStdString();
    }
    EXPECT_EQ(checksum(path), before);
}

TEST(CliDemoAndList, BadUsageNamesTheOption)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.mcs"));
    const struct { QStringList args; const char *needle; } cases[] = {
        {{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--courses"), QStringLiteral("many")}, "--courses"},
        {{QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--seed"), QStringLiteral("-3")}, "--seed"},
        {{QStringLiteral("demo")}, "--db"},
        {{QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--pg"), QStringLiteral("postgresql://u@h/d")}, "--pg"},
        {{QStringLiteral("list"), QStringLiteral("--pg"), QStringLiteral("mysql://x")}, "mysql://x"},
        {{QStringLiteral("list"), QStringLiteral("--frobnicate")}, "frobnicate"},
    };
    for (const auto &c : cases) {
        const auto r = runCli(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.needle))) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(db));
}

TEST(CliDemoAndList, DemoAndListOnTheServerWithThePasswordFromTheEnvironment)
{
    mcs::test::ScratchServerDatabase server;
    if (!server.isValid()) {
        if (mcs::test::serverRequired())
            FAIL() << server.error().toStdString();
        GTEST_SKIP() << server.error().toStdString();
    }
    const mcs::ServerParams p = server.params();
    const QString url = p.url();
    qputenv("PGPASSWORD", p.password.toUtf8());
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--pg"), url, QStringLiteral("--courses"),
                              QStringLiteral("12"), QStringLiteral("--learners"), QStringLiteral("40")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(url));
    EXPECT_FALSE(demo.out.contains(p.password));
    const auto list = runCli({QStringLiteral("list"), QStringLiteral("--pg"), url, QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 12);

    qputenv("PGPASSWORD", "wrong-password");
    const auto denied = runCli({QStringLiteral("list"), QStringLiteral("--pg"), url});
    qunsetenv("PGPASSWORD");
    EXPECT_EQ(denied.exitCode, 2);
    EXPECT_EQ(denied.err.count(QLatin1Char('\n')), 1) << denied.err.toStdString();
    EXPECT_TRUE(denied.err.contains(url));
    EXPECT_FALSE(denied.err.contains(QStringLiteral("wrong-password")));
}

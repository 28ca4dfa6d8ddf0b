// mcstudio-cli check, export and import end to end on a demo database.
#include "clirunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using mcs::test::runCli;

namespace {

QString makeDemo(const QTemporaryDir &dir, const QString &name)
{
    const QString db = dir.filePath(name);
    const auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--courses"),
                              QStringLiteral("12"), QStringLiteral("--learners"), QStringLiteral("10"),
                              QStringLiteral("--seed"), QStringLiteral("7")});
    EXPECT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    return db;
}

QStringList codes(const QString &db)
{
    const auto list = runCli({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        out << v.toObject().value(QStringLiteral("code")).toString();
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(CliCheck, JsonFindingsAndExitCodeFollowErrors)
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, QStringLiteral("demo.mcs"));
    const QStringList all = codes(db);
    ASSERT_EQ(all.size(), 12);
    for (const QString &code : all) {
        const auto r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--course"), code,
                               QStringLiteral("--json")});
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &parseError).object();
        ASSERT_EQ(parseError.error, QJsonParseError::NoError) << r.out.toStdString() << r.err.toStdString();
        EXPECT_EQ(o.keys(), QStringList{QStringLiteral("findings")});
        bool anyError = false;
        for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            EXPECT_EQ(f.keys(), (QStringList{QStringLiteral("field"), QStringLiteral("message"), QStringLiteral("rule"),
                                             QStringLiteral("section"), QStringLiteral("severity")}));
            const QString severity = f.value(QStringLiteral("severity")).toString();
            EXPECT_TRUE(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("reminder")})
                            .contains(severity));
            anyError = anyError || severity == QLatin1String("error");
        }
        EXPECT_EQ(r.exitCode, anyError ? 1 : 0) << code.toStdString();

        const auto text = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--course"), code});
        EXPECT_EQ(text.exitCode, r.exitCode);
        EXPECT_TRUE(text.out.contains(code + QStringLiteral(": "))) << text.out.toStdString();
    }
}

TEST(CliCheck, BadUsageUnknownCourseAndUnreadableDatabase)
{
    QTemporaryDir dir;
    const QString db = makeDemo(dir, QStringLiteral("demo.mcs"));
    auto r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--course"), QStringLiteral("NOPE999")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NOPE999"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    r = runCli({QStringLiteral("check"), QStringLiteral("--db"), db});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--course"))) << r.err.toStdString();
    r = runCli({QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.mcs")),
                QStringLiteral("--course"), QStringLiteral("MC001")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("missing.mcs")));
    const QString junk = dir.filePath(QStringLiteral("junk.mcs"));
    writeFile(junk, "this is not a database at all, not even close to one.......................");
    r = runCli({QStringLiteral("check"), QStringLiteral("--db"), junk, QStringLiteral("--course"), QStringLiteral("MC001")});
    EXPECT_EQ(r.exitCode, 2);
}

TEST(CliExchange, ExportImportRoundTripReplaceAndMalformed)
{
    QTemporaryDir dir;
    const QString source = makeDemo(dir, QStringLiteral("source.mcs"));
    const QString code = codes(source).first();
    const QString file = dir.filePath(QStringLiteral("course.json"));
    auto r = runCli({QStringLiteral("export"), QStringLiteral("--db"), source, QStringLiteral("--course"), code,
                     QStringLiteral("--out"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QByteArray exported = readFile(file);
    ASSERT_FALSE(exported.isEmpty());

    // Into a new database, then out again: the same file.
    const QString target = dir.filePath(QStringLiteral("target.mcs"));
    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(codes(target), QStringList{code});
    const QString again = dir.filePath(QStringLiteral("again.json"));
    r = runCli({QStringLiteral("export"), QStringLiteral("--db"), target, QStringLiteral("--course"), code,
                QStringLiteral("--out"), again});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(readFile(again), exported);

    // Importing an existing code is refused without --replace and changes nothing.
    QJsonObject o = QJsonDocument::fromJson(exported).object();
    QJsonObject form = o.value(QStringLiteral("form")).toObject();
    form[QStringLiteral("mqf_level")] = 0; // breaks rule mqf_level
    o[QStringLiteral("form")] = form;
    const QString changed = dir.filePath(QStringLiteral("changed.json"));
    writeFile(changed, QJsonDocument(o).toJson());
    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, changed});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already has a course %1").arg(code))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--replace")));
    auto check = runCli({QStringLiteral("check"), QStringLiteral("--db"), target, QStringLiteral("--course"), code,
                         QStringLiteral("--json")});
    EXPECT_FALSE(check.out.contains(QStringLiteral("\"mqf_level\""))) << check.out.toStdString();

    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, changed, QStringLiteral("--replace")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(codes(target), QStringList{code});
    check = runCli({QStringLiteral("check"), QStringLiteral("--db"), target, QStringLiteral("--course"), code,
                    QStringLiteral("--json")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(QStringLiteral("\"rule\": \"mqf_level\""))) << check.out.toStdString();

    // A malformed file names its path and leaves the database as it was.
    QJsonObject table = o.value(QStringLiteral("table4")).toObject();
    QJsonArray units = table.value(QStringLiteral("units")).toArray();
    ASSERT_GE(units.size(), 3);
    QJsonObject unit = units.at(2).toObject();
    QJsonArray activities = unit.value(QStringLiteral("activities")).toArray();
    QJsonObject activity = activities.at(0).toObject();
    activity[QStringLiteral("quantity")] = QStringLiteral("lots");
    activities[0] = activity;
    unit[QStringLiteral("activities")] = activities;
    units[2] = unit;
    table[QStringLiteral("units")] = units;
    o[QStringLiteral("table4")] = table;
    form[QStringLiteral("code")] = QStringLiteral("MC999");
    o[QStringLiteral("form")] = form;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    writeFile(bad, QJsonDocument(o).toJson());
    r = runCli({QStringLiteral("import"), QStringLiteral("--db"), target, bad});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("mcstudio-cli import: %1: $.table4.units[2].activities[0].quantity: "
                                              "expected a number").arg(bad));
    EXPECT_EQ(codes(target), QStringList{code});
}

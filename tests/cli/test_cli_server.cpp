#include "clirunner.h"
#include "courserepository.h"
#include "database.h"
#include "samplecourse.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using mcs::test::runCli;

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

} // namespace

TEST(CliServer, InitIsRerunnableAndAddUserMakesALoginThatSignsIn)
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

    for (int i = 0; i < 2; ++i) {
        const auto init = runCli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--pg"), url});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        EXPECT_TRUE(init.out.contains(QStringLiteral("schema version 6"))) << init.out.toStdString();
        EXPECT_TRUE(init.out.contains(QStringLiteral("mcs_ptj_head"))) << init.out.toStdString();
    }
    const QString login = QStringLiteral("c") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    const QString password = QStringLiteral("kata laluan ") + QUuid::createUuid().toString(QUuid::Id128).left(6);
    const auto add = runCli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--pg"), url,
                             QStringLiteral("--login"), login, QStringLiteral("--role"), QStringLiteral("ptj_head"),
                             QStringLiteral("--ptj"), QStringLiteral("FCSIT"), QStringLiteral("--password-stdin")},
                            (password + QStringLiteral("\n")).toUtf8());
    ASSERT_EQ(add.exitCode, 0) << add.err.toStdString();
    EXPECT_EQ(add.out, QStringLiteral("%1 can sign in to %2 as mcs_ptj_head (PTj FCSIT)\n").arg(login, url));

    mcs::ServerParams mine = p;
    mine.user = login;
    mine.password = password;
    QString error;
    {
        auto db = mcs::Database::openPostgres(mine, &error);
        ASSERT_TRUE(db) << error.toStdString();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT pg_has_role(session_user, 'mcs_ptj_head', 'MEMBER'),"
                                          " (SELECT ptj FROM person WHERE login = session_user),"
                                          " (SELECT role FROM person_role r JOIN person p ON p.id = r.person_id"
                                          "  WHERE p.login = session_user)")) && q.next());
        EXPECT_TRUE(q.value(0).toBool());
        EXPECT_EQ(q.value(1).toString(), QStringLiteral("FCSIT"));
        EXPECT_EQ(q.value(2).toString(), QStringLiteral("ptj_head"));
    }
    mine.password = QStringLiteral("wrong");
    EXPECT_FALSE(mcs::Database::openPostgres(mine, &error));

    // Re-running add-user changes the password.
    qputenv("MCS_NEW_PASSWORD", "second-password");
    const auto again = runCli({QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--pg"), url,
                               QStringLiteral("--login"), login, QStringLiteral("--role"), QStringLiteral("ptj_head"),
                               QStringLiteral("--ptj"), QStringLiteral("FCSIT")});
    qunsetenv("MCS_NEW_PASSWORD");
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    mine.password = QStringLiteral("second-password");
    EXPECT_TRUE(mcs::Database::openPostgres(mine, &error)) << error.toStdString();

    // Bad usage: exit 2 with one line naming the option.
    struct Case { QStringList args; const char *needle; };
    const Case cases[] = {
        {args({"server"}), "init or add-user"},
        {args({"server", "frobnicate"}), "frobnicate"},
        {args({"server", "init"}), "--pg"},
        {{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--pg"), url, QStringLiteral("--login"),
          QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("dean")}, "--role"},
        {{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--pg"), url, QStringLiteral("--login"),
          QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("ptj_head")}, "--ptj"},
        {{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--pg"), url, QStringLiteral("--login"),
          QStringLiteral("bad name"), QStringLiteral("--role"), QStringLiteral("sme")}, "--login"},
        {{QStringLiteral("server"), QStringLiteral("add-user"), QStringLiteral("--pg"), url, QStringLiteral("--login"),
          QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("sme")}, "password"},
    };
    for (const Case &c : cases) {
        const auto r = runCli(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.needle))) << r.err.toStdString();
    }
    qunsetenv("PGPASSWORD");
}

TEST(CliAudit, TheTrailOfALocalFileWithFilters)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.mcs"));
    {
        QString error;
        auto db = mcs::Database::openSqlite(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        mcs::CourseRepository repo(*db);
        mcs::Course a = mcs::test::sampleCourse(QStringLiteral("MC001"), 1, 1);
        mcs::Course b = mcs::test::sampleCourse(QStringLiteral("MC002"), 1, 1);
        ASSERT_TRUE(repo.save(&a, QStringLiteral("nahassan")).ok());
        ASSERT_TRUE(repo.save(&b, QStringLiteral("wjlim")).ok());
        a.title = QStringLiteral("Micro-Credential in Charts");
        ASSERT_TRUE(repo.save(&a, QStringLiteral("nahassan")).ok());
    }
    const auto json = runCli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--course"),
                              QStringLiteral("MC001"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject update = rows[0].toObject();
    EXPECT_EQ(update.value(QStringLiteral("who")).toString(), QStringLiteral("nahassan"));
    EXPECT_EQ(update.value(QStringLiteral("table")).toString(), QStringLiteral("course"));
    EXPECT_EQ(update.value(QStringLiteral("course")).toString(), QStringLiteral("MC001"));
    EXPECT_EQ(update.value(QStringLiteral("old")).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Micro-Credential in Data Visualisation"));
    EXPECT_EQ(update.value(QStringLiteral("new")).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Micro-Credential in Charts"));
    EXPECT_TRUE(rows[1].toObject().value(QStringLiteral("old")).isNull());

    const auto text = runCli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--person"),
                              QStringLiteral("wjlim")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].contains(QStringLiteral("wjlim  insert course"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("code: “MC002”"))) << lines[0].toStdString();
    EXPECT_EQ(lines[1], QStringLiteral("1 change(s)"));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const QString yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    EXPECT_EQ(QJsonDocument::fromJson(runCli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--from"),
                                              today, QStringLiteral("--json")}).out.toUtf8()).array().size(), 3);
    EXPECT_EQ(QJsonDocument::fromJson(runCli({QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--to"),
                                              yesterday, QStringLiteral("--json")}).out.toUtf8()).array().size(), 0);

    struct Case { QStringList args; const char *needle; };
    const Case cases[] = {
        {{QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--from"), QStringLiteral("30/11/2026")}, "--from"},
        {{QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--course"), QStringLiteral("MC999")}, "MC999"},
        {{QStringLiteral("audit"), QStringLiteral("--db"), path, QStringLiteral("--limit"), QStringLiteral("0")}, "--limit"},
        {{QStringLiteral("audit")}, "--db"},
    };
    for (const Case &c : cases) {
        const auto r = runCli(c.args);
        EXPECT_EQ(r.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(c.needle))) << r.err.toStdString();
    }
}

#pragma once

// The fixture of the check-out and check-in tests: a demo "server" file of three courses, the
// code of its first course, and edits made through export and import --replace, as someone
// would make them in MC Studio.
#include "clirunner.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace mcs::test {

inline QString S(const char *text)
{
    return QString::fromUtf8(text);
}

class OfflineCliTest : public testing::Test
{
protected:
    void SetUp() override
    {
        server = dir.filePath(S("server.mcs"));
        local = dir.filePath(S("offline.sqlite"));
        const auto demo = runCli({S("demo"), S("--db"), server, S("--courses"), S("3"), S("--learners"), S("0"),
                                  S("--seed"), S("3")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
        const auto list = runCli({S("list"), S("--db"), server, S("--json")});
        code = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject().value(S("code")).toString();
        ASSERT_FALSE(code.isEmpty());
    }

    // The course as its exchange JSON (mcstudio-cli export).
    QJsonObject exported(const QString &db)
    {
        const QString out = dir.filePath(S("x.json"));
        const auto r = runCli({S("export"), S("--db"), db, S("--course"), code, S("--out"), out});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    // Stores `course` over the course in `db` (mcstudio-cli import --replace).
    void replaceCourse(const QString &db, const QJsonObject &course)
    {
        const QString in = dir.filePath(S("edit.json"));
        QFile f(in);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(course).toJson());
        f.close();
        const auto r = runCli({S("import"), S("--db"), db, in, S("--replace")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QTemporaryDir dir;
    QString server;
    QString local;
    QString code;
};

} // namespace mcs::test

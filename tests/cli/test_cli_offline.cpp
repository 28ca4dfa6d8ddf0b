// mcstudio-cli checkout and checkin end to end: a demo "server" file and an offline copy.
#include "offlinefixture.h"

using mcs::test::runCli;
using mcs::test::S;

namespace {

class CliOffline : public mcs::test::OfflineCliTest
{
protected:
    // Edits form fields of the course in `db` as someone would in MC Studio.
    void edit(const QString &db, const QJsonObject &fields)
    {
        QJsonObject course = exported(db);
        QJsonObject form = course.value(S("form")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            form.insert(it.key(), it.value());
        course.insert(S("form"), form);
        replaceCourse(db, course);
    }

    QString formValue(const QString &db, const char *key) { return exported(db).value(S("form")).toObject().value(S(key)).toString(); }
};

} // namespace

TEST_F(CliOffline, RoundTripWithoutConflict)
{
    const auto out = runCli({S("checkout"), S("--db"), server, S("--course"), code, S("--out"), local});
    ASSERT_EQ(out.exitCode, 0) << out.err.toStdString();
    EXPECT_TRUE(out.out.startsWith(code + S(" checked out from "))) << out.out.toStdString();
    EXPECT_TRUE(out.out.contains(S("(row version 1)"))) << out.out.toStdString();

    const auto twice = runCli({S("checkout"), S("--db"), server, S("--course"), code, S("--out"), local});
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_TRUE(twice.err.contains(S("already holds"))) << twice.err.toStdString();

    edit(local, {{S("synopsis"), S("Written on the train.")}});
    const auto in = runCli({S("checkin"), S("--db"), server, S("--from"), local});
    ASSERT_EQ(in.exitCode, 0) << in.out.toStdString() << in.err.toStdString();
    EXPECT_TRUE(in.out.contains(code + S(" checked in to "))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("(row version 2)"))) << in.out.toStdString();
    EXPECT_EQ(formValue(server, "synopsis"), S("Written on the train."));

    const auto again = runCli({S("checkin"), S("--db"), server, S("--from"), local});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains(S("nothing to check in"))) << again.out.toStdString();
}

TEST_F(CliOffline, AConflictIsListedAndNothingWrittenUntilForced)
{
    ASSERT_EQ(runCli({S("checkout"), S("--db"), server, S("--course"), code, S("--out"), local}).exitCode, 0);
    edit(local, {{S("title"), S("Micro-Credential in Offline Work")}, {S("synopsis"), S("Mine.")}});
    edit(server, {{S("title"), S("Micro-Credential in Server Work")}, {S("promotion"), S("Radio")}});

    const auto in = runCli({S("checkin"), S("--db"), server, S("--from"), local});
    EXPECT_EQ(in.exitCode, 1);
    EXPECT_TRUE(in.out.contains(S("1 conflicting part(s):"))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("  title (MC title)\n"))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("    server: MC title: ")) && in.out.contains(S(" → Micro-Credential in Server Work\n")))
        << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("    mine:   MC title: ")) && in.out.contains(S(" → Micro-Credential in Offline Work\n")))
        << in.out.toStdString();
    EXPECT_FALSE(in.out.contains(S("synopsis"))) << "only conflicts are listed";
    EXPECT_TRUE(in.out.contains(S("Nothing was written.")));
    EXPECT_EQ(formValue(server, "title"), S("Micro-Credential in Server Work"));
    EXPECT_EQ(formValue(server, "synopsis").isEmpty(), false);
    EXPECT_NE(formValue(server, "synopsis"), S("Mine."));

    EXPECT_EQ(runCli({S("checkin"), S("--db"), server, S("--from"), local, S("--force-mine"), S("--force-theirs")}).exitCode, 2);

    const auto forced = runCli({S("checkin"), S("--db"), server, S("--from"), local, S("--force-mine")});
    ASSERT_EQ(forced.exitCode, 0) << forced.out.toStdString() << forced.err.toStdString();
    EXPECT_TRUE(forced.out.contains(S("kept from the server: promotion"))) << forced.out.toStdString();
    EXPECT_EQ(formValue(server, "title"), S("Micro-Credential in Offline Work"));
    EXPECT_EQ(formValue(server, "synopsis"), S("Mine."));
    EXPECT_EQ(formValue(server, "promotion"), S("Radio"));
    EXPECT_EQ(formValue(local, "promotion"), S("Radio")); // the offline copy follows the server
}

TEST_F(CliOffline, ForceTheirsKeepsTheServersSideOfEveryConflict)
{
    ASSERT_EQ(runCli({S("checkout"), S("--db"), server, S("--course"), code, S("--out"), local}).exitCode, 0);
    edit(local, {{S("title"), S("Micro-Credential in Offline Work")}, {S("synopsis"), S("Mine.")}});
    edit(server, {{S("title"), S("Micro-Credential in Server Work")}});
    const auto forced = runCli({S("checkin"), S("--db"), server, S("--from"), local, S("--force-theirs")});
    ASSERT_EQ(forced.exitCode, 0) << forced.out.toStdString() << forced.err.toStdString();
    EXPECT_EQ(formValue(server, "title"), S("Micro-Credential in Server Work"));
    EXPECT_EQ(formValue(server, "synopsis"), S("Mine.")); // not in conflict: mine is not lost
    EXPECT_EQ(formValue(local, "title"), S("Micro-Credential in Server Work"));
}

TEST_F(CliOffline, BadUsage)
{
    EXPECT_EQ(runCli({S("checkin"), S("--db"), server}).exitCode, 2);
    EXPECT_EQ(runCli({S("checkout"), S("--db"), server, S("--out"), local}).exitCode, 2);
    const auto missing = runCli({S("checkout"), S("--db"), server, S("--course"), S("NOPE999"), S("--out"), local});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(S("NOPE999"))) << missing.err.toStdString();
    EXPECT_EQ(missing.err.count(QLatin1Char('\n')), 1);
    // A file with no checked-out course (here: the server itself).
    const auto none = runCli({S("checkin"), S("--db"), local, S("--from"), server});
    EXPECT_EQ(none.exitCode, 2);
    const auto noFile = runCli({S("checkin"), S("--db"), server, S("--from"), dir.filePath(S("absent.sqlite"))});
    EXPECT_EQ(noFile.exitCode, 2);
    EXPECT_TRUE(noFile.err.contains(S("absent.sqlite"))) << noFile.err.toStdString();
}

// End to end: keys, mms, verify --db, revoke, badge and results of mcstudio-cli on a real database.
#include "clirunner.h"
#include "courserepository.h"
#include "database.h"
#include "ed25519key.h"
#include "jws.h"
#include "offeringrepository.h"
#include "samplecourse.h"
#include "statementrepository.h"
#include "statementtoken.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace mcs;
using mcs::test::runCli;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForStarted(10000))
        return QStringLiteral("<pdftotext not installed>");
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString serial(int n)
{
    return QStringLiteral("UNIMAS-MC-%1-%2").arg(QDate::currentDate().year()).arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace

class CliStatements : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("mms.mcs"));
        QString error;
        auto db = Database::openSqlite(m_path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        Course c = test::sampleCourse(QStringLiteral("TMN4031MC"));
        ASSERT_TRUE(CourseRepository(*db).save(&c, QStringLiteral("tester")).ok());
        Course other = test::sampleCourse(QStringLiteral("MC002"));
        other.kind = CourseKind::StandAlone;
        ASSERT_TRUE(CourseRepository(*db).save(&other, QStringLiteral("tester")).ok());
        OfferingRepository offerings(*db);
        m_offering = {0, c.id, QStringLiteral("Cohort 1"), QDate(2026, 1, 5), QDate(2026, 3, 27), QStringLiteral("eLEAP"),
                      QStringLiteral("English")};
        ASSERT_TRUE(offerings.saveOffering(&m_offering).ok());
        m_otherOffering = {0, other.id, QStringLiteral("Cohort 1"), QDate(2026, 1, 5), QDate(2026, 3, 27), {}, {}};
        ASSERT_TRUE(offerings.saveOffering(&m_otherOffering).ok());
        QVector<Learner> learners = {
            {0, QStringLiteral("Nurul Aisyah binti Abdullah"), QStringLiteral("900101-13-5521"), {}, {}, QStringLiteral("nurul@example.my")},
            {0, QStringLiteral("Budi Santoso"), {}, QStringLiteral("B1234567"), QStringLiteral("Indonesia"), {}},
            {0, QStringLiteral("Lim Wei Jie"), QStringLiteral("020304-12-5679"), {}, {}, {}},
        };
        ASSERT_TRUE(offerings.saveLearners(&learners).ok());
        QVector<Enrolment> enrolments;
        for (int i = 0; i < 3; ++i) {
            Enrolment e;
            e.offeringId = m_offering.id;
            e.learnerId = learners[i].id;
            e.marks = 80 - 10 * i;
            e.grade = i == 0 ? QStringLiteral("A-") : QStringLiteral("B");
            e.result = ResultStatus::Pass;
            if (i < 2)
                e.senateApprovedOn = QDate(2026, 5, 20); // Lim still awaits Senate
            enrolments.append(e);
        }
        ASSERT_TRUE(offerings.saveEnrolments(&enrolments).ok());
    }

    QString token(const QString &s)
    {
        auto db = Database::openSqlite(m_path, nullptr);
        const auto st = StatementRepository(*db).findBySerial(s, nullptr);
        return st ? st->token : QString();
    }

    QTemporaryDir m_dir;
    QString m_path;
    Offering m_offering;
    Offering m_otherOffering;
};

TEST_F(CliStatements, KeysPrintsTheSamePublicKeyEveryTime)
{
    const auto first = runCli({QStringLiteral("keys"), QStringLiteral("--db"), m_path, QStringLiteral("--public")});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----\n")));
    EXPECT_TRUE(first.out.endsWith(QLatin1String("-----END PUBLIC KEY-----\n")));
    EXPECT_TRUE(Ed25519Key::fromPublicPem(first.out.toLatin1()).isValid());
    EXPECT_FALSE(first.out.contains(QLatin1String("PRIVATE")));
    const auto second = runCli({QStringLiteral("keys"), QStringLiteral("--db"), m_path, QStringLiteral("--public")});
    EXPECT_EQ(second.out, first.out);

    const auto noPublic = runCli({QStringLiteral("keys"), QStringLiteral("--db"), m_path});
    EXPECT_EQ(noPublic.exitCode, 2);
    EXPECT_EQ(noPublic.err.count(QLatin1Char('\n')), 1);
    const auto missing = runCli({QStringLiteral("keys"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.mcs")),
                                 QStringLiteral("--public")});
    EXPECT_EQ(missing.exitCode, 2);
}

TEST_F(CliStatements, MmsWritesOnePdfPerEligibleLearnerNamedBySerial)
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const auto r = runCli({QStringLiteral("mms"), QStringLiteral("--db"), m_path, QStringLiteral("--course"),
                           QStringLiteral("TMN4031MC"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString(); // no progress bar: stderr is not a terminal
    // Ordered by learner name: Budi, then Nurul; Lim awaits Senate and gets none.
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{serial(1) + QStringLiteral(".pdf"), serial(2) + QStringLiteral(".pdf")}));
    EXPECT_EQ(r.out, QDir(out).filePath(serial(1) + QStringLiteral(".pdf")) + QLatin1Char('\n')
                         + QDir(out).filePath(serial(2) + QStringLiteral(".pdf")) + QLatin1Char('\n'));
    const QString budi = pdfText(QDir(out).filePath(serial(1) + QStringLiteral(".pdf")));
    EXPECT_TRUE(budi.contains(QLatin1String("Budi Santoso"))) << budi.toStdString();
    EXPECT_TRUE(budi.contains(serial(1)));
    EXPECT_TRUE(budi.contains(QLatin1String("B1234567")));
    const QString nurul = pdfText(QDir(out).filePath(serial(2) + QStringLiteral(".pdf")));
    EXPECT_TRUE(nurul.contains(QLatin1String("Nurul Aisyah binti Abdullah")));
    EXPECT_TRUE(nurul.contains(QLatin1String("900101-13-5521")));

    // Again, as one merged PDF: the same serials (reprint), no new ones.
    const auto single = runCli({QStringLiteral("mms"), QStringLiteral("--db"), m_path, QStringLiteral("--course"),
                                QStringLiteral("TMN4031MC"), QStringLiteral("--offering"), QString::number(m_offering.id),
                                QStringLiteral("--out"), out, QStringLiteral("--single"), QStringLiteral("cohort.pdf")});
    ASSERT_EQ(single.exitCode, 0) << single.err.toStdString();
    EXPECT_EQ(single.out, QDir(out).filePath(QStringLiteral("cohort.pdf")) + QLatin1Char('\n'));
    const QString both = pdfText(QDir(out).filePath(QStringLiteral("cohort.pdf")));
    EXPECT_TRUE(both.contains(QLatin1String("Budi Santoso")));
    EXPECT_TRUE(both.contains(QLatin1String("Nurul Aisyah binti Abdullah")));
    EXPECT_TRUE(both.contains(serial(2)));
    EXPECT_FALSE(both.contains(serial(3)));
    EXPECT_EQ(QDir(out).entryList(QDir::Files).size(), 3); // no .part file left behind
    EXPECT_EQ(QDir(out).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);
}

TEST_F(CliStatements, MmsRefusesBadUsageAndSaysWhenNobodyIsEligible)
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    auto mms = [&](QStringList extra) {
        return runCli(QStringList{QStringLiteral("mms"), QStringLiteral("--db"), m_path, QStringLiteral("--out"), out} + extra);
    };
    for (const QStringList &bad : {QStringList{}, QStringList{QStringLiteral("--all"), QStringLiteral("--course"), QStringLiteral("MC002")},
                                   QStringList{QStringLiteral("--course"), QStringLiteral("NOPE")},
                                   QStringList{QStringLiteral("--all"), QStringLiteral("--offering"), QStringLiteral("1")},
                                   QStringList{QStringLiteral("--course"), QStringLiteral("MC002"), QStringLiteral("--offering"),
                                               QString::number(m_offering.id)}}) {
        const auto r = mms(bad);
        EXPECT_EQ(r.exitCode, 2) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    }
    const auto none = mms({QStringLiteral("--course"), QStringLiteral("MC002")});
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_EQ(none.err, QStringLiteral("mcstudio-cli mms: no learner has a Senate-approved pass; no statement was written\n"));
    EXPECT_FALSE(QDir(out).exists() && !QDir(out).entryList(QDir::Files).isEmpty());
}

TEST_F(CliStatements, VerifyWithTheDatabaseKnowsTheKeyAndTheRevocations)
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    ASSERT_EQ(runCli({QStringLiteral("mms"), QStringLiteral("--db"), m_path, QStringLiteral("--all"), QStringLiteral("--out"), out}).exitCode, 0);
    const QString url = QStringLiteral("https://verify.unimas.my/mms/") + token(serial(2));
    const auto valid = runCli({QStringLiteral("verify"), url, QStringLiteral("--db"), m_path});
    ASSERT_EQ(valid.exitCode, 0) << valid.out.toStdString() << valid.err.toStdString();
    EXPECT_TRUE(valid.out.startsWith(QStringLiteral("VALID\nserial: %1\nname: Nurul Aisyah binti Abdullah\ncourse: TMN4031MC\n"
                                                    "title: Micro-Credential in Data Visualisation\ngrade: A-\nawarded: 2026-05-20\n"
                                                    "iss: Universiti Malaysia Sarawak\nkey: ")
                                         .arg(serial(2))))
        << valid.out.toStdString();
    EXPECT_FALSE(valid.out.contains(QLatin1String("900101"))); // never the NRIC

    // The public key alone verifies it too.
    const auto keys = runCli({QStringLiteral("keys"), QStringLiteral("--db"), m_path, QStringLiteral("--public")});
    const QString pem = m_dir.filePath(QStringLiteral("issuer.pem"));
    QFile f(pem);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(keys.out.toLatin1());
    f.close();
    EXPECT_EQ(runCli({QStringLiteral("verify"), token(serial(2)), QStringLiteral("--key"), pem}).exitCode, 0);

    // Revoked: NOT VALID with the reason, exit 1; a second revocation is refused.
    const auto revoke = runCli({QStringLiteral("revoke"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(2),
                                QStringLiteral("--reason"), QStringLiteral("issued in error")});
    ASSERT_EQ(revoke.exitCode, 0) << revoke.err.toStdString();
    EXPECT_EQ(revoke.out, QStringLiteral("revoked %1\n").arg(serial(2)));
    const auto revoked = runCli({QStringLiteral("verify"), url, QStringLiteral("--db"), m_path});
    EXPECT_EQ(revoked.exitCode, 1);
    EXPECT_EQ(revoked.out, QStringLiteral("NOT VALID: revoked: statement %1 was revoked (issued in error)\n").arg(serial(2)));
    const auto again = runCli({QStringLiteral("revoke"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(2),
                               QStringLiteral("--reason"), QStringLiteral("twice")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(runCli({QStringLiteral("revoke"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), QStringLiteral("X-1"),
                      QStringLiteral("--reason"), QStringLiteral("r")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("revoke"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(1)}).exitCode, 2);

    // Signed with a key the database does not know.
    const Ed25519Key stranger = Ed25519Key::generate();
    QJsonObject claims = jws::verifyCompact(token(serial(1)), [](const QString &) { return nullptr; }).payload;
    ASSERT_FALSE(claims.isEmpty());
    const QString forged = jws::signCompact(claims, stranger);
    const auto unknown = runCli({QStringLiteral("verify"), forged, QStringLiteral("--db"), m_path});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.out, QStringLiteral("NOT VALID: unknown key '%1': this statement was not signed with a key known here\n")
                               .arg(stranger.keyId()));
    // Cut short.
    const auto cut = runCli({QStringLiteral("verify"), token(serial(1)).chopped(10), QStringLiteral("--db"), m_path});
    EXPECT_EQ(cut.exitCode, 1);
    EXPECT_TRUE(cut.out.startsWith(QLatin1String("NOT VALID: "))) << cut.out.toStdString();
    // Neither key nor database: bad usage.
    EXPECT_EQ(runCli({QStringLiteral("verify"), forged}).exitCode, 2);
}

TEST_F(CliStatements, BadgeWritesTheCredentialOrItsJwtAndPrintsTheLinkedInLink)
{
    const QString out = m_dir.filePath(QStringLiteral("out"));
    ASSERT_EQ(runCli({QStringLiteral("mms"), QStringLiteral("--db"), m_path, QStringLiteral("--all"), QStringLiteral("--out"), out}).exitCode, 0);
    const QString json = m_dir.filePath(QStringLiteral("badge.json"));
    const auto r = runCli({QStringLiteral("badge"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(2),
                           QStringLiteral("--out"), json});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QLatin1String("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("certId=%1").arg(serial(2))));
    EXPECT_TRUE(r.out.endsWith(QLatin1Char('\n')));
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    const QJsonObject badge = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(badge.value(QStringLiteral("type")).toArray().last().toString(), QStringLiteral("OpenBadgeCredential"));
    EXPECT_EQ(badge.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2026-05-20T00:00:00Z"));
    EXPECT_EQ(badge.value(QStringLiteral("id")).toString(), QStringLiteral("https://verify.unimas.my/mms/") + token(serial(2)));
    const QJsonObject subject = badge.value(QStringLiteral("credentialSubject")).toObject();
    EXPECT_EQ(subject.value(QStringLiteral("achievement")).toObject().value(QStringLiteral("achievementType")).toString(),
              QStringLiteral("MicroCredential"));
    EXPECT_EQ(subject.value(QStringLiteral("achievement")).toObject().value(QStringLiteral("creditsAvailable")).toDouble(), 1.5);
    EXPECT_FALSE(bytes.contains("900101")); // the NRIC only hashed
    EXPECT_FALSE(bytes.contains("nurul@example.my"));

    const QString jwtPath = m_dir.filePath(QStringLiteral("badge.jwt"));
    ASSERT_EQ(runCli({QStringLiteral("badge"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(2), QStringLiteral("--jwt"),
                      QStringLiteral("--out"), jwtPath})
                  .exitCode,
              0);
    QFile j(jwtPath);
    ASSERT_TRUE(j.open(QIODevice::ReadOnly));
    const QString jwt = QString::fromLatin1(j.readAll());
    const Ed25519Key key = Ed25519Key::fromPublicPem(
        runCli({QStringLiteral("keys"), QStringLiteral("--db"), m_path, QStringLiteral("--public")}).out.toLatin1());
    const jws::Verification v = jws::verifyCompact(jwt, [&](const QString &kid) { return kid == key.keyId() ? &key : nullptr; });
    EXPECT_TRUE(v.valid) << v.reason.toStdString();
    EXPECT_EQ(v.payload.value(QStringLiteral("vc")).toObject(), badge);

    ASSERT_EQ(runCli({QStringLiteral("revoke"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(2),
                      QStringLiteral("--reason"), QStringLiteral("withdrawn")})
                  .exitCode,
              0);
    EXPECT_EQ(runCli({QStringLiteral("badge"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), serial(2),
                      QStringLiteral("--out"), json})
                  .exitCode,
              1);
    EXPECT_EQ(runCli({QStringLiteral("badge"), QStringLiteral("--db"), m_path, QStringLiteral("--serial"), QStringLiteral("NOPE"),
                      QStringLiteral("--out"), json})
                  .exitCode,
              2);
}

TEST_F(CliStatements, ResultsImportIsAllOrNothingAndListsMaskNrics)
{
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    auto write = [&](const QByteArray &text) {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    auto importIt = [&](const Offering &o, const QString &course) {
        return runCli({QStringLiteral("results"), QStringLiteral("--db"), m_path, QStringLiteral("--course"), course,
                       QStringLiteral("--offering"), QString::number(o.id), QStringLiteral("--import"), csv});
    };
    write("name,nric,passport_no,nationality,marks,grade,result,senate_approved_on\n"
          "Siti Hajar,850612-14-5678,,,77,B+,pass,2026-05-20\n"
          "Ahmad Faiz,990230-13-5523,,,70,B,pass,2026-05-20\n"
          "Chen Li,,E98765432,China,55,C,pass,2026-13-01\n");
    const auto bad = importIt(m_otherOffering, QStringLiteral("MC002"));
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, QStringLiteral("mcstudio-cli results: %1: line 3, column 2 (nric): the NRIC's first six digits (990230) "
                                      "are not a real date of birth; 1 more problem(s): line 4; nothing was imported\n")
                           .arg(csv));
    const auto empty = runCli({QStringLiteral("results"), QStringLiteral("--db"), m_path, QStringLiteral("--course"),
                               QStringLiteral("MC002"), QStringLiteral("--json")});
    ASSERT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(empty.out.toUtf8()).array().size(), 0);

    write("name,nric,passport_no,nationality,marks,grade,result,senate_approved_on\n"
          "Siti Hajar,850612-14-5678,,,77,B+,pass,2026-05-20\n"
          "Chen Li,,E98765432,China,55,C,pass,\n");
    const auto good = importIt(m_otherOffering, QStringLiteral("MC002"));
    ASSERT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_EQ(good.out, QStringLiteral("imported 2 learner(s) into offering %1: 2 new learner(s), 2 new result(s), 0 updated, "
                                       "0 unchanged\n")
                            .arg(m_otherOffering.id));
    const auto list = runCli({QStringLiteral("results"), QStringLiteral("--db"), m_path, QStringLiteral("--course"),
                              QStringLiteral("MC002"), QStringLiteral("--json")});
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Chen Li"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("E98765432 (China)"));
    EXPECT_EQ(rows[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not_eligible")); // no Senate date yet
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("XXXXXX-XX-5678"));
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("eligible"));
    EXPECT_FALSE(list.out.contains(QLatin1String("850612")));

    // The offering must belong to the course.
    EXPECT_EQ(importIt(m_offering, QStringLiteral("MC002")).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("results"), QStringLiteral("--db"), m_path, QStringLiteral("--course"), QStringLiteral("MC002"),
                      QStringLiteral("--import"), csv})
                  .exitCode,
              2);
}

TEST_F(CliStatements, IssuerSettingsChangeTheSerialsAndThePrintedInstitution)
{
    auto issuer = [&](QStringList extra) {
        return runCli(QStringList{QStringLiteral("issuer"), QStringLiteral("--db"), m_path} + extra);
    };
    const auto shown = issuer({});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_TRUE(shown.out.contains(QLatin1String("serial_pattern=UNIMAS-MC-{year}-{seq:6}\n")));
    EXPECT_TRUE(shown.out.endsWith(QLatin1String("logo=none\n")));
    const auto changed = issuer({QStringLiteral("--set"), QStringLiteral("serial_pattern=UC-MC-{year}-{seq:4}"), QStringLiteral("--set"),
                                 QStringLiteral("institution_name=Universiti Contoh"), QStringLiteral("--set"),
                                 QStringLiteral("full_id_on_statement=0")});
    ASSERT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains(QLatin1String("institution_name=Universiti Contoh\n")));
    EXPECT_EQ(issuer({QStringLiteral("--set"), QStringLiteral("serial_pattern=UC-{year}")}).exitCode, 2); // no {seq}
    EXPECT_EQ(issuer({QStringLiteral("--set"), QStringLiteral("colour=blue")}).exitCode, 2);
    EXPECT_EQ(issuer({QStringLiteral("--set"), QStringLiteral("full_id_on_statement=yes")}).exitCode, 2);

    const QString out = m_dir.filePath(QStringLiteral("out"));
    const auto r = runCli({QStringLiteral("mms"), QStringLiteral("--db"), m_path, QStringLiteral("--all"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString first = QStringLiteral("UC-MC-%1-0001").arg(QDate::currentDate().year());
    EXPECT_EQ(QDir(out).entryList(QDir::Files, QDir::Name).first(), first + QStringLiteral(".pdf"));
    const QString text = pdfText(QDir(out).filePath(QStringLiteral("UC-MC-%1-0002.pdf").arg(QDate::currentDate().year())));
    EXPECT_TRUE(text.contains(QLatin1String("Universiti Contoh")));
    EXPECT_TRUE(text.contains(QLatin1String("XXXXXX-XX-5521"))); // Nurul's NRIC printed masked now
    EXPECT_FALSE(text.contains(QLatin1String("900101")));
}

// Issuing statements in the database: the issuer key made once, serials unique even when two
// officers issue at once, reprints keep serial and token, revocation, results import.
#include "courserepository.h"
#include "database.h"
#include "issuerrepository.h"
#include "offeringrepository.h"
#include "resultscsv.h"
#include "resultsimporter.h"
#include "samplecourse.h"
#include "statementrepository.h"
#include "testdatabases.h"

#include <QSet>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace mcs;
using namespace mcs::test;

namespace {

const SerialPattern kPattern(QStringLiteral("UNIMAS-MC-{year}-{seq:6}"));
const QDateTime kNow(QDate(2026, 6, 1), QTime(9, 30), Qt::UTC);

QString fakeSign(const Statement &draft, QString *)
{
    return QStringLiteral("token-of-%1-for-%2").arg(draft.serial).arg(draft.enrolmentId);
}

IssuerKeyRecord fakeKey(const QString &kid)
{
    IssuerKeyRecord k;
    k.kid = kid;
    k.privatePem = "-----BEGIN PRIVATE KEY-----\n" + kid.toLatin1() + "\n-----END PRIVATE KEY-----\n";
    k.publicPem = "-----BEGIN PUBLIC KEY-----\n" + kid.toLatin1() + "\n-----END PUBLIC KEY-----\n";
    k.createdAt = kNow;
    return k;
}

qint64 count(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class StatementStoreTest : public BackendTest
{
protected:
    void SetUp() override
    {
        BackendTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_db = open();
        ASSERT_TRUE(m_db);
        Course c = sampleCourse(QStringLiteral("TMN4031MC"));
        ASSERT_TRUE(CourseRepository(*m_db).save(&c, QStringLiteral("tester")).ok());
        m_courseId = c.id;
        m_offering = {0, c.id, QStringLiteral("Cohort 1"), QDate(2026, 1, 5), QDate(2026, 3, 27),
                      QStringLiteral("eLEAP"), QStringLiteral("English")};
        ASSERT_TRUE(OfferingRepository(*m_db).saveOffering(&m_offering).ok());
    }

    // n learners in the offering; the first `approved` pass with Senate approval, the rest as given.
    QVector<qint64> enrol(int n, ResultStatus result = ResultStatus::Pass, bool approved = true, const QString &prefix = QStringLiteral("Learner"))
    {
        QVector<Learner> learners;
        for (int i = 0; i < n; ++i)
            learners.append({0, QStringLiteral("%1 %2").arg(prefix).arg(i, 3, 10, QLatin1Char('0')),
                             QStringLiteral("900101-13-%1").arg(1000 + m_next++), {}, {}, {}});
        EXPECT_TRUE(OfferingRepository(*m_db).saveLearners(&learners).ok());
        QVector<Enrolment> enrolments;
        for (const Learner &l : learners) {
            Enrolment e;
            e.offeringId = m_offering.id;
            e.learnerId = l.id;
            e.marks = result == ResultStatus::Pass ? 75.0 : 30.0;
            e.grade = result == ResultStatus::Pass ? QStringLiteral("A-") : QStringLiteral("F");
            e.result = result;
            if (approved)
                e.senateApprovedOn = QDate(2026, 5, 20);
            enrolments.append(e);
        }
        EXPECT_TRUE(OfferingRepository(*m_db).saveEnrolments(&enrolments).ok());
        QVector<qint64> ids;
        for (const Enrolment &e : enrolments)
            ids << e.id;
        return ids;
    }

    std::unique_ptr<Database> m_db;
    qint64 m_courseId = 0;
    Offering m_offering;
    int m_next = 0;
};

TEST_P(StatementStoreTest, TheIssuerKeyIsCreatedOnFirstUseAndNeverAgain)
{
    IssuerRepository repo(*m_db);
    QString error;
    EXPECT_FALSE(repo.currentPublicKey(&error));
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    int made = 0;
    auto generate = [&] { return fakeKey(QStringLiteral("kid-%1").arg(++made)); };
    const auto first = repo.currentKey(generate, &error);
    ASSERT_TRUE(first) << error.toStdString();
    EXPECT_EQ(first->kid, QStringLiteral("kid-1"));
    EXPECT_TRUE(first->privatePem.contains("kid-1"));

    // Another connection finds the same key and makes none.
    auto other = open();
    const auto again = IssuerRepository(*other).currentKey(generate, &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->kid, QStringLiteral("kid-1"));
    EXPECT_EQ(again->privatePem, first->privatePem);
    EXPECT_EQ(made, 1);
    const auto pub = IssuerRepository(*other).currentPublicKey(&error);
    ASSERT_TRUE(pub);
    EXPECT_TRUE(pub->privatePem.isEmpty()); // the public read never carries the private half
    EXPECT_EQ(pub->publicPem, first->publicPem);
    QVector<IssuerKeyRecord> keys;
    ASSERT_TRUE(repo.publicKeys(&keys, &error));
    ASSERT_EQ(keys.size(), 1);
    EXPECT_EQ(count(*m_db, QStringLiteral("issuer_key")), 1);
}

// Two clients creating the key at the same moment end with one key, and both use it.
TEST_P(StatementStoreTest, TwoClientsCreatingTheKeyAtOnceEndWithOneKey)
{
    constexpr int kClients = 4;
    std::atomic_int ready{0};
    QString kids[kClients];
    std::vector<std::thread> threads;
    for (int i = 0; i < kClients; ++i) {
        threads.emplace_back([&, i] {
            auto db = open();
            ++ready;
            if (!db)
                return;
            while (ready.load() < kClients) {
            }
            QString error;
            const auto key = IssuerRepository(*db).currentKey([i] { return fakeKey(QStringLiteral("kid-of-%1").arg(i)); }, &error);
            kids[i] = key ? key->kid : QStringLiteral("error: ") + error;
        });
    }
    for (auto &t : threads)
        t.join();
    for (int i = 1; i < kClients; ++i)
        EXPECT_EQ(kids[i], kids[0]);
    EXPECT_TRUE(kids[0].startsWith(QLatin1String("kid-of-"))) << kids[0].toStdString();
    EXPECT_EQ(count(*m_db, QStringLiteral("issuer_key")), 1);
}

TEST_P(StatementStoreTest, IssuesOnlyForSenateApprovedPasses)
{
    const QVector<qint64> passed = enrol(2);
    const QVector<qint64> pending = enrol(1, ResultStatus::Pass, false, QStringLiteral("Pending"));
    const QVector<qint64> failed = enrol(1, ResultStatus::Fail, true, QStringLiteral("Failed"));
    const QVector<qint64> withdrawn = enrol(1, ResultStatus::Withdrawn, false, QStringLiteral("Withdrawn"));
    StatementRepository repo(*m_db);
    StatementRepository::IssueOutcome out;
    const QVector<qint64> all = passed + pending + failed + withdrawn + QVector<qint64>{999999};
    ASSERT_TRUE(repo.issue(all, kPattern, kNow, fakeSign, &out).ok());
    ASSERT_EQ(out.statements.size(), 2);
    EXPECT_EQ(out.statements[0].serial, QStringLiteral("UNIMAS-MC-2026-000001"));
    EXPECT_EQ(out.statements[1].serial, QStringLiteral("UNIMAS-MC-2026-000002"));
    EXPECT_EQ(out.statements[0].enrolmentId, passed[0]);
    EXPECT_EQ(out.statements[0].token, QStringLiteral("token-of-UNIMAS-MC-2026-000001-for-%1").arg(passed[0]));
    EXPECT_EQ(out.statements[0].issuedAt, kNow);
    EXPECT_EQ(out.newlyIssued, passed);
    EXPECT_EQ(out.skipped.size(), 4);
    EXPECT_EQ(out.skipped.value(pending[0]), QStringLiteral("Senate has not approved the result yet"));
    EXPECT_EQ(out.skipped.value(failed[0]), QStringLiteral("the result is not a pass"));
    EXPECT_EQ(out.skipped.value(withdrawn[0]), QStringLiteral("the result is not a pass"));
    EXPECT_EQ(out.skipped.value(999999), QStringLiteral("there is no such enrolment"));
    EXPECT_TRUE(out.revoked.isEmpty());
    EXPECT_EQ(repo.lastSequence(QStringLiteral("UNIMAS-MC-2026-{seq:6}"), nullptr), 2);

    QVector<RosterEntry> roster;
    ASSERT_TRUE(repo.roster(m_offering.id, &roster, nullptr));
    ASSERT_EQ(roster.size(), 5);
    int issued = 0;
    for (const RosterEntry &e : roster) {
        issued += e.statement.has_value();
        EXPECT_EQ(e.statement.has_value(), e.isEligible()) << e.learner.name.toStdString();
    }
    EXPECT_EQ(issued, 2);
    const auto found = repo.findBySerial(QStringLiteral("UNIMAS-MC-2026-000002"), nullptr);
    ASSERT_TRUE(found);
    EXPECT_TRUE(*found == out.statements[1]);
}

TEST_P(StatementStoreTest, ReprintingKeepsSerialAndToken)
{
    const QVector<qint64> ids = enrol(3);
    StatementRepository repo(*m_db);
    StatementRepository::IssueOutcome first;
    ASSERT_TRUE(repo.issue({ids[0]}, kPattern, kNow, fakeSign, &first).ok());
    StatementRepository::IssueOutcome second;
    int signed_ = 0;
    auto counting = [&](const Statement &d, QString *e) {
        ++signed_;
        return fakeSign(d, e);
    };
    ASSERT_TRUE(repo.issue(ids, kPattern, kNow.addDays(3), counting, &second).ok());
    ASSERT_EQ(second.statements.size(), 3);
    EXPECT_TRUE(second.statements[0] == first.statements[0]); // same serial, token, issue time
    EXPECT_EQ(second.statements[1].serial, QStringLiteral("UNIMAS-MC-2026-000002"));
    EXPECT_EQ(second.statements[2].serial, QStringLiteral("UNIMAS-MC-2026-000003"));
    EXPECT_EQ(second.newlyIssued, (QVector<qint64>{ids[1], ids[2]}));
    EXPECT_EQ(signed_, 2);
    EXPECT_EQ(count(*m_db, QStringLiteral("statement")), 3);
    EXPECT_EQ(repo.lastSequence(kPattern.scope(2026), nullptr), 3);
}

TEST_P(StatementStoreTest, ARevokedStatementIsNotIssuedAgain)
{
    const QVector<qint64> ids = enrol(2);
    StatementRepository repo(*m_db);
    StatementRepository::IssueOutcome out;
    ASSERT_TRUE(repo.issue(ids, kPattern, kNow, fakeSign, &out).ok());
    const QString serial = out.statements[0].serial;
    EXPECT_FALSE(repo.revoke(serial, QStringLiteral("  "), kNow).ok()); // a reason is required
    EXPECT_FALSE(repo.revoke(QStringLiteral("NO-SUCH-1"), QStringLiteral("typo"), kNow).ok());
    ASSERT_TRUE(repo.revoke(serial, QStringLiteral("grade corrected by Senate"), kNow.addDays(1)).ok());
    const StoreResult twice = repo.revoke(serial, QStringLiteral("again"), kNow.addDays(2));
    EXPECT_EQ(twice.status, StoreResult::Status::Conflict);
    const auto revoked = repo.findBySerial(serial, nullptr);
    ASSERT_TRUE(revoked);
    EXPECT_TRUE(revoked->isRevoked());
    EXPECT_EQ(revoked->revokedAt, kNow.addDays(1));
    EXPECT_EQ(revoked->revocationReason, QStringLiteral("grade corrected by Senate"));

    StatementRepository::IssueOutcome again;
    ASSERT_TRUE(repo.issue(ids, kPattern, kNow.addDays(5), fakeSign, &again).ok());
    ASSERT_EQ(again.statements.size(), 1);
    EXPECT_EQ(again.statements[0].serial, out.statements[1].serial);
    EXPECT_TRUE(again.newlyIssued.isEmpty());
    EXPECT_EQ(again.revoked, QVector<qint64>{ids[0]});
    EXPECT_EQ(again.skipped.value(ids[0]),
              QStringLiteral("statement %1 was revoked (grade corrected by Senate); it is not issued again").arg(serial));
    EXPECT_EQ(repo.lastSequence(kPattern.scope(2026), nullptr), 2);
    QHash<QString, QString> revocations;
    ASSERT_TRUE(repo.revocations(&revocations, nullptr));
    EXPECT_EQ(revocations, (QHash<QString, QString>{{serial, QStringLiteral("grade corrected by Senate")}}));
}

TEST_P(StatementStoreTest, EachYearCountsAfreshAndATakenSerialIsSkipped)
{
    const QVector<qint64> ids = enrol(3);
    StatementRepository repo(*m_db);
    StatementRepository::IssueOutcome out;
    // A serial from an older pattern that formats alike is never handed out twice.
    ASSERT_TRUE(repo.issue({ids[0]}, SerialPattern(QStringLiteral("UNIMAS-MC-{year}-{seq}")), kNow, fakeSign, &out).ok());
    EXPECT_EQ(out.statements[0].serial, QStringLiteral("UNIMAS-MC-2026-000001"));
    ASSERT_TRUE(repo.issue({ids[1]}, kPattern, kNow, fakeSign, &out).ok());
    EXPECT_EQ(out.statements[0].serial, QStringLiteral("UNIMAS-MC-2026-000002"));
    EXPECT_EQ(repo.lastSequence(kPattern.scope(2026), nullptr), 2);
    ASSERT_TRUE(repo.issue({ids[2]}, kPattern, QDateTime(QDate(2027, 1, 2), QTime(8, 0), Qt::UTC), fakeSign, &out).ok());
    EXPECT_EQ(out.statements[0].serial, QStringLiteral("UNIMAS-MC-2027-000001"));
}

TEST_P(StatementStoreTest, AFailedSignatureIssuesNothing)
{
    const QVector<qint64> ids = enrol(3);
    StatementRepository repo(*m_db);
    StatementRepository::IssueOutcome out;
    int n = 0;
    const StoreResult r = repo.issue(ids, kPattern, kNow, [&](const Statement &d, QString *error) {
        if (++n == 3) {
            *error = QStringLiteral("the key is gone");
            return QString();
        }
        return fakeSign(d, error);
    }, &out);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.message, QStringLiteral("the key is gone"));
    EXPECT_EQ(count(*m_db, QStringLiteral("statement")), 0);
    EXPECT_EQ(repo.lastSequence(kPattern.scope(2026), nullptr), 0);
}

// Two officers issuing at the same moment, each on their own connection: every serial distinct,
// the counter equal to the number of statements, and one statement per enrolment even when both
// issue the same learners.
TEST_P(StatementStoreTest, ConcurrentIssuanceNeverDuplicatesASerial)
{
    constexpr int kPerOfficer = 60;
    constexpr int kBatch = 4;
    const QVector<qint64> mine = enrol(kPerOfficer, ResultStatus::Pass, true, QStringLiteral("Alpha"));
    const QVector<qint64> yours = enrol(kPerOfficer, ResultStatus::Pass, true, QStringLiteral("Beta"));
    const QVector<qint64> shared = enrol(20, ResultStatus::Pass, true, QStringLiteral("Gamma"));
    std::atomic_int ready{0};
    QString errors[2];
    QHash<qint64, QString> seen[2]; // enrolment -> serial, as each officer got it
    auto officer = [&](int who, QVector<qint64> ids) {
        auto db = open();
        ++ready;
        if (!db) {
            errors[who] = QStringLiteral("cannot open");
            return;
        }
        while (ready.load() < 2) {
        }
        StatementRepository repo(*db);
        for (int i = 0; i < ids.size(); i += kBatch) {
            StatementRepository::IssueOutcome out;
            const StoreResult r = repo.issue(ids.mid(i, kBatch), kPattern, kNow, fakeSign, &out);
            if (!r.ok()) {
                errors[who] = r.message;
                return;
            }
            for (const Statement &s : out.statements)
                seen[who].insert(s.enrolmentId, s.serial);
        }
    };
    std::thread a(officer, 0, mine + shared);
    std::thread b(officer, 1, shared + yours);
    a.join();
    b.join();
    ASSERT_TRUE(errors[0].isEmpty()) << errors[0].toStdString();
    ASSERT_TRUE(errors[1].isEmpty()) << errors[1].toStdString();

    const int total = 2 * kPerOfficer + 20;
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT enrolment_id, serial FROM statement")));
    QSet<QString> serials;
    QSet<qint64> enrolments;
    QHash<qint64, QString> stored;
    while (q.next()) {
        serials.insert(q.value(1).toString());
        enrolments.insert(q.value(0).toLongLong());
        stored.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    EXPECT_EQ(serials.size(), total);
    EXPECT_EQ(enrolments.size(), total);
    EXPECT_EQ(count(*m_db, QStringLiteral("statement")), total);
    // The counter is consistent: exactly 1..total were handed out.
    EXPECT_EQ(StatementRepository(*m_db).lastSequence(kPattern.scope(2026), nullptr), total);
    for (int n = 1; n <= total; ++n)
        EXPECT_TRUE(serials.contains(kPattern.format(2026, n))) << n;
    // Both officers printed the same serial for each shared learner.
    for (const qint64 id : shared) {
        EXPECT_EQ(seen[0].value(id), stored.value(id));
        EXPECT_EQ(seen[1].value(id), stored.value(id));
    }
}

TEST_P(StatementStoreTest, IssuerSettingsRoundTrip)
{
    IssuerRepository repo(*m_db);
    IssuerSettings s;
    ASSERT_TRUE(repo.settings(&s, nullptr));
    EXPECT_TRUE(s == IssuerSettings());
    s.institutionName = QStringLiteral("Universiti Contoh");
    s.serialPattern = QStringLiteral("UC-{seq:4}");
    s.fullIdOnStatement = false;
    s.logoPng = QByteArray("\x89PNG fake", 9);
    ASSERT_TRUE(repo.saveSettings(s).ok());
    IssuerSettings back;
    ASSERT_TRUE(IssuerRepository(*open()).settings(&back, nullptr));
    EXPECT_TRUE(back == s);
    s.logoPng.clear();
    ASSERT_TRUE(repo.saveSettings(s).ok());
    ASSERT_TRUE(repo.settings(&back, nullptr));
    EXPECT_TRUE(back.logoPng.isEmpty());
}

// Results import: all or nothing, learners matched by NRIC or passport, issued results frozen.
TEST_P(StatementStoreTest, ImportsResultsAndMatchesKnownLearners)
{
    ResultsCsv csv;
    ASSERT_TRUE(csv.parse(QStringLiteral("name,nric,passport_no,nationality,email,marks,grade,result,senate_approved_on\n"
                                         "Nurul Aisyah,900101135521,,,nurul@example.my,81.5,A-,pass,2026-05-20\n"
                                         "Budi Santoso,,B1234567,Indonesia,,66,B,pass,\n"
                                         "Lim Wei Jie,020304-12-5679,,,,40,F,fail,2026-05-20\n"),
                          QDate(2026, 6, 1)))
        << csv.errors().join(QLatin1Char('\n')).toStdString();
    ResultsImporter importer(*m_db);
    ResultsImporter::Summary summary;
    QStringList errors;
    ASSERT_TRUE(importer.import(m_offering.id, csv.rows(), &summary, &errors)) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(summary.learnersCreated, 3);
    EXPECT_EQ(summary.enrolmentsCreated, 3);
    StatementRepository repo(*m_db);
    QVector<RosterEntry> roster;
    ASSERT_TRUE(repo.roster(m_offering.id, &roster, nullptr));
    ASSERT_EQ(roster.size(), 3);
    EXPECT_EQ(roster[0].learner.name, QStringLiteral("Budi Santoso"));
    EXPECT_EQ(roster[0].learner.passportNo, QStringLiteral("B1234567"));
    EXPECT_FALSE(roster[0].isEligible()); // Senate has not approved yet
    EXPECT_EQ(roster[2].learner.nric, QStringLiteral("900101-13-5521"));
    EXPECT_EQ(roster[2].enrolment.marks, 81.5);
    EXPECT_TRUE(roster[2].isEligible());

    StatementRepository::IssueOutcome out;
    ASSERT_TRUE(repo.issue({roster[2].enrolment.id}, kPattern, kNow, fakeSign, &out).ok());

    // Second file: the same learners (NRIC without dashes matches; passport in lower case too),
    // Budi now approved, Nurul's issued result changed -> refused, nothing of the file kept.
    ASSERT_TRUE(csv.parse(QStringLiteral("name,nric,passport_no,nationality,marks,grade,result,senate_approved_on\n"
                                         "Nurul Aisyah,900101-13-5521,,,90,A,pass,2026-05-20\n"
                                         "Budi Santoso,,b1234567,indonesia,66,B,pass,2026-05-27\n"),
                          QDate(2026, 6, 1)));
    EXPECT_FALSE(importer.import(m_offering.id, csv.rows(), &summary, &errors));
    EXPECT_EQ(errors, QStringList{QStringLiteral("line 2: Nurul Aisyah already holds statement UNIMAS-MC-2026-000001; "
                                                 "revoke it before changing the result")});
    ASSERT_TRUE(repo.roster(m_offering.id, &roster, nullptr));
    EXPECT_FALSE(roster[0].enrolment.isSenateApproved()); // Budi untouched

    ASSERT_TRUE(csv.parse(QStringLiteral("name,nric,passport_no,nationality,marks,grade,result,senate_approved_on\n"
                                         "Nurul Aisyah,900101-13-5521,,,81.5,A-,pass,2026-05-20\n"
                                         "Budi Santoso,,b1234567,indonesia,66,B,pass,2026-05-27\n"),
                          QDate(2026, 6, 1)));
    ASSERT_TRUE(importer.import(m_offering.id, csv.rows(), &summary, &errors)) << errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(summary.learnersCreated, 0);
    EXPECT_EQ(summary.enrolmentsCreated, 0);
    EXPECT_EQ(summary.enrolmentsUpdated, 1);
    EXPECT_EQ(summary.unchanged, 1);
    EXPECT_EQ(count(*m_db, QStringLiteral("learner")), 3);
    ASSERT_TRUE(repo.roster(m_offering.id, &roster, nullptr));
    EXPECT_EQ(roster[0].enrolment.senateApprovedOn, QDate(2026, 5, 27));
    EXPECT_EQ(roster[2].learner.email, QStringLiteral("nurul@example.my")); // kept when the file has none

    EXPECT_FALSE(importer.import(987654, csv.rows(), &summary, &errors));
    EXPECT_EQ(errors, QStringList{QStringLiteral("there is no offering 987654")});
}

MCS_INSTANTIATE_BACKENDS(StatementStoreTest);

#include "resultsimporter.h"

#include "database.h"
#include "offeringrepository.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate files these strings under mcs::ResultsImporter, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ResultsImporter)
};

} // namespace

ResultsImporter::ResultsImporter(Database &db)
    : m_db(db)
{
}

bool ResultsImporter::import(qint64 offeringId, const QVector<ResultsRow> &rows, Summary *summary, QStringList *errors)
{
    errors->clear();
    Summary out;
    Transaction transaction(m_db);
    auto dbFailed = [&] {
        *errors << m_db.lastError();
        return false;
    };
    if (!transaction.isActive())
        return dbFailed();
    QSqlQuery offering = m_db.prepare(QStringLiteral("SELECT 1 FROM offering WHERE id = ?"));
    offering.addBindValue(offeringId);
    if (!m_db.exec(offering))
        return dbFailed();
    if (!offering.next()) {
        *errors << Tr::tr("there is no offering %1").arg(offeringId);
        return false;
    }

    OfferingRepository repo(m_db);
    // Dashes are optional in an NRIC: compare the digits.
    QSqlQuery byNric = m_db.prepare(QStringLiteral(
        "SELECT id, name, nric, passport_no, nationality, email FROM learner WHERE REPLACE(nric, '-', '') = ?"));
    QSqlQuery byPassport = m_db.prepare(QStringLiteral(
        "SELECT id, name, nric, passport_no, nationality, email FROM learner"
        " WHERE UPPER(passport_no) = ? AND LOWER(nationality) = ?"));
    QSqlQuery enrolment = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.marks, e.grade, e.result, e.senate_approved_on, s.serial FROM enrolment e"
        " LEFT JOIN statement s ON s.enrolment_id = e.id AND s.revoked_at IS NULL"
        " WHERE e.offering_id = ? AND e.learner_id = ?"));

    for (const ResultsRow &row : rows) {
        Learner learner = row.learner;
        QSqlQuery &find = learner.nric.isEmpty() ? byPassport : byNric;
        if (learner.nric.isEmpty()) {
            find.addBindValue(learner.passportNo.toUpper());
            find.addBindValue(learner.nationality.toLower());
        } else {
            find.addBindValue(QString(learner.nric).remove(QLatin1Char('-')));
        }
        if (!m_db.exec(find))
            return dbFailed();
        if (find.next()) {
            Learner stored{find.value(0).toLongLong(), find.value(1).toString(), find.value(2).toString(),
                           find.value(3).toString(), find.value(4).toString(), find.value(5).toString()};
            find.finish();
            learner.id = stored.id;
            if (learner.email.isEmpty())
                learner.email = stored.email;
            if (learner.nric.isEmpty())
                learner.nric = stored.nric;
            if (learner != stored) {
                if (const StoreResult r = repo.saveLearner(&learner); !r.ok()) {
                    *errors << Tr::tr("line %1: %2").arg(row.line).arg(r.message);
                    return false;
                }
            }
        } else {
            find.finish();
            if (const StoreResult r = repo.saveLearner(&learner); !r.ok()) {
                *errors << Tr::tr("line %1: %2").arg(row.line).arg(r.message);
                return false;
            }
            ++out.learnersCreated;
        }

        Enrolment e = row.enrolment;
        e.offeringId = offeringId;
        e.learnerId = learner.id;
        enrolment.addBindValue(offeringId);
        enrolment.addBindValue(learner.id);
        if (!m_db.exec(enrolment))
            return dbFailed();
        if (enrolment.next()) {
            Enrolment stored = e;
            stored.id = enrolment.value(0).toLongLong();
            stored.marks = sql::toOptionalReal(enrolment.value(1));
            stored.grade = enrolment.value(2).toString();
            resultStatusFromKey(enrolment.value(3).toString(), &stored.result);
            stored.senateApprovedOn = sql::toDate(enrolment.value(4));
            const QString serial = enrolment.value(5).toString();
            enrolment.finish();
            e.id = stored.id;
            if (e == stored) {
                ++out.unchanged;
                continue;
            }
            if (!serial.isEmpty()) {
                if (errors->size() < ResultsCsv::kMaxErrors)
                    *errors << Tr::tr("line %1: %2 already holds statement %3; revoke it before changing the result")
                                   .arg(row.line)
                                   .arg(learner.name, serial);
                continue;
            }
            if (const StoreResult r = repo.saveEnrolment(&e); !r.ok()) {
                *errors << Tr::tr("line %1: %2").arg(row.line).arg(r.message);
                return false;
            }
            ++out.enrolmentsUpdated;
        } else {
            enrolment.finish();
            if (const StoreResult r = repo.saveEnrolment(&e); !r.ok()) {
                *errors << Tr::tr("line %1: %2").arg(row.line).arg(r.message);
                return false;
            }
            ++out.enrolmentsCreated;
        }
    }
    if (!errors->isEmpty())
        return false; // the transaction rolls back: nothing of the file is kept
    if (!transaction.commit())
        return dbFailed();
    if (summary)
        *summary = out;
    return true;
}

} // namespace mcs

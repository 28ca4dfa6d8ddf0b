#include "statementrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate files these strings under mcs::StatementRepository, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StatementRepository)
};

StoreResult failed(const Database &db)
{
    return StoreResult::failure(StoreResult::Status::Failed, db.lastError());
}

// Columns s.id, s.enrolment_id, s.serial, s.issued_at, s.token, s.revoked_at, s.revocation_reason
// from `first` on; nullopt when the LEFT JOIN found none.
std::optional<Statement> statementFrom(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return std::nullopt;
    Statement s;
    s.id = q.value(first).toLongLong();
    s.enrolmentId = q.value(first + 1).toLongLong();
    s.serial = q.value(first + 2).toString();
    s.issuedAt = sql::toTimestamp(q.value(first + 3));
    s.token = q.value(first + 4).toString();
    s.revokedAt = sql::toTimestamp(q.value(first + 5));
    s.revocationReason = q.value(first + 6).toString();
    return s;
}

const char kStatementColumns[] = "s.id, s.enrolment_id, s.serial, s.issued_at, s.token, s.revoked_at, s.revocation_reason";
const char kEnrolmentColumns[] = "e.id, e.offering_id, e.learner_id, e.marks, e.grade, e.result, e.senate_approved_on";
const char kLearnerColumns[] = "l.id, l.name, l.nric, l.passport_no, l.nationality, l.email";

Enrolment enrolmentFrom(const QSqlQuery &q, int first)
{
    Enrolment e;
    e.id = q.value(first).toLongLong();
    e.offeringId = q.value(first + 1).toLongLong();
    e.learnerId = q.value(first + 2).toLongLong();
    e.marks = sql::toOptionalReal(q.value(first + 3));
    e.grade = q.value(first + 4).toString();
    resultStatusFromKey(q.value(first + 5).toString(), &e.result);
    e.senateApprovedOn = sql::toDate(q.value(first + 6));
    return e;
}

Learner learnerFrom(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString(),
            q.value(first + 3).toString(), q.value(first + 4).toString(), q.value(first + 5).toString()};
}

} // namespace

StatementRepository::StatementRepository(Database &db)
    : m_db(db)
{
}

StoreResult StatementRepository::issue(const QVector<qint64> &enrolmentIds, const SerialPattern &pattern,
                                       const QDateTime &now, const Signer &signer, IssueOutcome *outcome)
{
    *outcome = IssueOutcome();
    QString why;
    if (!pattern.isValid(&why))
        return StoreResult::failure(StoreResult::Status::Failed, why);
    if (enrolmentIds.isEmpty())
        return StoreResult::saved();
    const bool pg = m_db.backend() == Database::Backend::Postgres;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(m_db);

    // The counter row of this scope: created once, then locked until commit. Everything below is
    // read after the lock, so a concurrent issuer's statements are seen, not duplicated.
    const int year = now.date().year();
    const QString scope = pattern.scope(year);
    QSqlQuery create = m_db.prepare(QStringLiteral(
        "INSERT INTO statement_counter (scope, last_seq) VALUES (?, 0) ON CONFLICT (scope) DO NOTHING"));
    create.addBindValue(scope);
    if (!m_db.exec(create))
        return failed(m_db);
    QSqlQuery lock = m_db.prepare(pg ? QStringLiteral("SELECT last_seq FROM statement_counter WHERE scope = ? FOR UPDATE")
                                     : QStringLiteral("SELECT last_seq FROM statement_counter WHERE scope = ?"));
    lock.addBindValue(scope);
    if (!m_db.exec(lock) || !lock.next())
        return failed(m_db);
    const qint64 firstSeq = lock.value(0).toLongLong();
    qint64 seq = firstSeq;
    lock.finish();

    struct Current
    {
        Enrolment enrolment;
        std::optional<Statement> statement;
    };
    QHash<qint64, Current> current;
    constexpr int kChunk = 500;
    for (int from = 0; from < enrolmentIds.size(); from += kChunk) {
        const int n = qMin(kChunk, int(enrolmentIds.size()) - from);
        QStringList marks;
        for (int i = 0; i < n; ++i)
            marks << QStringLiteral("?");
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1, %2 FROM enrolment e LEFT JOIN statement s ON s.enrolment_id = e.id"
                                                  " WHERE e.id IN (%3)")
                                       .arg(QLatin1String(kEnrolmentColumns), QLatin1String(kStatementColumns),
                                            marks.join(QStringLiteral(", "))));
        for (int i = 0; i < n; ++i)
            q.addBindValue(enrolmentIds.at(from + i));
        if (!m_db.exec(q))
            return failed(m_db);
        while (q.next()) {
            const Enrolment e = enrolmentFrom(q, 0);
            current.insert(e.id, {e, statementFrom(q, 7)});
        }
    }

    QSqlQuery taken = m_db.prepare(QStringLiteral("SELECT 1 FROM statement WHERE serial = ?"));
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO statement (enrolment_id, serial, issued_at, token) VALUES (?, ?, ?, ?) RETURNING id"));
    for (const qint64 id : enrolmentIds) {
        const auto it = current.find(id);
        if (it == current.end()) {
            outcome->skipped.insert(id, Tr::tr("there is no such enrolment"));
            continue;
        }
        const Enrolment &e = it->enrolment;
        if (it->statement) {
            if (it->statement->isRevoked()) {
                outcome->skipped.insert(id, Tr::tr("statement %1 was revoked (%2); it is not issued again")
                                                .arg(it->statement->serial, it->statement->revocationReason));
                outcome->revoked.append(id);
            } else {
                outcome->statements.append(*it->statement);
            }
            continue;
        }
        if (e.result != ResultStatus::Pass || !e.isSenateApproved()) {
            outcome->skipped.insert(id, e.result != ResultStatus::Pass ? Tr::tr("the result is not a pass")
                                                                        : Tr::tr("Senate has not approved the result yet"));
            continue;
        }
        // The next free serial: a serial taken under an earlier pattern is skipped, never reused.
        QString serial;
        for (;;) {
            serial = pattern.format(year, ++seq);
            taken.addBindValue(serial);
            if (!m_db.exec(taken))
                return failed(m_db);
            const bool used = taken.next();
            taken.finish();
            if (!used)
                break;
        }
        Statement s;
        s.enrolmentId = id;
        s.serial = serial;
        s.issuedAt = now.toUTC();
        QString signError;
        s.token = signer ? signer(s, &signError) : QString();
        if (s.token.isEmpty())
            return StoreResult::failure(StoreResult::Status::Failed,
                                        signError.isEmpty() ? Tr::tr("statement %1 could not be signed").arg(serial) : signError);
        insert.addBindValue(id);
        insert.addBindValue(s.serial);
        insert.addBindValue(sql::timestamp(s.issuedAt));
        insert.addBindValue(s.token);
        if (!m_db.exec(insert) || !insert.next())
            return failed(m_db);
        s.id = insert.value(0).toLongLong();
        insert.finish();
        it->statement = s;
        outcome->statements.append(s);
        outcome->newlyIssued.append(id);
    }
    if (seq != firstSeq) {
        QSqlQuery advance = m_db.prepare(QStringLiteral("UPDATE statement_counter SET last_seq = ? WHERE scope = ?"));
        advance.addBindValue(seq);
        advance.addBindValue(scope);
        if (!m_db.exec(advance))
            return failed(m_db);
    }
    if (!transaction.commit()) {
        const IssueOutcome none;
        *outcome = none;
        return failed(m_db);
    }
    return StoreResult::saved();
}

StoreResult StatementRepository::revoke(const QString &serial, const QString &reason, const QDateTime &now)
{
    if (reason.trimmed().isEmpty())
        return StoreResult::failure(StoreResult::Status::Failed, Tr::tr("give the reason for revoking %1").arg(serial));
    QString error;
    const std::optional<Statement> s = findBySerial(serial, &error);
    if (!s)
        return StoreResult::failure(StoreResult::Status::Failed,
                                    error.isEmpty() ? Tr::tr("there is no statement %1").arg(serial) : error);
    if (s->isRevoked())
        return StoreResult::failure(StoreResult::Status::Conflict,
                                    Tr::tr("statement %1 was already revoked (%2)").arg(serial, s->revocationReason));
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE statement SET revoked_at = ?, revocation_reason = ? WHERE serial = ? AND revoked_at IS NULL"));
    q.addBindValue(sql::timestamp(now));
    q.addBindValue(reason.trimmed());
    q.addBindValue(serial);
    if (!m_db.exec(q))
        return failed(m_db);
    if (q.numRowsAffected() != 1)
        return StoreResult::failure(StoreResult::Status::Conflict, Tr::tr("statement %1 was revoked meanwhile").arg(serial));
    return StoreResult::saved();
}

bool StatementRepository::roster(qint64 offeringId, QVector<RosterEntry> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1, %2, %3 FROM enrolment e JOIN learner l ON l.id = e.learner_id"
                                              " LEFT JOIN statement s ON s.enrolment_id = e.id"
                                              " WHERE e.offering_id = ? ORDER BY l.name, e.id")
                                   .arg(QLatin1String(kEnrolmentColumns), QLatin1String(kLearnerColumns),
                                        QLatin1String(kStatementColumns)));
    q.addBindValue(offeringId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->append({enrolmentFrom(q, 0), learnerFrom(q, 7), statementFrom(q, 13)});
    return true;
}

std::optional<Statement> StatementRepository::findBySerial(const QString &serial, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM statement s WHERE s.serial = ?").arg(QLatin1String(kStatementColumns)));
    q.addBindValue(serial);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    }
    if (error)
        error->clear();
    if (!q.next())
        return std::nullopt;
    return statementFrom(q, 0);
}

bool StatementRepository::enrolmentDetails(qint64 enrolmentId, Enrolment *enrolment, Learner *learner,
                                           Offering *offering, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1, %2, o.id, o.course_id, o.name, o.start_date, o.end_date,"
                                              " o.platform, o.language FROM enrolment e"
                                              " JOIN learner l ON l.id = e.learner_id JOIN offering o ON o.id = e.offering_id"
                                              " WHERE e.id = ?")
                                   .arg(QLatin1String(kEnrolmentColumns), QLatin1String(kLearnerColumns)));
    q.addBindValue(enrolmentId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    if (!q.next()) {
        if (error)
            *error = Tr::tr("there is no enrolment %1").arg(enrolmentId);
        return false;
    }
    *enrolment = enrolmentFrom(q, 0);
    *learner = learnerFrom(q, 7);
    offering->id = q.value(13).toLongLong();
    offering->courseId = q.value(14).toLongLong();
    offering->name = q.value(15).toString();
    offering->startDate = sql::toDate(q.value(16));
    offering->endDate = sql::toDate(q.value(17));
    offering->platform = q.value(18).toString();
    offering->language = q.value(19).toString();
    return true;
}

bool StatementRepository::enrolmentIds(qint64 courseId, qint64 offeringId, QVector<qint64> *out, QString *error) const
{
    out->clear();
    QString where;
    if (offeringId != 0)
        where = QStringLiteral(" WHERE o.id = ?");
    else if (courseId != 0)
        where = QStringLiteral(" WHERE o.course_id = ?");
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT e.id FROM enrolment e JOIN offering o ON o.id = e.offering_id"
                                              " JOIN learner l ON l.id = e.learner_id%1"
                                              " ORDER BY o.course_id, o.start_date, o.id, l.name, e.id")
                                   .arg(where));
    if (offeringId != 0)
        q.addBindValue(offeringId);
    else if (courseId != 0)
        q.addBindValue(courseId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toLongLong());
    return true;
}

bool StatementRepository::latestApprovedOffering(qint64 *courseId, qint64 *offeringId, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT o.course_id, o.id FROM enrolment e JOIN offering o ON o.id = e.offering_id"
                                              " WHERE e.senate_approved_on IS NOT NULL"
                                              " ORDER BY e.senate_approved_on DESC, o.id LIMIT 1"));
    if (error)
        error->clear();
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    if (!q.next())
        return false;
    *courseId = q.value(0).toLongLong();
    *offeringId = q.value(1).toLongLong();
    return true;
}

bool StatementRepository::revocations(QHash<QString, QString> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT serial, revocation_reason FROM statement WHERE revoked_at IS NOT NULL"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

qint64 StatementRepository::lastSequence(const QString &scope, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT last_seq FROM statement_counter WHERE scope = ?"));
    q.addBindValue(scope);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace mcs

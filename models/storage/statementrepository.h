#pragma once

#include "offering.h"
#include "serialpattern.h"
#include "statement.h"
#include "storeresult.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace mcs {

class Database;

// One learner of an offering as the statements view lists it: the result and, when issued,
// the statement.
struct RosterEntry
{
    Enrolment enrolment;
    Learner learner;
    std::optional<Statement> statement;

    // Appendix 1 / 3, 4: a statement only for a pass that Senate has confirmed.
    bool isEligible() const { return enrolment.result == ResultStatus::Pass && enrolment.isSenateApproved(); }
};

// Issued statements (Appendix 1). Serials are unique per institution: they are allocated inside
// the issuing transaction from a counter row that is locked (SELECT ... FOR UPDATE on
// PostgreSQL, the write lock of BEGIN IMMEDIATE on SQLite), so officers issuing at the same time
// never get the same serial. A statement is issued once per enrolment: issuing again returns the
// stored one (same serial, same token); a revoked one is reported, never silently re-issued.
class StatementRepository
{
public:
    explicit StatementRepository(Database &db);

    // Signs a statement about to be stored (serial, enrolment and issuedAt are set): returns the
    // token, or an empty string with *error set to abandon the whole issue.
    using Signer = std::function<QString(const Statement &draft, QString *error)>;

    struct IssueOutcome
    {
        QVector<Statement> statements;   // for every eligible enrolment asked for, in the order asked
        QVector<qint64> newlyIssued;     // enrolment ids that got a serial now
        QHash<qint64, QString> skipped;  // enrolment id -> why no statement (not eligible, revoked)
        QVector<qint64> revoked;         // those of skipped whose statement was revoked
    };

    // Issues (or finds) the statements of these enrolments in one transaction.
    StoreResult issue(const QVector<qint64> &enrolmentIds, const SerialPattern &pattern, const QDateTime &now,
                      const Signer &signer, IssueOutcome *outcome);

    // Revokes with a reason (required). NotFound-like failures name the serial.
    StoreResult revoke(const QString &serial, const QString &reason, const QDateTime &now);

    // The learners of an offering with results and statements, ordered by name; one query.
    bool roster(qint64 offeringId, QVector<RosterEntry> *out, QString *error) const;
    std::optional<Statement> findBySerial(const QString &serial, QString *error) const;
    // An enrolment with its learner and offering (what a statement is issued on); one query.
    bool enrolmentDetails(qint64 enrolmentId, Enrolment *enrolment, Learner *learner, Offering *offering,
                          QString *error) const;
    // The enrolments of every offering of a course (courseId 0: of every course), by offering and name.
    bool enrolmentIds(qint64 courseId, qint64 offeringId, QVector<qint64> *out, QString *error) const;
    // The offering whose results Senate approved last (where a statements desk starts); false
    // with empty *error when no result is approved anywhere.
    bool latestApprovedOffering(qint64 *courseId, qint64 *offeringId, QString *error) const;
    // serial -> reason of every revoked statement.
    bool revocations(QHash<QString, QString> *out, QString *error) const;
    // The last sequence number handed out in a scope (SerialPattern::scope); 0 when none yet.
    qint64 lastSequence(const QString &scope, QString *error) const;

private:
    Database &m_db;
};

} // namespace mcs

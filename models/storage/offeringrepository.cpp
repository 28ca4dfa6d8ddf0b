#include "offeringrepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mcs {
namespace {

StoreResult failed(const Database &db)
{
    return StoreResult::failure(StoreResult::Status::Failed, db.lastError());
}

// Insert (id 0, RETURNING the new id) or update by id.
bool upsert(Database &db, qint64 *id, const QString &table, const QStringList &columns, const QVariantList &values,
            bool *missing)
{
    *missing = false;
    QSqlQuery q;
    if (*id == 0) {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        q = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                           .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    } else {
        q = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                           .arg(table, columns.join(QStringLiteral(" = ?, "))));
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (*id != 0)
        q.addBindValue(*id);
    if (!db.exec(q))
        return false;
    if (*id == 0) {
        if (!q.next())
            return false;
        *id = q.value(0).toLongLong();
    } else if (q.numRowsAffected() != 1) {
        *missing = true;
    }
    return true;
}

StoreResult upsertResult(Database &db, bool ok, bool missing, const QString &what)
{
    if (!ok)
        return failed(db);
    if (missing)
        return StoreResult::failure(StoreResult::Status::Deleted,
                                    QCoreApplication::translate("mcs::OfferingRepository",
                                                                "%1 was deleted by someone else meanwhile")
                                        .arg(what));
    return StoreResult::saved();
}

const QStringList kLearnerColumns = {QStringLiteral("name"), QStringLiteral("nric"), QStringLiteral("passport_no"),
                                     QStringLiteral("nationality"), QStringLiteral("email")};
const QStringList kEnrolmentColumns = {QStringLiteral("offering_id"), QStringLiteral("learner_id"),
                                       QStringLiteral("marks"), QStringLiteral("grade"), QStringLiteral("result"),
                                       QStringLiteral("senate_approved_on")};

QVariantList learnerValues(const Learner &l)
{
    return {sql::text(l.name), l.nric, l.passportNo, l.nationality, l.email};
}

QVariantList enrolmentValues(const Enrolment &e)
{
    return {e.offeringId, e.learnerId, sql::optionalReal(e.marks), e.grade, resultStatusKey(e.result),
            sql::date(e.senateApprovedOn)};
}

} // namespace

OfferingRepository::OfferingRepository(Database &db)
    : m_db(db)
{
}

StoreResult OfferingRepository::saveOffering(Offering *o)
{
    bool missing = false;
    qint64 id = o->id;
    const bool ok = upsert(m_db, &id, QStringLiteral("offering"),
                           {QStringLiteral("course_id"), QStringLiteral("name"), QStringLiteral("start_date"),
                            QStringLiteral("end_date"), QStringLiteral("platform"), QStringLiteral("language")},
                           {o->courseId, sql::text(o->name), sql::date(o->startDate), sql::date(o->endDate),
                            o->platform, o->language},
                           &missing);
    if (ok && !missing)
        o->id = id;
    return upsertResult(m_db, ok, missing, o->name);
}

bool OfferingRepository::offeringsOfCourse(qint64 courseId, QVector<Offering> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, course_id, name, start_date, end_date, platform, language"
                                              " FROM offering WHERE course_id = ? ORDER BY start_date, id"));
    q.addBindValue(courseId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        Offering o;
        o.id = q.value(0).toLongLong();
        o.courseId = q.value(1).toLongLong();
        o.name = q.value(2).toString();
        o.startDate = sql::toDate(q.value(3));
        o.endDate = sql::toDate(q.value(4));
        o.platform = q.value(5).toString();
        o.language = q.value(6).toString();
        out->append(o);
    }
    return true;
}

StoreResult OfferingRepository::saveLearner(Learner *l)
{
    bool missing = false;
    qint64 id = l->id;
    const bool ok = upsert(m_db, &id, QStringLiteral("learner"), kLearnerColumns, learnerValues(*l), &missing);
    if (ok && !missing)
        l->id = id;
    return upsertResult(m_db, ok, missing, l->name);
}

StoreResult OfferingRepository::saveLearners(QVector<Learner> *learners)
{
    Transaction transaction(m_db);
    QVector<Learner> copy = *learners;
    for (Learner &l : copy) {
        const StoreResult r = saveLearner(&l);
        if (!r.ok())
            return r;
    }
    if (!transaction.commit())
        return failed(m_db);
    *learners = copy;
    return StoreResult::saved();
}

bool OfferingRepository::learners(QVector<Learner> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, name, nric, passport_no, nationality, email FROM learner ORDER BY id"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString()});
    return true;
}

StoreResult OfferingRepository::saveEnrolment(Enrolment *e)
{
    bool missing = false;
    qint64 id = e->id;
    const bool ok = upsert(m_db, &id, QStringLiteral("enrolment"), kEnrolmentColumns, enrolmentValues(*e), &missing);
    if (ok && !missing)
        e->id = id;
    return upsertResult(m_db, ok, missing, QStringLiteral("enrolment %1").arg(e->id));
}

StoreResult OfferingRepository::saveEnrolments(QVector<Enrolment> *enrolments)
{
    Transaction transaction(m_db);
    QVector<Enrolment> copy = *enrolments;
    for (Enrolment &e : copy) {
        const StoreResult r = saveEnrolment(&e);
        if (!r.ok())
            return r;
    }
    if (!transaction.commit())
        return failed(m_db);
    *enrolments = copy;
    return StoreResult::saved();
}

bool OfferingRepository::enrolmentsOfOffering(qint64 offeringId, QVector<Enrolment> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, offering_id, learner_id, marks, grade, result,"
                                              " senate_approved_on FROM enrolment WHERE offering_id = ? ORDER BY id"));
    q.addBindValue(offeringId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        Enrolment e;
        e.id = q.value(0).toLongLong();
        e.offeringId = q.value(1).toLongLong();
        e.learnerId = q.value(2).toLongLong();
        e.marks = sql::toOptionalReal(q.value(3));
        e.grade = q.value(4).toString();
        resultStatusFromKey(q.value(5).toString(), &e.result);
        e.senateApprovedOn = sql::toDate(q.value(6));
        out->append(e);
    }
    return true;
}

qint64 OfferingRepository::senateApprovedCount(QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM enrolment WHERE senate_approved_on IS NOT NULL"));
    if (!m_db.exec(q) || !q.next()) {
        if (error)
            *error = m_db.lastError();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace mcs

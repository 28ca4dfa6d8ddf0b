#include "coursecheckout.h"

#include "courseexchange.h"
#include "courserepository.h"
#include "courseversionrepository.h"
#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate files these strings under mcs::CourseCheckout, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseCheckout)
};

// The content of `content` under the identity and bookkeeping of `identity`.
Course withIdentityOf(const Course &content, const Course &identity)
{
    Course c = content;
    c.id = identity.id;
    c.rowVersion = identity.rowVersion;
    c.createdBy = identity.createdBy;
    c.createdAt = identity.createdAt;
    c.updatedBy = identity.updatedBy;
    c.updatedAt = identity.updatedAt;
    return c;
}

bool writeRecord(Database &local, const CheckoutRecord &r)
{
    QSqlQuery q = local.prepare(QStringLiteral(
        "INSERT INTO course_checkout (course_id, source, source_course_id, base_row_version, base_snapshot,"
        " checked_out_at, checked_out_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (course_id) DO UPDATE SET source = excluded.source, source_course_id = excluded.source_course_id,"
        " base_row_version = excluded.base_row_version, base_snapshot = excluded.base_snapshot"));
    q.addBindValue(r.localCourseId);
    q.addBindValue(r.source);
    q.addBindValue(r.sourceCourseId);
    q.addBindValue(r.baseRowVersion);
    q.addBindValue(QString::fromUtf8(courseToExchangeJson(r.base)));
    q.addBindValue(sql::timestamp(r.checkedOutAt));
    q.addBindValue(r.checkedOutBy);
    return local.exec(q);
}

} // namespace

QString CourseCheckout::sourceName(const Database &db)
{
    return db.backend() == Database::Backend::Sqlite ? QFileInfo(db.location()).absoluteFilePath() : db.location();
}

StoreResult CourseCheckout::checkOut(Database &source, const QString &code, Database &local, const QString &user,
                                     CheckoutRecord *record)
{
    QString error;
    CourseRepository from(source);
    const qint64 id = from.idOfCode(code, &error);
    if (id == 0)
        return StoreResult::failure(StoreResult::Status::Failed,
                                    error.isEmpty() ? Tr::tr("%1 holds no course with the code %2.").arg(source.location(), code)
                                                    : error);
    std::optional<Course> course = from.load(id, &error);
    if (!course)
        return StoreResult::failure(StoreResult::Status::Failed, error);

    CheckoutRecord r;
    r.source = sourceName(source);
    r.sourceCourseId = course->id;
    r.baseRowVersion = course->rowVersion;
    r.base = *course;
    r.checkedOutAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    r.checkedOutBy = user;

    Course copy = *course;
    copy.id = 0;
    copy.rowVersion = 0;
    Transaction transaction(local);
    if (!transaction.isActive())
        return StoreResult::failure(StoreResult::Status::Failed, local.lastError());
    const StoreResult saved = CourseRepository(local).save(&copy, user);
    if (!saved.ok())
        return saved;
    r.localCourseId = copy.id;
    if (!writeRecord(local, r) || !transaction.commit())
        return StoreResult::failure(StoreResult::Status::Failed, local.lastError());
    if (record)
        *record = r;
    return StoreResult::saved();
}

bool CourseCheckout::records(Database &local, QVector<CheckoutRecord> *out, QString *error)
{
    out->clear();
    QSqlQuery q = local.prepare(QStringLiteral(
        "SELECT k.course_id, k.source, k.source_course_id, k.base_row_version, k.base_snapshot, k.checked_out_at,"
        " k.checked_out_by FROM course_checkout k JOIN course c ON c.id = k.course_id ORDER BY c.code"));
    if (!local.exec(q)) {
        if (error)
            *error = local.lastError();
        return false;
    }
    while (q.next()) {
        CheckoutRecord r;
        r.localCourseId = q.value(0).toLongLong();
        r.source = q.value(1).toString();
        r.sourceCourseId = q.value(2).toLongLong();
        r.baseRowVersion = q.value(3).toLongLong();
        ExchangeError problem;
        std::optional<Course> base = courseFromExchangeJson(q.value(4).toString().toUtf8(), &problem);
        if (!base) {
            if (error)
                *error = Tr::tr("the check-out record of course %1 cannot be read: %2").arg(r.localCourseId).arg(problem.toString());
            return false;
        }
        r.base = *base;
        r.base.id = r.sourceCourseId;
        r.base.rowVersion = r.baseRowVersion;
        r.checkedOutAt = sql::toTimestamp(q.value(5));
        r.checkedOutBy = q.value(6).toString();
        out->append(r);
    }
    return true;
}

std::optional<CheckInPlan> CourseCheckout::prepare(Database &server, Database &local, const CheckoutRecord &record,
                                                   QString *error)
{
    if (sourceName(server) != record.source) {
        if (error)
            *error = Tr::tr("%1 was checked out from %2, not from %3.")
                         .arg(record.base.code, record.source, sourceName(server));
        return std::nullopt;
    }
    CheckInPlan plan;
    plan.record = record;
    std::optional<Course> mine = CourseRepository(local).load(record.localCourseId, error);
    if (!mine)
        return std::nullopt;
    plan.mine = *mine;
    CourseRepository remote(server);
    QString problem;
    plan.theirs = remote.load(record.sourceCourseId, &problem);
    if (!plan.theirs && remote.count(&problem) < 0) { // not "no such course" but a failing server
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return plan;
}

StoreResult CourseCheckout::commit(Database &server, Database &local, const CheckInPlan &plan, const Course &result,
                                   const QString &user, Course *stored)
{
    if (!plan.theirs)
        return StoreResult::failure(StoreResult::Status::Deleted,
                                    Tr::tr("Cannot check in %1: it was deleted on %2 since it was checked out.")
                                        .arg(plan.mine.code, plan.record.source));
    Course onServer = withIdentityOf(result, *plan.theirs);
    if (!sameCourseContent(onServer, *plan.theirs)) {
        Transaction transaction(server);
        if (!transaction.isActive())
            return StoreResult::failure(StoreResult::Status::Failed, server.lastError());
        const StoreResult saved = CourseRepository(server).save(&onServer, user);
        if (!saved.ok())
            return saved;
        const StoreResult snapshot =
            CourseVersionRepository(server).takeSnapshot(onServer, CourseVersionReason::checkedIn(), user);
        if (!snapshot.ok())
            return snapshot;
        if (!transaction.commit())
            return StoreResult::failure(StoreResult::Status::Failed, server.lastError());
    }

    // The local copy now mirrors the server; the next check-in starts from here.
    Transaction transaction(local);
    if (!transaction.isActive())
        return StoreResult::failure(StoreResult::Status::Failed, local.lastError());
    if (!sameCourseContent(onServer, plan.mine)) {
        Course localCopy = withIdentityOf(onServer, plan.mine);
        const StoreResult saved = CourseRepository(local).save(&localCopy, user);
        if (!saved.ok())
            return saved;
    }
    CheckoutRecord record = plan.record;
    record.baseRowVersion = onServer.rowVersion;
    record.base = onServer;
    if (!writeRecord(local, record) || !transaction.commit())
        return StoreResult::failure(StoreResult::Status::Failed,
                                    Tr::tr("%1 was checked in, but the local file could not record it: %2")
                                        .arg(plan.mine.code, local.lastError()));
    if (stored)
        *stored = onServer;
    return StoreResult::saved();
}

} // namespace mcs

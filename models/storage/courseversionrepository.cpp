#include "courseversionrepository.h"

#include "courseexchange.h"
#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate files these strings under mcs::CourseVersionRepository, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseVersionRepository)
};

QDateTime nowToTheMillisecond()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

QString courseVersionReasonName(const QString &reason)
{
    if (reason == CourseVersionReason::submitted())
        return Tr::tr("Submitted");
    if (reason == CourseVersionReason::saved())
        return Tr::tr("Saved version");
    if (reason == CourseVersionReason::checkedIn())
        return Tr::tr("Checked in");
    return reason;
}

CourseVersionRepository::CourseVersionRepository(Database &db)
    : m_db(db)
    , m_clock(nowToTheMillisecond)
{
}

StoreResult CourseVersionRepository::takeSnapshot(const Course &course, const QString &reason, const QString &user,
                                                  CourseVersion *taken)
{
    if (course.id == 0)
        return StoreResult::failure(StoreResult::Status::Failed,
                                    Tr::tr("Cannot keep a version of %1: it has never been saved.").arg(course.code));
    Transaction transaction(m_db);
    auto failed = [this]() { return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError()); };
    if (!transaction.isActive())
        return failed();
    CourseVersion v;
    v.courseId = course.id;
    v.takenAt = m_clock();
    v.takenBy = user;
    v.reason = reason;
    v.courseRowVersion = course.rowVersion;
    // UNIQUE (course_id, number) refuses a racing twin rather than numbering two alike.
    QSqlQuery next = m_db.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM course_version WHERE course_id = ?"));
    next.addBindValue(course.id);
    if (!m_db.exec(next) || !next.next())
        return failed();
    v.number = next.value(0).toInt() + 1;
    next.finish();
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO course_version (course_id, number, taken_at, taken_by, reason, course_row_version, snapshot)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(course.id);
    insert.addBindValue(v.number);
    insert.addBindValue(sql::timestamp(v.takenAt));
    insert.addBindValue(user);
    insert.addBindValue(reason);
    insert.addBindValue(course.rowVersion);
    insert.addBindValue(QString::fromUtf8(courseToExchangeJson(course)));
    if (!m_db.exec(insert) || !insert.next())
        return failed();
    v.id = insert.value(0).toLongLong();
    insert.finish();
    if (!transaction.commit())
        return failed();
    if (taken)
        *taken = v;
    return StoreResult::saved();
}

bool CourseVersionRepository::list(qint64 courseId, QVector<CourseVersion> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, number, taken_at, taken_by, reason, course_row_version FROM course_version"
        " WHERE course_id = ? ORDER BY number DESC"));
    q.addBindValue(courseId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        CourseVersion v;
        v.id = q.value(0).toLongLong();
        v.courseId = courseId;
        v.number = q.value(1).toInt();
        v.takenAt = sql::toTimestamp(q.value(2));
        v.takenBy = q.value(3).toString();
        v.reason = q.value(4).toString();
        v.courseRowVersion = q.value(5).toLongLong();
        out->append(v);
    }
    return true;
}

std::optional<Course> CourseVersionRepository::load(qint64 versionId, QString *error) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT course_id, course_row_version, snapshot, number FROM course_version WHERE id = ?"));
    q.addBindValue(versionId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    }
    if (!q.next()) {
        if (error)
            *error = Tr::tr("there is no course version with id %1").arg(versionId);
        return std::nullopt;
    }
    ExchangeError problem;
    std::optional<Course> course = courseFromExchangeJson(q.value(2).toString().toUtf8(), &problem);
    if (!course) {
        if (error)
            *error = Tr::tr("version %1 cannot be read: %2").arg(q.value(3).toInt()).arg(problem.toString());
        return std::nullopt;
    }
    course->id = q.value(0).toLongLong();
    course->rowVersion = q.value(1).toLongLong();
    return course;
}

} // namespace mcs

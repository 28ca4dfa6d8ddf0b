#include "workflowrepository.h"

#include "courseexchange.h"
#include "courserepository.h"
#include "courseversionrepository.h"
#include "database.h"
#include "serversecurity.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::WorkflowRepository)
};

QDateTime now()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

StoreResult conflict(qint64 courseId, const QString &code, qint64 mine, qint64 stored)
{
    return StoreResult::failure(
        StoreResult::Status::Conflict,
        Tr::tr("Course %1 changed since you opened it (your copy is version %2, the stored one %3); nothing was "
           "changed. Reload the course and try again.")
            .arg(code.isEmpty() ? QString::number(courseId) : code)
            .arg(mine)
            .arg(stored));
}

} // namespace

WorkflowRepository::WorkflowRepository(Database &db)
    : m_db(db)
{
}

bool WorkflowRepository::secured() const
{
    return ServerSecurity::isApplied(m_db);
}

bool WorkflowRepository::person(const QString &localUser, WorkflowPerson *out, QString *error) const
{
    *out = WorkflowPerson();
    auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return false;
    };
    if (m_db.backend() == Database::Backend::Sqlite || !secured()) {
        out->login = localUser;
        if (m_db.backend() == Database::Backend::Postgres) {
            QSqlQuery q = m_db.prepare(QStringLiteral("SELECT session_user"));
            if (!m_db.exec(q) || !q.next())
                return fail();
            out->login = q.value(0).toString();
        }
        out->everyRole = true;
        return true;
    }
    QStringList columns;
    const Role roles[] = {Role::Lecturer, Role::PtjHead, Role::Cflex, Role::Sme, Role::Admin};
    for (Role r : roles)
        columns.append(QStringLiteral("mcs_member(session_user, '%1')").arg(ServerSecurity::groupRole(r)));
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT session_user, mcs_privileged(session_user), %1,"
                                              " (SELECT ptj FROM person WHERE login = session_user)")
                                   .arg(columns.join(QStringLiteral(", "))));
    if (!m_db.exec(q) || !q.next())
        return fail();
    out->login = q.value(0).toString();
    out->everyRole = q.value(1).toBool();
    for (int i = 0; i < 5; ++i)
        if (q.value(2 + i).toBool())
            out->roles.append(roles[i]);
    out->ptj = q.value(7).toString();
    q.finish();
    QSqlQuery team = m_db.prepare(QStringLiteral(
        "SELECT cl.course_id FROM course_lecturer cl JOIN person p"
        " ON (p.staff_id = cl.staff_id AND cl.staff_id <> '') OR (lower(p.email) = lower(cl.email) AND cl.email <> '')"
        " WHERE p.login = session_user UNION SELECT id FROM course WHERE created_by = session_user"));
    if (!m_db.exec(team))
        return fail();
    while (team.next())
        out->teamCourses.insert(team.value(0).toLongLong());
    QSqlQuery sme = m_db.prepare(QStringLiteral("SELECT course_id FROM course_sme WHERE login = session_user"));
    if (!m_db.exec(sme))
        return fail();
    while (sme.next())
        out->smeCourses.insert(sme.value(0).toLongLong());
    return true;
}

bool WorkflowRepository::officeSignedIn() const
{
    WorkflowPerson me;
    QString ignored;
    return person(QString(), &me, &ignored) && me.isOffice();
}

StoreResult WorkflowRepository::transition(qint64 courseId, WorkflowState to, const QString &comment,
                                           const QString &user, qint64 expectedRowVersion, qint64 *newRowVersion)
{
    if (m_db.backend() == Database::Backend::Sqlite || !secured())
        return transitionLocally(courseId, to, comment, user, expectedRowVersion, newRowVersion);
    // Every submission keeps a snapshot of the whole course (issue 9 "Versions and diff"). The
    // server's mcs_transition() stores it in the same statement as the step, and only when the
    // course is still at the row version the snapshot was taken from.
    QVariant snapshot(QMetaType(QMetaType::QString));
    qint64 checkedVersion = expectedRowVersion;
    if (to == WorkflowState::Submitted) {
        QString error;
        std::optional<Course> course = CourseRepository(m_db).load(courseId, &error);
        if (!course)
            return error.isEmpty()
                ? StoreResult::failure(StoreResult::Status::Deleted,
                                       Tr::tr("The course was deleted by someone else; nothing was changed."))
                : StoreResult::failure(StoreResult::Status::Failed, error);
        if (expectedRowVersion > 0 && course->rowVersion != expectedRowVersion)
            return conflict(courseId, course->code, expectedRowVersion, course->rowVersion);
        checkedVersion = course->rowVersion;
        course->status = to;
        snapshot = QString::fromUtf8(courseToExchangeJson(*course));
    }
    // The server decides: role, team, PTj, appointment and comment are checked by mcs_transition().
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT mcs_transition(?, ?, ?, ?, ?)"));
    q.addBindValue(courseId);
    q.addBindValue(approvalStatusKey(to));
    q.addBindValue(comment);
    q.addBindValue(checkedVersion);
    q.addBindValue(snapshot);
    if (!m_db.exec(q) || !q.next()) {
        QString error = m_db.lastError();
        if (error.contains(QLatin1String("mcs_transition")) && error.contains(QLatin1String("does not exist")))
            error = Tr::tr("The server's security layer is older than this MC Studio: ask the administrator to run "
                           "'mcstudio-cli server init' again. (%1)")
                        .arg(error);
        return StoreResult::failure(StoreResult::Status::Failed, error);
    }
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    if (version == -2)
        return StoreResult::failure(StoreResult::Status::Deleted,
                                    Tr::tr("The course was deleted by someone else; nothing was changed."));
    if (version == -1) {
        QSqlQuery stored = m_db.prepare(QStringLiteral("SELECT code, row_version FROM course WHERE id = ?"));
        stored.addBindValue(courseId);
        const bool found = m_db.exec(stored) && stored.next();
        return conflict(courseId, found ? stored.value(0).toString() : QString(), checkedVersion,
                        found ? stored.value(1).toLongLong() : 0);
    }
    if (newRowVersion)
        *newRowVersion = version;
    return StoreResult::saved();
}

StoreResult WorkflowRepository::transitionLocally(qint64 courseId, WorkflowState to, const QString &comment,
                                                  const QString &user, qint64 expectedRowVersion,
                                                  qint64 *newRowVersion)
{
    auto failed = [this]() { return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError()); };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT code, status, row_version FROM course WHERE id = ?"));
    q.addBindValue(courseId);
    if (!m_db.exec(q))
        return failed();
    if (!q.next())
        return StoreResult::failure(StoreResult::Status::Deleted,
                                    Tr::tr("The course was deleted by someone else; nothing was changed."));
    const QString code = q.value(0).toString();
    WorkflowState from = WorkflowState::Draft;
    approvalStatusFromKey(q.value(1).toString(), &from);
    const qint64 version = q.value(2).toLongLong();
    q.finish();
    if (expectedRowVersion > 0 && version != expectedRowVersion)
        return conflict(courseId, code, expectedRowVersion, version);
    // One person acts in every role on a local file: only the flow itself and the comment rule apply.
    QString why;
    if (!Workflow::check(from, to, WorkflowActor::everyone(), comment, &why))
        return StoreResult::failure(StoreResult::Status::Failed, Tr::tr("%1: %2").arg(code, why));
    const QDateTime at = now();
    QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE course SET status = ?, row_version = row_version + 1,"
                                                   " updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    update.addBindValue(approvalStatusKey(to));
    update.addBindValue(user);
    update.addBindValue(sql::timestamp(at));
    update.addBindValue(courseId);
    update.addBindValue(version);
    if (!m_db.exec(update))
        return failed();
    if (update.numRowsAffected() != 1)
        return conflict(courseId, code, version, version + 1);
    QSqlQuery event = m_db.prepare(QStringLiteral("INSERT INTO course_transition (course_id, from_state, to_state,"
                                                  " who, at, comment) VALUES (?, ?, ?, ?, ?, ?)"));
    event.addBindValue(courseId);
    event.addBindValue(approvalStatusKey(from));
    event.addBindValue(approvalStatusKey(to));
    event.addBindValue(sql::text(user));
    event.addBindValue(sql::timestamp(at));
    event.addBindValue(comment.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(comment.trimmed()));
    if (!m_db.exec(event))
        return failed();
    // Every submission keeps a snapshot of the whole course, in the same transaction as the step
    // (issue 9 "Versions and diff"): the course as submitted, at its new row version.
    if (to == WorkflowState::Submitted) {
        QString error;
        std::optional<Course> course = CourseRepository(m_db).load(courseId, &error);
        if (!course)
            return StoreResult::failure(StoreResult::Status::Failed, error);
        const StoreResult kept = CourseVersionRepository(m_db).takeSnapshot(*course, CourseVersionReason::submitted(), user);
        if (!kept.ok())
            return kept;
    }
    if (!transaction.commit())
        return failed();
    if (newRowVersion)
        *newRowVersion = version + 1;
    return StoreResult::saved();
}

bool WorkflowRepository::history(qint64 courseId, QVector<WorkflowEvent> *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, from_state, to_state, who, at, comment FROM course_transition"
                                              " WHERE course_id = ? ORDER BY id"));
    q.addBindValue(courseId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        WorkflowEvent e;
        e.id = q.value(0).toLongLong();
        e.courseId = courseId;
        approvalStatusFromKey(q.value(1).toString(), &e.from);
        approvalStatusFromKey(q.value(2).toString(), &e.to);
        e.who = q.value(3).toString();
        e.at = sql::toTimestamp(q.value(4));
        e.comment = q.value(5).toString();
        out->append(e);
    }
    return true;
}

bool WorkflowRepository::tasks(const WorkflowPerson &person, QVector<WorkflowTask> *out, QString *error) const
{
    out->clear();
    QVector<CourseSummary> courses;
    if (!CourseRepository(m_db).listSummaries(&courses, error))
        return false;
    QHash<qint64, int> index;
    for (const CourseSummary &c : courses) {
        WorkflowTask t;
        t.course = c;
        t.waitingForMe = !Workflow::available(c.status, person.actorFor(c.id, c.faculty)).isEmpty();
        index.insert(c.id, int(out->size()));
        out->append(t);
    }
    auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return false;
    };
    QSqlQuery last = m_db.prepare(QStringLiteral(
        "SELECT t.course_id, t.who, t.at, t.comment FROM course_transition t"
        " WHERE t.id IN (SELECT MAX(id) FROM course_transition GROUP BY course_id)"));
    if (!m_db.exec(last))
        return fail();
    while (last.next()) {
        const int i = index.value(last.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        (*out)[i].lastWho = last.value(1).toString();
        (*out)[i].lastAt = sql::toTimestamp(last.value(2));
        (*out)[i].lastComment = last.value(3).toString();
    }
    QSqlQuery mine = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT course_id FROM course_transition WHERE who = ? AND to_state = 'submitted'"));
    mine.addBindValue(person.login);
    if (!m_db.exec(mine))
        return fail();
    while (mine.next()) {
        const int i = index.value(mine.value(0).toLongLong(), -1);
        if (i >= 0)
            (*out)[i].submittedByMe = true;
    }
    return true;
}

StoreResult WorkflowRepository::assignSme(qint64 courseId, const QString &login, const QString &by)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO course_sme (course_id, login, assigned_by, assigned_at)"
                                              " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(courseId);
    q.addBindValue(login);
    q.addBindValue(by);
    q.addBindValue(sql::timestamp(now()));
    if (!m_db.exec(q))
        return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError());
    return StoreResult::saved();
}

StoreResult WorkflowRepository::unassignSme(qint64 courseId, const QString &login)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM course_sme WHERE course_id = ? AND login = ?"));
    q.addBindValue(courseId);
    q.addBindValue(login);
    if (!m_db.exec(q))
        return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError());
    return StoreResult::saved();
}

bool WorkflowRepository::smes(qint64 courseId, QStringList *out, QString *error) const
{
    out->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT login FROM course_sme WHERE course_id = ? ORDER BY login"));
    q.addBindValue(courseId);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next())
        out->append(q.value(0).toString());
    return true;
}

} // namespace mcs

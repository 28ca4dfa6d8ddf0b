#include "courserepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseRepository)
};

QString courseName(const Course &c)
{
    return QStringLiteral("%1 “%2”").arg(c.code, c.title);
}

QString closToText(const QStringList &clos)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(clos)).toJson(QJsonDocument::Compact));
}

QStringList closFromText(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

const QString kCourseColumns = QStringLiteral(
    "code, title, category, kind, original_code, original_name, faculty, mqf_level, credit_value, delivery,"
    " language, study_session, offer_period, fee_sen, entry_requirements, synopsis, justification,"
    " survey_respondents, survey_analysis, learner_commitment, promotion, continuous_improvement,"
    " quality_assurance, status, rate_table_version, lab_intensive, clinical, practicum, professional_body");
constexpr int kCourseColumnCount = 29;

void bindCourseColumns(QSqlQuery &q, const Course &c)
{
    q.addBindValue(sql::text(c.code));
    q.addBindValue(sql::text(c.title));
    q.addBindValue(c.category());
    q.addBindValue(courseKindKey(c.kind));
    q.addBindValue(c.originalCourseCode);
    q.addBindValue(c.originalCourseName);
    q.addBindValue(c.faculty);
    q.addBindValue(c.mqfLevel);
    q.addBindValue(c.creditValue);
    q.addBindValue(courseDeliveryKey(c.delivery));
    q.addBindValue(c.language);
    q.addBindValue(c.studySession);
    q.addBindValue(c.offerPeriod);
    q.addBindValue(c.feeSen);
    q.addBindValue(c.entryRequirements);
    q.addBindValue(c.synopsis);
    q.addBindValue(c.justification);
    q.addBindValue(c.marketSurvey.respondents);
    q.addBindValue(c.marketSurvey.analysis);
    q.addBindValue(c.learnerCommitment);
    q.addBindValue(c.promotion);
    q.addBindValue(c.continuousImprovement);
    q.addBindValue(c.qualityAssurance);
    q.addBindValue(approvalStatusKey(c.status));
    q.addBindValue(c.table4.rateTableVersion);
    q.addBindValue(c.labIntensive ? 1 : 0);
    q.addBindValue(c.clinical ? 1 : 0);
    q.addBindValue(c.practicum ? 1 : 0);
    q.addBindValue(c.professionalBody);
}

QString placeholders(int n)
{
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Table 3 cumulative progress after milestone `number`; 0 before the first.
int progressAfter(int number)
{
    return number >= 1 && number <= MilestonePlan::kCount ? MilestonePlan::cumulativePercent(number) : 0;
}

QDateTime nowToTheMillisecond()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

} // namespace

CourseRepository::CourseRepository(Database &db)
    : m_db(db)
    , m_clock(nowToTheMillisecond)
{
}

bool CourseRepository::listSummaries(QVector<CourseSummary> *out, QString *error) const
{
    out->clear();
    // One query for any number of courses: the progress comes from a correlated aggregate.
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT c.id, c.code, c.title, c.faculty, c.kind, c.status,"
        " (SELECT MAX(m.number) FROM milestone m WHERE m.course_id = c.id AND m.actual_completion IS NOT NULL)"
        " FROM course c ORDER BY c.code"),
        m_db.backend() == Database::Backend::Sqlite); // PostgreSQL: one fetch, not row by row
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        CourseSummary s;
        s.id = q.value(0).toLongLong();
        s.code = q.value(1).toString();
        s.title = q.value(2).toString();
        s.faculty = q.value(3).toString();
        courseKindFromKey(q.value(4).toString(), &s.kind);
        approvalStatusFromKey(q.value(5).toString(), &s.status);
        s.progressPercent = progressAfter(q.value(6).toInt());
        out->append(s);
    }
    return true;
}

bool CourseRepository::listWithMilestones(QVector<CourseMilestones> *out, QString *error) const
{
    out->clear();
    QVector<CourseSummary> summaries;
    if (!listSummaries(&summaries, error))
        return false;
    QHash<qint64, int> index;
    out->reserve(summaries.size());
    for (const CourseSummary &s : summaries) {
        index.insert(s.id, int(out->size()));
        out->append({s, {}});
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT course_id, number, planned_start, planned_due,"
                                              " actual_completion, notes FROM milestone ORDER BY course_id, number"));
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    while (q.next()) {
        const int i = index.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue; // a course added between the two queries: it appears on the next refresh
        Milestone m;
        m.number = q.value(1).toInt();
        m.plannedStart = sql::toDate(q.value(2));
        m.plannedDue = sql::toDate(q.value(3));
        m.actualCompletion = sql::toDate(q.value(4));
        m.notes = q.value(5).toString();
        (*out)[i].milestones.append(m);
    }
    return true;
}

qint64 CourseRepository::idOfCode(const QString &code, QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM course WHERE code = ?"));
    q.addBindValue(code);
    if (!m_db.exec(q)) {
        if (error)
            *error = m_db.lastError();
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CourseRepository::count(QString *error) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT COUNT(*) FROM course"));
    if (!m_db.exec(q) || !q.next()) {
        if (error)
            *error = m_db.lastError();
        return -1;
    }
    return q.value(0).toLongLong();
}

std::optional<Course> CourseRepository::load(qint64 id, QString *error) const
{
    auto fail = [&]() -> std::optional<Course> {
        if (error)
            *error = m_db.lastError();
        return std::nullopt;
    };
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id, %1, row_version, created_by, created_at, updated_by,"
                                              " updated_at FROM course WHERE id = ?")
                                   .arg(kCourseColumns));
    q.addBindValue(id);
    if (!m_db.exec(q))
        return fail();
    if (!q.next()) {
        if (error)
            *error = Tr::tr("there is no course with id %1").arg(id);
        return std::nullopt;
    }
    Course c;
    int i = 0;
    c.id = q.value(i++).toLongLong();
    c.code = q.value(i++).toString();
    c.title = q.value(i++).toString();
    ++i; // category follows from the kind
    courseKindFromKey(q.value(i++).toString(), &c.kind);
    c.originalCourseCode = q.value(i++).toString();
    c.originalCourseName = q.value(i++).toString();
    c.faculty = q.value(i++).toString();
    c.mqfLevel = q.value(i++).toInt();
    c.creditValue = q.value(i++).toDouble();
    courseDeliveryFromKey(q.value(i++).toString(), &c.delivery);
    c.language = q.value(i++).toString();
    c.studySession = q.value(i++).toString();
    c.offerPeriod = q.value(i++).toString();
    c.feeSen = q.value(i++).toLongLong();
    c.entryRequirements = q.value(i++).toString();
    c.synopsis = q.value(i++).toString();
    c.justification = q.value(i++).toString();
    c.marketSurvey.respondents = q.value(i++).toInt();
    c.marketSurvey.analysis = q.value(i++).toString();
    c.learnerCommitment = q.value(i++).toString();
    c.promotion = q.value(i++).toString();
    c.continuousImprovement = q.value(i++).toString();
    c.qualityAssurance = q.value(i++).toString();
    approvalStatusFromKey(q.value(i++).toString(), &c.status);
    c.table4.rateTableVersion = q.value(i++).toInt();
    c.labIntensive = q.value(i++).toInt() != 0;
    c.clinical = q.value(i++).toInt() != 0;
    c.practicum = q.value(i++).toInt() != 0;
    c.professionalBody = q.value(i++).toString();
    c.rowVersion = q.value(i++).toLongLong();
    c.createdBy = q.value(i++).toString();
    c.createdAt = sql::toTimestamp(q.value(i++));
    c.updatedBy = q.value(i++).toString();
    c.updatedAt = sql::toTimestamp(q.value(i++));
    q.finish();

    QSqlQuery lecturers = m_db.prepare(QStringLiteral(
        "SELECT name, staff_id, email, role FROM course_lecturer WHERE course_id = ? ORDER BY position"));
    lecturers.addBindValue(id);
    if (!m_db.exec(lecturers))
        return fail();
    while (lecturers.next())
        c.lecturers.append({lecturers.value(0).toString(), lecturers.value(1).toString(),
                            lecturers.value(2).toString(), lecturers.value(3).toString()});

    QSqlQuery clos = m_db.prepare(QStringLiteral(
        "SELECT code, statement, domain, level FROM course_clo WHERE course_id = ? ORDER BY position"));
    clos.addBindValue(id);
    if (!m_db.exec(clos))
        return fail();
    while (clos.next())
        c.clos.append({clos.value(0).toString(), clos.value(1).toString(), clos.value(2).toString(),
                       clos.value(3).toString()});

    QSqlQuery assessment = m_db.prepare(QStringLiteral(
        "SELECT name, kind, weight FROM assessment_component WHERE course_id = ? ORDER BY position"));
    assessment.addBindValue(id);
    if (!m_db.exec(assessment))
        return fail();
    while (assessment.next()) {
        AssessmentComponent a;
        a.name = assessment.value(0).toString();
        assessmentComponentKindFromKey(assessment.value(1).toString(), &a.kind);
        a.weight = assessment.value(2).toDouble();
        c.assessment.append(a);
    }

    QSqlQuery units = m_db.prepare(QStringLiteral(
        "SELECT id, number, title FROM learning_unit WHERE course_id = ? ORDER BY position"));
    units.addBindValue(id);
    if (!m_db.exec(units))
        return fail();
    QHash<qint64, int> unitIndex;
    while (units.next()) {
        LearningUnit u;
        u.number = units.value(1).toInt();
        u.title = units.value(2).toString();
        unitIndex.insert(units.value(0).toLongLong(), int(c.table4.units.size()));
        c.table4.units.append(u);
    }

    QSqlQuery activities = m_db.prepare(QStringLiteral(
        "SELECT a.unit_id, a.type, a.quantity, a.rate, a.mode, a.clos, a.assessment, a.weight"
        " FROM activity a JOIN learning_unit u ON u.id = a.unit_id WHERE u.course_id = ?"
        " ORDER BY u.position, a.position"));
    activities.addBindValue(id);
    if (!m_db.exec(activities))
        return fail();
    while (activities.next()) {
        Activity a;
        a.type = activities.value(1).toString();
        a.quantity = activities.value(2).toDouble();
        a.rate = sql::toOptionalReal(activities.value(3));
        deliveryModeFromKey(activities.value(4).toString(), &a.mode);
        a.clos = closFromText(activities.value(5).toString());
        assessmentKindFromKey(activities.value(6).toString(), &a.assessment);
        a.weight = sql::toOptionalReal(activities.value(7));
        const int unit = unitIndex.value(activities.value(0).toLongLong(), -1);
        if (unit >= 0)
            c.table4.units[unit].activities.append(a);
    }

    QSqlQuery milestones = m_db.prepare(QStringLiteral(
        "SELECT number, planned_start, planned_due, actual_completion, notes FROM milestone"
        " WHERE course_id = ? ORDER BY number"));
    milestones.addBindValue(id);
    if (!m_db.exec(milestones))
        return fail();
    while (milestones.next()) {
        Milestone m;
        m.number = milestones.value(0).toInt();
        m.plannedStart = sql::toDate(milestones.value(1));
        m.plannedDue = sql::toDate(milestones.value(2));
        m.actualCompletion = sql::toDate(milestones.value(3));
        m.notes = milestones.value(4).toString();
        c.milestones.append(m);
    }

    QSqlQuery attachments = m_db.prepare(QStringLiteral(
        "SELECT purpose, name, mime_type, bytes FROM attachment WHERE course_id = ? ORDER BY purpose, position"));
    attachments.addBindValue(id);
    if (!m_db.exec(attachments))
        return fail();
    while (attachments.next()) {
        Attachment a{attachments.value(1).toString(), attachments.value(2).toString(),
                     attachments.value(3).toByteArray()};
        if (attachments.value(0).toString() == QLatin1String("market_survey"))
            c.marketSurvey.attachment = a;
        else
            c.attachments.append(a);
    }
    return c;
}

StoreResult CourseRepository::checkUpdatable(const Course &course, const QString &verb) const
{
    // The update matched no row: find out why, to name the course and who got there first.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT row_version, updated_by, updated_at FROM course WHERE id = ?"));
    q.addBindValue(course.id);
    if (!m_db.exec(q))
        return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError());
    if (!q.next())
        return StoreResult::failure(StoreResult::Status::Deleted,
                                    Tr::tr("Cannot %1 %2: someone else deleted this course since you opened it.")
                                        .arg(verb, courseName(course)));
    if (q.value(0).toLongLong() == course.rowVersion) {
        // The row is there at this very version, yet the write matched nothing: the server's
        // row-level security hid it from this person (issue 9: only the course team edits).
        return StoreResult::failure(StoreResult::Status::Failed,
                                    Tr::tr("Cannot %1 %2: the server does not let you change this course (only its "
                                       "team may, and only while it is a draft, returned for revision or in "
                                       "development). Nothing was changed.")
                                        .arg(verb, courseName(course)));
    }
    const QString who = q.value(1).toString();
    const QDateTime when = sql::toTimestamp(q.value(2));
    return StoreResult::failure(
        StoreResult::Status::Conflict,
        Tr::tr("Cannot %1 %2: %3 changed it on %4 since you opened it (your copy is version %5, the stored one %6). "
           "Nothing was overwritten; reload the course or compare the two copies.")
            .arg(verb, courseName(course), who.isEmpty() ? Tr::tr("someone else") : who,
                 when.toLocalTime().toString(Qt::ISODate))
            .arg(course.rowVersion)
            .arg(q.value(0).toLongLong()));
}

StoreResult CourseRepository::save(Course *course, const QString &user)
{
    const Course &c = *course;
    auto failed = [this]() { return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError()); };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed();

    QSqlQuery dup = m_db.prepare(QStringLiteral("SELECT id FROM course WHERE code = ? AND id <> ?"));
    dup.addBindValue(c.code);
    dup.addBindValue(c.id);
    if (!m_db.exec(dup))
        return failed();
    if (dup.next())
        return StoreResult::failure(StoreResult::Status::DuplicateCode,
                                    Tr::tr("Cannot save %1: another course already has the code %2.")
                                        .arg(courseName(c), c.code));
    dup.finish();

    const QDateTime now = m_clock();
    qint64 id = c.id;
    qint64 rowVersion = 0;
    QString createdBy = c.createdBy;
    QDateTime createdAt = c.createdAt;
    if (id == 0) {
        createdBy = user;
        createdAt = now;
        rowVersion = 1;
        QSqlQuery insert = m_db.prepare(
            QStringLiteral("INSERT INTO course (%1, row_version, created_by, created_at, updated_by, updated_at)"
                           " VALUES (%2) RETURNING id")
                .arg(kCourseColumns, placeholders(kCourseColumnCount + 5)));
        bindCourseColumns(insert, c);
        insert.addBindValue(rowVersion);
        insert.addBindValue(user);
        insert.addBindValue(sql::timestamp(now));
        insert.addBindValue(user);
        insert.addBindValue(sql::timestamp(now));
        if (!m_db.exec(insert) || !insert.next())
            return failed();
        id = insert.value(0).toLongLong();
        insert.finish();
    } else {
        QString assignments = kCourseColumns;
        assignments.replace(QStringLiteral(","), QStringLiteral(" = ?,"));
        assignments += QStringLiteral(" = ?");
        QSqlQuery update = m_db.prepare(QStringLiteral("UPDATE course SET %1, row_version = row_version + 1,"
                                                       " updated_by = ?, updated_at = ?"
                                                       " WHERE id = ? AND row_version = ?")
                                            .arg(assignments));
        bindCourseColumns(update, c);
        update.addBindValue(user);
        update.addBindValue(sql::timestamp(now));
        update.addBindValue(c.id);
        update.addBindValue(c.rowVersion);
        if (!m_db.exec(update))
            return failed();
        if (update.numRowsAffected() != 1)
            return checkUpdatable(c, Tr::tr("save"));
        rowVersion = c.rowVersion + 1;
        // Milestones are not among them: writeMilestones() touches only the rows that changed, so a
        // save by someone who may not edit milestones (issue 9: CFLEX tracks them) still succeeds.
        for (const char *table : {"course_lecturer", "course_clo", "assessment_component", "learning_unit",
                                  "attachment"}) {
            QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE course_id = ?").arg(QLatin1String(table)));
            del.addBindValue(c.id);
            if (!m_db.exec(del))
                return failed();
        }
    }

    Course stored = c;
    stored.id = id;
    QString refused;
    if (!writeChildren(stored) || !writeMilestones(stored, c.id != 0, &refused)) {
        if (!refused.isEmpty())
            return StoreResult::failure(StoreResult::Status::Failed,
                                        Tr::tr("Cannot save %1: the server does not let you change its milestones (CFLEX "
                                           "tracks them once the proposal is approved; milestone %2). Nothing was "
                                           "saved.")
                                            .arg(courseName(c), refused));
        return failed();
    }
    if (!transaction.commit())
        return failed();
    course->id = id;
    course->rowVersion = rowVersion;
    course->createdBy = createdBy;
    course->createdAt = createdAt;
    course->updatedBy = user;
    course->updatedAt = now;
    return StoreResult::saved();
}

bool CourseRepository::writeChildren(const Course &c)
{
    QSqlQuery lecturer = m_db.prepare(QStringLiteral(
        "INSERT INTO course_lecturer (course_id, position, name, staff_id, email, role) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.lecturers.size(); ++i) {
        const Lecturer &l = c.lecturers[i];
        for (const QVariant &v : {QVariant(c.id), QVariant(i), sql::text(l.name), QVariant(l.staffId),
                                  QVariant(l.email), QVariant(l.role)})
            lecturer.addBindValue(v);
        if (!m_db.exec(lecturer))
            return false;
    }
    QSqlQuery clo = m_db.prepare(QStringLiteral(
        "INSERT INTO course_clo (course_id, position, code, statement, domain, level) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.clos.size(); ++i) {
        const Clo &o = c.clos[i];
        for (const QVariant &v : {QVariant(c.id), QVariant(i), sql::text(o.code), QVariant(o.statement),
                                  QVariant(o.domain), QVariant(o.level)})
            clo.addBindValue(v);
        if (!m_db.exec(clo))
            return false;
    }
    QSqlQuery component = m_db.prepare(QStringLiteral(
        "INSERT INTO assessment_component (course_id, position, name, kind, weight) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.assessment.size(); ++i) {
        const AssessmentComponent &a = c.assessment[i];
        for (const QVariant &v : {QVariant(c.id), QVariant(i), sql::text(a.name),
                                  QVariant(assessmentComponentKindKey(a.kind)), QVariant(a.weight)})
            component.addBindValue(v);
        if (!m_db.exec(component))
            return false;
    }
    QSqlQuery unit = m_db.prepare(QStringLiteral(
        "INSERT INTO learning_unit (course_id, position, number, title) VALUES (?, ?, ?, ?) RETURNING id"));
    QSqlQuery activity = m_db.prepare(
        QStringLiteral("INSERT INTO activity (unit_id, position, type, quantity, rate, mode, clos, assessment, weight)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < c.table4.units.size(); ++i) {
        const LearningUnit &u = c.table4.units[i];
        for (const QVariant &v : {QVariant(c.id), QVariant(i), QVariant(u.number), QVariant(u.title)})
            unit.addBindValue(v);
        if (!m_db.exec(unit) || !unit.next())
            return false;
        const qint64 unitId = unit.value(0).toLongLong();
        unit.finish();
        for (int j = 0; j < u.activities.size(); ++j) {
            const Activity &a = u.activities[j];
            for (const QVariant &v : {QVariant(unitId), QVariant(j), sql::text(a.type), QVariant(a.quantity),
                                      sql::optionalReal(a.rate), QVariant(deliveryModeKey(a.mode)),
                                      QVariant(closToText(a.clos)), sql::text(assessmentKindKey(a.assessment)),
                                      sql::optionalReal(a.weight)})
                activity.addBindValue(v);
            if (!m_db.exec(activity))
                return false;
        }
    }
    QSqlQuery attachment = m_db.prepare(QStringLiteral(
        "INSERT INTO attachment (course_id, purpose, position, name, mime_type, bytes) VALUES (?, ?, ?, ?, ?, ?)"));
    auto addAttachment = [&](const Attachment &a, const QString &purpose, int position) {
        for (const QVariant &v : {QVariant(c.id), QVariant(purpose), QVariant(position), sql::text(a.name),
                                  QVariant(a.mimeType), QVariant(a.bytes)})
            attachment.addBindValue(v);
        return m_db.exec(attachment);
    };
    if (c.marketSurvey.attachment && !addAttachment(*c.marketSurvey.attachment, QStringLiteral("market_survey"), 0))
        return false;
    for (int i = 0; i < c.attachments.size(); ++i)
        if (!addAttachment(c.attachments[i], QStringLiteral("document"), i))
            return false;
    return true;
}

bool CourseRepository::writeMilestones(const Course &c, bool existing, QString *refused)
{
    QHash<int, Milestone> stored;
    if (existing) {
        QSqlQuery q = m_db.prepare(QStringLiteral("SELECT number, planned_start, planned_due, actual_completion, notes"
                                                  " FROM milestone WHERE course_id = ?"));
        q.addBindValue(c.id);
        if (!m_db.exec(q))
            return false;
        while (q.next())
            stored.insert(q.value(0).toInt(), {q.value(0).toInt(), sql::toDate(q.value(1)), sql::toDate(q.value(2)),
                                               sql::toDate(q.value(3)), q.value(4).toString()});
    }
    QSqlQuery insert = m_db.prepare(QStringLiteral(
        "INSERT INTO milestone (planned_start, planned_due, actual_completion, notes, course_id, number)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery update = m_db.prepare(QStringLiteral(
        "UPDATE milestone SET planned_start = ?, planned_due = ?, actual_completion = ?, notes = ?"
        " WHERE course_id = ? AND number = ?"));
    for (const Milestone &m : c.milestones) {
        const auto old = stored.constFind(m.number);
        if (old != stored.constEnd() && *old == m) {
            stored.remove(m.number);
            continue;
        }
        QSqlQuery &q = old == stored.constEnd() ? insert : update;
        stored.remove(m.number);
        for (const QVariant &v : {sql::date(m.plannedStart), sql::date(m.plannedDue), sql::date(m.actualCompletion),
                                  QVariant(m.notes), QVariant(c.id), QVariant(m.number)})
            q.addBindValue(v);
        if (!m_db.exec(q))
            return false;
        // A row the server's row-level security hides is updated silently not at all: say so.
        if (q.numRowsAffected() != 1) {
            *refused = QString::number(m.number);
            return false;
        }
    }
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM milestone WHERE course_id = ? AND number = ?"));
    for (int number : stored.keys()) {
        remove.addBindValue(c.id);
        remove.addBindValue(number);
        if (!m_db.exec(remove))
            return false;
        if (remove.numRowsAffected() != 1) {
            *refused = QString::number(number);
            return false;
        }
    }
    return true;
}

StoreResult CourseRepository::remove(const Course &course)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError());
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM course WHERE id = ? AND row_version = ?"));
    q.addBindValue(course.id);
    q.addBindValue(course.rowVersion);
    if (!m_db.exec(q))
        return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError());
    if (q.numRowsAffected() != 1)
        return checkUpdatable(course, Tr::tr("delete"));
    if (!transaction.commit())
        return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError());
    return StoreResult::saved();
}

} // namespace mcs

// Issue 9: the database itself refuses what a role may not do. Every check here connects AS a
// login of that role and runs plain SQL (or the repositories, which run plain SQL).
#include "auditrepository.h"
#include "courseexchange.h"
#include "courserepository.h"
#include "samplecourse.h"
#include "serverfixture.h"
#include "serversecurity.h"
#include "workflowrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <condition_variable>
#include <mutex>
#include <thread>

using namespace mcs;
using mcs::test::ServerRolesTest;

namespace {

const QString kFcsit = QStringLiteral("Faculty of Computer Science and Information Technology");
const QString kEngineering = QStringLiteral("Faculty of Engineering");

} // namespace

class ServerSecurityTest : public ServerRolesTest
{
protected:
    void SetUp() override
    {
        ServerRolesTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        lecturer = addUser(Role::Lecturer, QStringLiteral("lect"), kFcsit, QStringLiteral("S1234"));
        colleague = addUser(Role::Lecturer, QStringLiteral("coll"), kFcsit, QStringLiteral("S2345"));
        outsider = addUser(Role::Lecturer, QStringLiteral("out"), kFcsit, QStringLiteral("S7777"));
        head = addUser(Role::PtjHead, QStringLiteral("head"), kFcsit);
        otherHead = addUser(Role::PtjHead, QStringLiteral("ohead"), kEngineering);
        cflex = addUser(Role::Cflex, QStringLiteral("cflex"));
        sme = addUser(Role::Sme, QStringLiteral("sme"));
        otherSme = addUser(Role::Sme, QStringLiteral("osme"));
        admin = addUser(Role::Admin, QStringLiteral("admin"));

        CourseRepository repo(owner());
        Course a = test::sampleCourse(QStringLiteral("TMN4031MC"), 2, 2); // team S1234, S2345; FCSIT
        a.status = ApprovalStatus::Draft;
        ASSERT_TRUE(repo.save(&a, QStringLiteral("setup")).ok());
        courseA = a.id;
        Course b = test::sampleCourse(QStringLiteral("MC002"), 1, 1);
        b.faculty = kEngineering;
        b.lecturers = {{QStringLiteral("Ir. Dr. Ahmad"), QStringLiteral("S9000"), QString(), QString()}};
        b.status = ApprovalStatus::Draft;
        ASSERT_TRUE(repo.save(&b, QStringLiteral("setup")).ok());
        courseB = b.id;
        ASSERT_TRUE(WorkflowRepository(owner()).assignSme(courseA, sme, QStringLiteral("setup")).ok());
    }

    void setStatus(qint64 id, WorkflowState s)
    {
        ASSERT_TRUE(run(owner(), QStringLiteral("UPDATE course SET status = '%1' WHERE id = %2")
                                     .arg(approvalStatusKey(s))
                                     .arg(id)));
    }
    QString statusOf(qint64 id) { return scalar(owner(), QStringLiteral("SELECT status FROM course WHERE id = %1").arg(id)).toString(); }
    // The call of mcs_transition() a client makes: a submission sends the course's snapshot at
    // its current row version (test_serverversions checks that part).
    QString transitionSql(qint64 id, WorkflowState to, const QString &comment)
    {
        if (to != WorkflowState::Submitted)
            return QStringLiteral("SELECT mcs_transition(%1, '%2', '%3', 0)").arg(id).arg(approvalStatusKey(to), comment);
        const auto c = CourseRepository(owner()).load(id, nullptr);
        return QStringLiteral("SELECT mcs_transition(%1, 'submitted', '%2', %3, $snap$%4$snap$)")
            .arg(id)
            .arg(comment)
            .arg(c->rowVersion)
            .arg(QString::fromUtf8(courseToExchangeJson(*c)));
    }

    QString lecturer, colleague, outsider, head, otherHead, cflex, sme, otherSme, admin;
    qint64 courseA = 0;
    qint64 courseB = 0;
};

TEST_F(ServerSecurityTest, LecturersEditOnlyTheirTeamsCoursesAndReadTheOthers)
{
    auto db = as(lecturer);
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    auto a = repo.load(courseA, nullptr);
    ASSERT_TRUE(a);
    a->title = QStringLiteral("Micro-Credential in Visual Analytics");
    const StoreResult saved = repo.save(&*a, lecturer);
    ASSERT_TRUE(saved.ok()) << saved.message.toStdString();
    EXPECT_EQ(a->rowVersion, 2);

    // Course B is another team's: readable, not writable, whichever way it is tried.
    auto b = repo.load(courseB, nullptr);
    ASSERT_TRUE(b);
    b->title = QStringLiteral("Hijacked");
    const StoreResult refused = repo.save(&*b, lecturer);
    EXPECT_EQ(refused.status, StoreResult::Status::Failed);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("does not let you change"))) << refused.message.toStdString();
    int rows = -1;
    EXPECT_TRUE(run(*db, QStringLiteral("UPDATE course SET title = 'x' WHERE id = %1").arg(courseB), nullptr, &rows));
    EXPECT_EQ(rows, 0); // row-level security hides it from the update
    EXPECT_TRUE(run(*db, QStringLiteral("DELETE FROM course WHERE id = %1").arg(courseB), nullptr, &rows));
    EXPECT_EQ(rows, 0);
    EXPECT_EQ(scalar(*db, QStringLiteral("SELECT title FROM course WHERE id = %1").arg(courseB)).toString(),
              QStringLiteral("Micro-Credential in Data Visualisation"));
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT count(*) FROM course_lecturer WHERE course_id = %1").arg(courseB)).toInt(), 1);

    // Child rows only together with the course row, in the same transaction.
    QString error;
    EXPECT_FALSE(run(*db, QStringLiteral("INSERT INTO course_clo (course_id, position, code) VALUES (%1, 9, 'CLO9')").arg(courseA), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("row-level security"))) << error.toStdString();
    EXPECT_FALSE(run(*db, QStringLiteral("INSERT INTO course_clo (course_id, position, code) VALUES (%1, 9, 'CLO9')").arg(courseB), &error));

    // The state changes only through a transition.
    EXPECT_FALSE(run(*db, QStringLiteral("UPDATE course SET status = 'approved_for_development' WHERE id = %1").arg(courseA), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("only through a workflow transition"))) << error.toStdString();
    EXPECT_EQ(statusOf(courseA), QStringLiteral("draft"));

    // Someone outside the team is refused on A as well.
    auto out = as(outsider);
    ASSERT_TRUE(out);
    auto a2 = CourseRepository(*out).load(courseA, nullptr);
    ASSERT_TRUE(a2);
    a2->synopsis = QStringLiteral("Rewritten by an outsider");
    EXPECT_EQ(CourseRepository(*out).save(&*a2, outsider).status, StoreResult::Status::Failed);
}

TEST_F(ServerSecurityTest, ANewCourseIsADraftOfItsCreatorWhoAloneIsRecordedAsSuch)
{
    auto db = as(outsider);
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    Course c = test::sampleCourse(QStringLiteral("MC777"), 1, 1);
    c.lecturers.clear(); // not on any team: the creator still edits it
    c.status = ApprovalStatus::Draft;
    ASSERT_TRUE(repo.save(&c, QStringLiteral("someone-else")).ok());
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT created_by FROM course WHERE id = %1").arg(c.id)).toString(), outsider);
    c.title = QStringLiteral("Micro-Credential in Charts");
    EXPECT_TRUE(repo.save(&c, outsider).ok());

    Course offered = test::sampleCourse(QStringLiteral("MC778"), 1, 1);
    offered.status = ApprovalStatus::Offered;
    const StoreResult r = repo.save(&offered, outsider);
    EXPECT_EQ(r.status, StoreResult::Status::Failed);
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT count(*) FROM course WHERE code = 'MC778'")).toInt(), 0);
}

TEST_F(ServerSecurityTest, MilestonesAreCflexsOnceTheProposalIsApproved)
{
    setStatus(courseA, WorkflowState::InDevelopment);
    auto db = as(lecturer);
    ASSERT_TRUE(db);
    CourseRepository repo(*db);
    auto a = repo.load(courseA, nullptr);
    ASSERT_TRUE(a);
    a->synopsis = QStringLiteral("Developed further.");
    ASSERT_TRUE(repo.save(&*a, lecturer).ok()); // unchanged milestones are not rewritten
    a->milestones[0].notes = QStringLiteral("Done early, honest");
    EXPECT_EQ(repo.save(&*a, lecturer).status, StoreResult::Status::Failed);
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT count(*) FROM milestone WHERE notes = 'Done early, honest'")).toInt(), 0);
    int rows = -1;
    EXPECT_TRUE(run(*db, QStringLiteral("UPDATE milestone SET notes = 'x' WHERE course_id = %1").arg(courseA), nullptr, &rows));
    EXPECT_EQ(rows, 0);

    auto office = as(cflex);
    ASSERT_TRUE(office);
    EXPECT_TRUE(run(*office, QStringLiteral("UPDATE milestone SET notes = 'checked' WHERE course_id = %1").arg(courseA), nullptr, &rows));
    EXPECT_EQ(rows, 8);
    auto a2 = CourseRepository(*office).load(courseA, nullptr);
    ASSERT_TRUE(a2);
    a2->milestones[2].actualCompletion = QDate(2026, 11, 30);
    EXPECT_TRUE(CourseRepository(*office).save(&*a2, cflex).ok());
    // Not in an editable state any more: the lecturer cannot save at all.
    setStatus(courseA, WorkflowState::UnderCflexReview);
    auto a3 = repo.load(courseA, nullptr);
    ASSERT_TRUE(a3);
    a3->synopsis = QStringLiteral("Changed under review");
    EXPECT_EQ(repo.save(&*a3, lecturer).status, StoreResult::Status::Failed);
}

TEST_F(ServerSecurityTest, OnlyCflexAndAdminReadNricsAndTheSigningKey)
{
    ASSERT_TRUE(run(owner(), QStringLiteral("INSERT INTO learner (name, nric, nationality) VALUES"
                                            " ('Siti Aminah', '900101-13-5678', 'Malaysian')")));
    // The statements' signing key (schema v4, IssuerRepository makes it on first use).
    ASSERT_TRUE(run(owner(), QStringLiteral("INSERT INTO issuer_key (kid, private_pem, public_pem, created_at)"
                                            " VALUES ('k1', '-----BEGIN PRIVATE KEY-----', '-----BEGIN PUBLIC KEY-----', now())")));
    ASSERT_TRUE(run(owner(), QStringLiteral("CREATE TABLE course_note (id BIGINT PRIMARY KEY, text TEXT)")));
    QString error;
    ASSERT_TRUE(ServerSecurity::apply(owner(), &error)) << error.toStdString(); // re-run after "later migrations"

    for (const QString &login : {lecturer, head, sme}) {
        SCOPED_TRACE(login.toStdString());
        auto db = as(login);
        ASSERT_TRUE(db);
        EXPECT_FALSE(scalar(*db, QStringLiteral("SELECT nric FROM learner"), &error).isValid());
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        EXPECT_FALSE(scalar(*db, QStringLiteral("SELECT passport_no FROM learner"), &error).isValid());
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT name FROM learner")).toString(), QStringLiteral("Siti Aminah"));
        EXPECT_FALSE(scalar(*db, QStringLiteral("SELECT private_pem FROM issuer_key"), &error).isValid());
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        EXPECT_TRUE(scalar(*db, QStringLiteral("SELECT count(*) FROM course_note")).isValid());
        EXPECT_FALSE(run(*db, QStringLiteral("INSERT INTO course_note VALUES (1, 'x')"), &error));
    }
    for (const QString &login : {cflex, admin}) {
        SCOPED_TRACE(login.toStdString());
        auto db = as(login);
        ASSERT_TRUE(db);
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT nric FROM learner")).toString(), QStringLiteral("900101-13-5678"));
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT private_pem FROM issuer_key")).toString(),
                  QStringLiteral("-----BEGIN PRIVATE KEY-----"));
    }
}

TEST_F(ServerSecurityTest, CflexManagesOfferingsResultsStatementsAndSmes)
{
    auto office = as(cflex);
    auto lect = as(lecturer);
    ASSERT_TRUE(office && lect);
    QString error;
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO offering (id, course_id, name) VALUES (1, %1, 'Cohort 1')").arg(courseA), &error))
        << error.toStdString();
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO learner (id, name, nric) VALUES (1, 'Tan Mei Ling', '010203-04-0506')"), &error))
        << error.toStdString();
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO enrolment (id, offering_id, learner_id, result) VALUES (1, 1, 1, 'enrolled')"), &error))
        << error.toStdString();
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO statement (enrolment_id, serial, issued_at) VALUES (1, 'MMS-0001', now())"), &error))
        << error.toStdString();
    EXPECT_FALSE(run(*lect, QStringLiteral("INSERT INTO offering (course_id, name) VALUES (%1, 'Mine')").arg(courseA), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    EXPECT_FALSE(run(*lect, QStringLiteral("UPDATE enrolment SET grade = 'A'"), &error));
    EXPECT_FALSE(run(*lect, QStringLiteral("SELECT serial FROM statement"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();

    EXPECT_TRUE(WorkflowRepository(*office).assignSme(courseB, otherSme, cflex).ok());
    const StoreResult r = WorkflowRepository(*lect).assignSme(courseA, lecturer, lecturer);
    EXPECT_EQ(r.status, StoreResult::Status::Failed);
    EXPECT_TRUE(r.message.contains(QStringLiteral("permission denied"))) << r.message.toStdString();
    QStringList smes;
    ASSERT_TRUE(WorkflowRepository(*lect).smes(courseA, &smes, nullptr));
    EXPECT_EQ(smes, QStringList{sme});
}

TEST_F(ServerSecurityTest, TheAuditTrailIsWrittenByTriggersAndReadByCflexAndAdminOnly)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    {
        auto db = as(lecturer);
        ASSERT_TRUE(db);
        auto a = CourseRepository(*db).load(courseA, nullptr);
        ASSERT_TRUE(a);
        a->title = QStringLiteral("Micro-Credential in Visual Analytics");
        ASSERT_TRUE(CourseRepository(*db).save(&*a, lecturer).ok());
        QString error;
        EXPECT_FALSE(run(*db, QStringLiteral("INSERT INTO audit_log (at, who, table_name) VALUES (now(), 'nobody', 'course')"), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        EXPECT_FALSE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"), &error).isValid());
        EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
        QVector<AuditEntry> none;
        EXPECT_FALSE(AuditRepository(*db).query({}, &none, &error));
    }
    auto office = as(cflex);
    ASSERT_TRUE(office);
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO offering (id, course_id, name) VALUES (1, %1, 'Cohort 1')").arg(courseA)));
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO learner (id, name) VALUES (1, 'Tan Mei Ling')")));
    ASSERT_TRUE(run(*office, QStringLiteral("INSERT INTO enrolment (id, offering_id, learner_id, result) VALUES (1, 1, 1, 'enrolled')")));
    ASSERT_TRUE(run(*office, QStringLiteral("UPDATE enrolment SET marks = 81, grade = 'A-', result = 'pass' WHERE id = 1")));
    QString error;
    EXPECT_FALSE(run(*office, QStringLiteral("DELETE FROM audit_log"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    EXPECT_FALSE(run(*office, QStringLiteral("UPDATE audit_log SET who = 'nobody'"), &error));

    AuditRepository audit(*office);
    QVector<AuditEntry> rows;
    AuditFilter byLecturer;
    byLecturer.who = lecturer;
    ASSERT_TRUE(audit.query(byLecturer, &rows, &error)) << error.toStdString();
    ASSERT_EQ(rows.size(), 1); // the course row; unchanged milestones were not touched
    EXPECT_EQ(rows[0].tableName, QStringLiteral("course"));
    EXPECT_EQ(rows[0].courseId, courseA);
    EXPECT_EQ(rows[0].courseCode, QStringLiteral("TMN4031MC"));
    EXPECT_EQ(rows[0].recordId, QString::number(courseA));
    EXPECT_EQ(rows[0].at.date(), today);
    EXPECT_EQ(QJsonDocument::fromJson(rows[0].oldValues.toUtf8()).object().value(QStringLiteral("title")).toString(),
              QStringLiteral("Micro-Credential in Data Visualisation"));
    EXPECT_EQ(QJsonDocument::fromJson(rows[0].newValues.toUtf8()).object().value(QStringLiteral("title")).toString(),
              QStringLiteral("Micro-Credential in Visual Analytics"));
    EXPECT_EQ(QJsonDocument::fromJson(rows[0].newValues.toUtf8()).object().value(QStringLiteral("updated_by")).toString(),
              lecturer);

    AuditFilter results;
    results.tableName = QStringLiteral("enrolment");
    ASSERT_TRUE(audit.query(results, &rows, &error));
    ASSERT_EQ(rows.size(), 2); // newest first: the update, then the insert
    EXPECT_EQ(rows[0].who, cflex);
    EXPECT_EQ(rows[0].courseId, courseA);
    EXPECT_EQ(QJsonDocument::fromJson(rows[0].newValues.toUtf8()).object().value(QStringLiteral("grade")).toString(),
              QStringLiteral("A-"));
    EXPECT_TRUE(rows[1].oldValues.isEmpty());

    AuditFilter byCourse;
    byCourse.courseId = courseA;
    byCourse.who = cflex;
    ASSERT_TRUE(audit.query(byCourse, &rows, &error));
    EXPECT_EQ(rows.size(), 3); // offering insert, enrolment insert and update
    byCourse.from = today.addDays(-1);
    byCourse.to = today;
    ASSERT_TRUE(audit.query(byCourse, &rows, &error));
    EXPECT_EQ(rows.size(), 3);
    byCourse.to = today.addDays(-1);
    ASSERT_TRUE(audit.query(byCourse, &rows, &error));
    EXPECT_EQ(rows.size(), 0);
    QStringList people;
    ASSERT_TRUE(audit.people(&people, &error));
    EXPECT_TRUE(people.contains(lecturer));
    EXPECT_TRUE(people.contains(cflex));

    auto adm = as(admin);
    ASSERT_TRUE(adm);
    EXPECT_TRUE(AuditRepository(*adm).query(byLecturer, &rows, &error)) << error.toStdString();
    EXPECT_EQ(rows.size(), 1);
}

// Every transition of the table, attempted by a login of every role: only its own role succeeds.
TEST_F(ServerSecurityTest, TheServerEnforcesTheWholeTransitionMatrix)
{
    const std::vector<std::pair<Role, QString>> actors = {
        {Role::Lecturer, lecturer}, {Role::PtjHead, head}, {Role::Cflex, cflex}, {Role::Sme, sme}, {Role::Admin, admin}};
    std::map<QString, std::unique_ptr<Database>> connections;
    for (const auto &[role, login] : actors) {
        connections[login] = as(login);
        ASSERT_TRUE(connections[login]);
    }
    int succeeded = 0;
    int refused = 0;
    for (const WorkflowTransition &t : Workflow::transitions()) {
        for (const auto &[role, login] : actors) {
            SCOPED_TRACE(QStringLiteral("%1 -> %2 by %3").arg(approvalStatusKey(t.from), approvalStatusKey(t.to), roleKey(role)).toStdString());
            setStatus(courseA, t.from);
            QString error;
            const bool ok = run(*connections[login], transitionSql(courseA, t.to, QStringLiteral("Please revise CLO2.")), &error);
            EXPECT_EQ(ok, role == t.role) << error.toStdString();
            EXPECT_EQ(statusOf(courseA), approvalStatusKey(ok ? t.to : t.from));
            if (!ok) {
                EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
            }
            (ok ? succeeded : refused)++;
        }
    }
    EXPECT_EQ(succeeded, 13);
    EXPECT_EQ(refused, 52);
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT count(*) FROM course_transition WHERE course_id = %1").arg(courseA)).toInt(), 13);
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT who FROM course_transition WHERE to_state = 'endorsed_by_ptj'")).toString(), head);
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT comment FROM course_transition WHERE to_state = 'vetted_by_sme'")).toString(),
              QStringLiteral("Please revise CLO2."));
}

TEST_F(ServerSecurityTest, TheRoleMustStandInTheRightRelationAndReturnsNeedAComment)
{
    auto call = [&](const QString &login, qint64 course, WorkflowState to, const QString &comment, QString *error) {
        auto db = as(login);
        return db && run(*db, transitionSql(course, to, comment), error);
    };
    QString error;
    EXPECT_FALSE(call(outsider, courseA, WorkflowState::Submitted, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not on the team"))) << error.toStdString();
    EXPECT_FALSE(call(lecturer, courseB, WorkflowState::Submitted, {}, &error));
    EXPECT_TRUE(call(colleague, courseA, WorkflowState::Submitted, {}, &error)) << error.toStdString();

    EXPECT_FALSE(call(otherHead, courseA, WorkflowState::EndorsedByPtj, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not the head"))) << error.toStdString();
    EXPECT_FALSE(call(head, courseA, WorkflowState::ReturnedForRevision, QStringLiteral("   "), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("needs a comment"))) << error.toStdString();
    EXPECT_EQ(statusOf(courseA), QStringLiteral("submitted"));
    EXPECT_FALSE(call(cflex, courseA, WorkflowState::ApprovedForDevelopment, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("cannot go"))) << error.toStdString();

    setStatus(courseA, WorkflowState::InDevelopment);
    EXPECT_FALSE(call(otherSme, courseA, WorkflowState::VettedBySme, {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not the SME"))) << error.toStdString();
    EXPECT_TRUE(call(sme, courseA, WorkflowState::VettedBySme, QStringLiteral("Videos fine."), &error)) << error.toStdString();

    // The thread of transitions is written by the function only.
    auto db = as(lecturer);
    ASSERT_TRUE(db);
    EXPECT_FALSE(run(*db, QStringLiteral("INSERT INTO course_transition (course_id, from_state, to_state, who, at)"
                                         " VALUES (%1, 'draft', 'offered', 'me', now())").arg(courseA), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
}

TEST_F(ServerSecurityTest, TheRepositorySeesThePersonAndTheirTasksAsTheServerDoes)
{
    setStatus(courseA, WorkflowState::Submitted);
    setStatus(courseB, WorkflowState::Submitted);
    auto db = as(head);
    ASSERT_TRUE(db);
    WorkflowRepository repo(*db);
    WorkflowPerson me;
    QString error;
    ASSERT_TRUE(repo.person(QStringLiteral("ignored"), &me, &error)) << error.toStdString();
    EXPECT_EQ(me.login, head);
    EXPECT_FALSE(me.everyRole);
    EXPECT_EQ(me.roles, QVector<Role>{Role::PtjHead});
    EXPECT_EQ(me.ptj, kFcsit);
    QVector<WorkflowTask> tasks;
    ASSERT_TRUE(repo.tasks(me, &tasks, &error)) << error.toStdString();
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks[0].course.code, QStringLiteral("MC002"));
    EXPECT_FALSE(tasks[0].waitingForMe); // another PTj's
    EXPECT_TRUE(tasks[1].waitingForMe);

    auto a = CourseRepository(*db).load(courseA, nullptr);
    ASSERT_TRUE(a);
    qint64 version = 0;
    StoreResult r = repo.transition(courseA, WorkflowState::EndorsedByPtj, {}, head, a->rowVersion + 5, &version);
    EXPECT_EQ(r.status, StoreResult::Status::Conflict) << r.message.toStdString();
    r = repo.transition(courseA, WorkflowState::EndorsedByPtj, QStringLiteral("Fits our PTj plan."), head, a->rowVersion, &version);
    ASSERT_TRUE(r.ok()) << r.message.toStdString();
    EXPECT_EQ(version, a->rowVersion + 1);
    r = repo.transition(courseB, WorkflowState::EndorsedByPtj, {}, head, 0, &version);
    EXPECT_EQ(r.status, StoreResult::Status::Failed);
    EXPECT_TRUE(r.message.contains(QStringLiteral("not the head"))) << r.message.toStdString();
    QVector<WorkflowEvent> thread;
    ASSERT_TRUE(repo.history(courseA, &thread, &error));
    ASSERT_EQ(thread.size(), 1);
    EXPECT_EQ(thread[0].who, head);
    EXPECT_EQ(thread[0].from, WorkflowState::Submitted);
    EXPECT_EQ(thread[0].to, WorkflowState::EndorsedByPtj);
    EXPECT_EQ(thread[0].comment, QStringLiteral("Fits our PTj plan."));

    auto lect = as(lecturer);
    ASSERT_TRUE(lect);
    WorkflowPerson lecturerPerson;
    ASSERT_TRUE(WorkflowRepository(*lect).person({}, &lecturerPerson, &error));
    EXPECT_EQ(lecturerPerson.roles, QVector<Role>{Role::Lecturer});
    EXPECT_TRUE(lecturerPerson.teamCourses.contains(courseA));
    EXPECT_FALSE(lecturerPerson.teamCourses.contains(courseB));
    auto smeDb = as(sme);
    WorkflowPerson smePerson;
    ASSERT_TRUE(WorkflowRepository(*smeDb).person({}, &smePerson, &error));
    EXPECT_EQ(smePerson.smeCourses, QSet<qint64>{courseA});
}

// Two lecturers of the team save the same course at the same moment, ten times over: each time
// exactly one save wins and the other is told of the conflict; no update is lost.
TEST_F(ServerSecurityTest, TwoConnectionsRacingToSaveOneCourseLoseNoUpdate)
{
    constexpr int kRounds = 10;
    std::mutex mutex;
    std::condition_variable cv;
    int arrived = 0;
    int generation = 0;
    auto barrier = [&]() {
        std::unique_lock<std::mutex> lock(mutex);
        const int gen = generation;
        if (++arrived == 2) {
            arrived = 0;
            ++generation;
            cv.notify_all();
        } else {
            cv.wait(lock, [&]() { return generation != gen; });
        }
    };
    std::vector<int> wins(2, 0), conflicts(2, 0), failures(2, 0);
    auto worker = [&](int who, ServerParams params) {
        QString error;
        auto db = Database::openPostgres(params, &error);
        for (int round = 0; round < kRounds; ++round) {
            std::optional<Course> c;
            if (db)
                c = CourseRepository(*db).load(courseA, nullptr);
            barrier(); // both hold the same version
            if (!c) {
                ++failures[who];
                barrier();
                continue;
            }
            c->synopsis = QStringLiteral("round %1 by %2").arg(round).arg(who);
            const StoreResult r = CourseRepository(*db).save(&*c, params.user);
            if (r.ok())
                ++wins[who];
            else if (r.status == StoreResult::Status::Conflict)
                ++conflicts[who];
            else
                ++failures[who];
            barrier(); // both done before the next round loads
        }
    };
    std::thread first(worker, 0, paramsFor(lecturer));
    std::thread second(worker, 1, paramsFor(colleague));
    first.join();
    second.join();
    EXPECT_EQ(failures[0] + failures[1], 0);
    EXPECT_EQ(wins[0] + wins[1], kRounds);
    EXPECT_EQ(conflicts[0] + conflicts[1], kRounds);
    EXPECT_EQ(scalar(owner(), QStringLiteral("SELECT row_version FROM course WHERE id = %1").arg(courseA)).toInt(), 1 + kRounds);
    EXPECT_TRUE(scalar(owner(), QStringLiteral("SELECT synopsis FROM course WHERE id = %1").arg(courseA))
                    .toString()
                    .startsWith(QStringLiteral("round %1 by").arg(kRounds - 1)));
}

TEST(ServerSecurityUnit, TheScramVerifierMatchesRfc7677)
{
    // RFC 7677's example: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 rounds.
    const QString v = ServerSecurity::scramVerifier(QStringLiteral("pencil"),
                                                    QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
    // ServerKey signs the RFC's AuthMessage to its v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=
    // (checked with Python's hashlib); StoredKey = SHA-256(HMAC(SaltedPassword, "Client Key")).
    EXPECT_EQ(v, QStringLiteral("SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:"
                                "wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="));
    EXPECT_TRUE(ServerSecurity::isValidLogin(QStringLiteral("nahassan")));
    EXPECT_TRUE(ServerSecurity::isValidLogin(QStringLiteral("lim.wj-2")));
    EXPECT_FALSE(ServerSecurity::isValidLogin(QStringLiteral("a\"; DROP ROLE x; --")));
    EXPECT_FALSE(ServerSecurity::isValidLogin(QStringLiteral("mcs_cflex")));
    EXPECT_FALSE(ServerSecurity::isValidLogin(QStringLiteral("pg_monitor")));
    EXPECT_FALSE(ServerSecurity::isValidLogin(QString()));
}

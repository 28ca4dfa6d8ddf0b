#include "serversecurity.h"

#include "database.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ServerSecurity)
};

const Role kAllRoles[] = {Role::Lecturer, Role::PtjHead, Role::Cflex, Role::Sme, Role::Admin};

// Tables of the course proposal written by the course team in one save (CourseRepository).
const char *const kCourseChildren[] = {"course_lecturer", "course_clo", "assessment_component", "learning_unit",
                                       "attachment"};
// Tables whose changes the audit trail records (issue 9: courses, results, statements; plus the
// records around them whose changes matter to an auditor).
const char *const kAudited[] = {"course", "milestone", "course_sme", "offering", "learner",
                                "enrolment", "statement", "person", "person_role"};
// Every table this layer gives rules to; any other table (a later migration's) gets the
// default of unknownTableGrants().
const char *const kKnownTables[] = {"mcs_meta", "person", "person_role", "course", "course_lecturer", "course_clo",
                                    "assessment_component", "learning_unit", "activity", "milestone", "attachment",
                                    "slt_rate_table", "audit_log", "offering", "learner", "enrolment", "statement",
                                    "course_transition", "course_sme", "issuer_key", "course_version"};

QString all()
{
    return ServerSecurity::groupRoles().join(QStringLiteral(", "));
}

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString editableStates()
{
    QStringList keys;
    for (WorkflowState s : allApprovalStatuses())
        if (Workflow::teamMayEdit(s))
            keys.append(quoted(approvalStatusKey(s)));
    return keys.join(QStringLiteral(", "));
}

// The transition table of the domain (workflow.cpp) as SQL rows: one source of truth.
QString transitionRows()
{
    QStringList rows;
    for (const WorkflowTransition &t : Workflow::transitions())
        rows.append(QStringLiteral("(%1, %2, %3, %4)")
                        .arg(quoted(approvalStatusKey(t.from)), quoted(approvalStatusKey(t.to)), quoted(roleKey(t.role)),
                             t.commentRequired ? QStringLiteral("true") : QStringLiteral("false")));
    return rows.join(QStringLiteral(", "));
}

void policy(QStringList *out, const QString &table, const QString &name, const QString &rest)
{
    out->append(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table));
    out->append(QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, rest));
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

QString ServerSecurity::groupRole(Role role)
{
    return QStringLiteral("mcs_") + roleKey(role);
}

QStringList ServerSecurity::groupRoles()
{
    QStringList out;
    for (Role r : kAllRoles)
        out.append(groupRole(r));
    return out;
}

bool ServerSecurity::isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive)
        && !groupRoles().contains(login.toLower());
}

QString ServerSecurity::scramVerifier(const QString &password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    }
    // SASLprep, approximately: NFKC (identity for the ASCII passwords most people choose).
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    // PBKDF2-HMAC-SHA-256 with one output block: Hi() of RFC 5802.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray u = mac.result();
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int b = 0; b < salted.size(); ++b)
            salted[b] = char(salted[b] ^ u[b]);
    }
    const QByteArray clientKey = hmac(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QStringList ServerSecurity::statements(const QString &schema)
{
    const QString everyone = all();
    const QString lecturer = groupRole(Role::Lecturer);
    const QString cflex = groupRole(Role::Cflex);
    const QString admin = groupRole(Role::Admin);
    const QString office = cflex + QStringLiteral(", ") + admin;
    QStringList s;

    // Helper functions. "Privileged": the tables' owner or a superuser, which is also who runs
    // inside the SECURITY DEFINER functions below.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION mcs_privileged(who text) RETURNS boolean LANGUAGE sql STABLE AS $f$"
        " SELECT pg_has_role(who::name, (SELECT relowner FROM pg_class WHERE oid = 'course'::regclass), 'USAGE') $f$");
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION mcs_member(who text, grp text) RETURNS boolean LANGUAGE sql STABLE AS $f$"
        " SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp)"
        " THEN pg_has_role(who::name, grp::name, 'MEMBER') ELSE false END $f$");
    // The course team: lecturers matched to people by staff id or e-mail, and whoever created it.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION mcs_on_team(who text, cid bigint) RETURNS boolean LANGUAGE sql STABLE AS $f$"
        " SELECT EXISTS (SELECT 1 FROM course_lecturer cl JOIN person p"
        "   ON (p.staff_id = cl.staff_id AND cl.staff_id <> '') OR (lower(p.email) = lower(cl.email) AND cl.email <> '')"
        "   WHERE cl.course_id = cid AND p.login = who)"
        " OR EXISTS (SELECT 1 FROM course c WHERE c.id = cid AND c.created_by = who) $f$");
    // True when the course row was written by this very transaction: a save writes the course
    // row first (which RLS allows only to its team) and then replaces its child rows, which
    // are therefore writable only together with the course.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION mcs_written_now(cid bigint) RETURNS boolean LANGUAGE sql VOLATILE AS $f$"
        " SELECT EXISTS (SELECT 1 FROM course c WHERE c.id = cid"
        "   AND c.xmin::text = (txid_current() % 4294967296)::text) $f$");

    // The guard: a course's state changes only through mcs_transition(); new courses start as
    // drafts; created_by/updated_by are the login, not what the client claims.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION mcs_course_guard() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN"
        " IF mcs_privileged(current_user) THEN RETURN NEW; END IF;"
        " IF TG_OP = 'INSERT' THEN"
        "   IF NEW.status <> 'draft' AND NOT mcs_member(current_user, 'mcs_admin') THEN"
        "     RAISE EXCEPTION 'permission denied: a new course starts as a draft' USING ERRCODE = '42501';"
        "   END IF;"
        "   NEW.created_by := current_user;"
        " ELSE"
        "   IF NEW.status IS DISTINCT FROM OLD.status THEN"
        "     RAISE EXCEPTION 'permission denied: the state of course % changes only through a workflow transition',"
        "       OLD.code USING ERRCODE = '42501';"
        "   END IF;"
        "   NEW.created_by := OLD.created_by; NEW.created_at := OLD.created_at;"
        " END IF;"
        " NEW.updated_by := current_user;"
        " RETURN NEW; END $f$");
    s << QStringLiteral("DROP TRIGGER IF EXISTS mcs_course_guard ON course");
    s << QStringLiteral("CREATE TRIGGER mcs_course_guard BEFORE INSERT OR UPDATE ON course"
                        " FOR EACH ROW EXECUTE FUNCTION mcs_course_guard()");

    // The four-argument function of the first release would make a four-argument call ambiguous.
    s << QStringLiteral("DROP FUNCTION IF EXISTS mcs_transition(bigint, text, text, bigint)");
    // The workflow transition (guideline 2.1, Figure 1): the only way to change a course's state.
    // Returns the new row version; -1 when the course moved on since expected_version (0: do not
    // check), -2 when it no longer exists. Refuses the wrong role with SQLSTATE 42501.
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION mcs_transition(p_course bigint, p_to text, p_comment text,"
             " p_row_version bigint, p_snapshot text DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER"
             " SET search_path = %1, pg_temp AS $f$"
             " DECLARE c record; t record; who text := session_user; v bigint;"
             " BEGIN"
             " SELECT id, code, status, faculty, row_version INTO c FROM course WHERE id = p_course FOR UPDATE;"
             " IF NOT FOUND THEN RETURN -2; END IF;"
             " IF coalesce(p_row_version, 0) > 0 AND c.row_version <> p_row_version THEN RETURN -1; END IF;"
             " SELECT * INTO t FROM (VALUES %2) AS w(from_state, to_state, role, comment_required)"
             "   WHERE w.from_state = c.status AND w.to_state = p_to;"
             " IF NOT FOUND THEN"
             "   RAISE EXCEPTION 'course % cannot go from % to %', c.code, c.status, p_to USING ERRCODE = '23514';"
             " END IF;"
             " IF NOT mcs_privileged(who) THEN"
             "   IF NOT mcs_member(who, 'mcs_' || t.role) THEN"
             "     RAISE EXCEPTION 'permission denied: only a member of mcs_% may take course % from % to %',"
             "       t.role, c.code, c.status, p_to USING ERRCODE = '42501';"
             "   ELSIF t.role = 'lecturer' AND NOT mcs_on_team(who, c.id) THEN"
             "     RAISE EXCEPTION 'permission denied: % is not on the team of course %', who, c.code"
             "       USING ERRCODE = '42501';"
             "   ELSIF t.role = 'ptj_head' AND NOT EXISTS (SELECT 1 FROM person p WHERE p.login = who"
             "       AND p.ptj IS NOT NULL AND p.ptj <> '' AND p.ptj = c.faculty) THEN"
             "     RAISE EXCEPTION 'permission denied: % is not the head of the PTj of course %', who, c.code"
             "       USING ERRCODE = '42501';"
             "   ELSIF t.role = 'sme' AND NOT EXISTS (SELECT 1 FROM course_sme s WHERE s.course_id = c.id"
             "       AND s.login = who) THEN"
             "     RAISE EXCEPTION 'permission denied: % is not the SME appointed to course %', who, c.code"
             "       USING ERRCODE = '42501';"
             "   END IF;"
             " END IF;"
             " IF t.comment_required AND coalesce(btrim(p_comment), '') = '' THEN"
             "   RAISE EXCEPTION 'returning course % needs a comment', c.code USING ERRCODE = '23514';"
             " END IF;"
             // Every submission keeps a snapshot of the whole course (issue 9), of exactly the
             // row version being submitted: the client sends it, the server checks it is that
             // course's exchange JSON and stores it with the step.
             " IF p_to = 'submitted' THEN"
             "   IF p_snapshot IS NULL OR coalesce(p_row_version, 0) <= 0 THEN"
             "     RAISE EXCEPTION 'submitting course % needs a snapshot of the course at its row version', c.code"
             "       USING ERRCODE = '23514';"
             "   END IF;"
             "   IF (p_snapshot::jsonb ->> 'format') IS DISTINCT FROM 'mcstudio-course'"
             "       OR (p_snapshot::jsonb -> 'form' ->> 'code') IS DISTINCT FROM c.code THEN"
             "     RAISE EXCEPTION 'the snapshot sent with the submission is not one of course %', c.code"
             "       USING ERRCODE = '23514';"
             "   END IF;"
             " END IF;"
             " UPDATE course SET status = p_to, row_version = row_version + 1, updated_by = who, updated_at = now()"
             "   WHERE id = c.id RETURNING row_version INTO v;"
             " INSERT INTO course_transition (course_id, from_state, to_state, who, at, comment)"
             "   VALUES (c.id, c.status, p_to, who, now(), NULLIF(btrim(p_comment), ''));"
             " IF p_to = 'submitted' THEN"
             "   INSERT INTO course_version (course_id, number, taken_at, taken_by, reason, course_row_version, snapshot)"
             "     SELECT c.id, coalesce(max(number), 0) + 1, now(), who, 'submitted', v, p_snapshot"
             "     FROM course_version WHERE course_id = c.id;"
             " END IF;"
             " RETURN v;"
             " END $f$")
             .arg(schema, transitionRows());
    s << QStringLiteral("REVOKE ALL ON FUNCTION mcs_transition(bigint, text, text, bigint, text) FROM PUBLIC");
    s << QStringLiteral("GRANT EXECUTE ON FUNCTION mcs_transition(bigint, text, text, bigint, text) TO %1").arg(everyone);

    // The audit trail: written by this trigger only (nobody holds INSERT on audit_log), with the
    // login (session_user, also inside SECURITY DEFINER functions) and old/new rows as jsonb.
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION mcs_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
             " SET search_path = %1, pg_temp AS $f$"
             " DECLARE o jsonb; n jsonb; r jsonb; cid bigint; rid text;"
             " BEGIN"
             " IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;"
             " IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;"
             " r := coalesce(n, o);"
             " rid := coalesce(r->>'id', concat_ws(':', coalesce(r->>'course_id', r->>'person_id'),"
             "   coalesce(r->>'number', r->>'login', r->>'role')));"
             " cid := CASE TG_TABLE_NAME"
             "   WHEN 'course' THEN (r->>'id')::bigint"
             "   WHEN 'enrolment' THEN (SELECT course_id FROM offering WHERE id = (r->>'offering_id')::bigint)"
             "   WHEN 'statement' THEN (SELECT o2.course_id FROM enrolment e JOIN offering o2 ON o2.id = e.offering_id"
             "     WHERE e.id = (r->>'enrolment_id')::bigint)"
             "   ELSE (r->>'course_id')::bigint END;"
             " INSERT INTO audit_log (at, who, table_name, record_id, course_id, old_values, new_values)"
             "   VALUES (clock_timestamp(), session_user, TG_TABLE_NAME, rid, cid, o, n);"
             " RETURN NULL;"
             " END $f$")
             .arg(schema);
    s << QStringLiteral("REVOKE ALL ON FUNCTION mcs_audit() FROM PUBLIC");
    for (const char *t : kAudited) {
        const QString table = QString::fromLatin1(t);
        s << QStringLiteral("DROP TRIGGER IF EXISTS mcs_audit ON %1").arg(table);
        s << QStringLiteral("CREATE TRIGGER mcs_audit AFTER INSERT OR UPDATE OR DELETE ON %1"
                            " FOR EACH ROW EXECUTE FUNCTION mcs_audit()")
                 .arg(table);
    }

    // Privileges. Nothing for PUBLIC; every group reads the course records.
    s << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC").arg(schema);
    s << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(schema, everyone);
    s << QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, everyone);
    s << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, everyone);
    s << QStringLiteral("GRANT SELECT ON mcs_meta, person, person_role, course, course_lecturer, course_clo,"
                        " assessment_component, learning_unit, activity, milestone, attachment, slt_rate_table,"
                        " offering, course_transition, course_sme TO %1")
             .arg(everyone);
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON course, course_lecturer, course_clo, assessment_component,"
                        " learning_unit, activity, milestone, attachment TO %1, %2")
             .arg(lecturer, office);
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON person, person_role TO %1").arg(admin);
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON course_sme, offering, learner, enrolment, statement,"
                        " slt_rate_table TO %1")
             .arg(office);
    // Learners' identity numbers (NRIC, passport) are for CFLEX and the administrator only.
    s << QStringLiteral("GRANT SELECT (id, name, nationality, email) ON learner TO %1").arg(everyone);
    s << QStringLiteral("GRANT SELECT ON learner, enrolment, statement, audit_log TO %1").arg(office);

    // Row-level security: lecturers write only their team's courses, and only in the states in
    // which the team edits (Workflow::teamMayEdit); everyone reads every proposal.
    s << QStringLiteral("ALTER TABLE course ENABLE ROW LEVEL SECURITY");
    policy(&s, QStringLiteral("course"), QStringLiteral("mcs_read"), QStringLiteral("FOR SELECT TO %1 USING (true)").arg(everyone));
    policy(&s, QStringLiteral("course"), QStringLiteral("mcs_office"),
           QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(office));
    policy(&s, QStringLiteral("course"), QStringLiteral("mcs_team_insert"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (status = 'draft')").arg(lecturer));
    policy(&s, QStringLiteral("course"), QStringLiteral("mcs_team_update"),
           QStringLiteral("FOR UPDATE TO %1 USING (mcs_on_team(current_user, id) AND status IN (%2))")
               .arg(lecturer, editableStates()));
    policy(&s, QStringLiteral("course"), QStringLiteral("mcs_team_delete"),
           QStringLiteral("FOR DELETE TO %1 USING (mcs_on_team(current_user, id) AND status = 'draft')").arg(lecturer));
    auto childPolicies = [&](const QString &table, const QString &courseExpr, const QString &teamCondition) {
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        policy(&s, table, QStringLiteral("mcs_read"), QStringLiteral("FOR SELECT TO %1 USING (true)").arg(everyone));
        policy(&s, table, QStringLiteral("mcs_office"),
               QStringLiteral("FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(office));
        policy(&s, table, QStringLiteral("mcs_team"),
               QStringLiteral("FOR ALL TO %1 USING (%2) WITH CHECK (%2)")
                   .arg(lecturer, teamCondition.arg(courseExpr)));
    };
    const QString writtenNow = QStringLiteral("mcs_written_now(%1)");
    for (const char *t : kCourseChildren)
        childPolicies(QString::fromLatin1(t), QStringLiteral("course_id"), writtenNow);
    childPolicies(QStringLiteral("activity"), QStringLiteral("(SELECT u.course_id FROM learning_unit u WHERE u.id = unit_id)"),
                  writtenNow);
    // Milestones (Table 3) are CFLEX's to track; the team plans them only with the proposal.
    childPolicies(QStringLiteral("milestone"), QStringLiteral("course_id"),
                  QStringLiteral("mcs_written_now(%1) AND EXISTS (SELECT 1 FROM course c WHERE c.id = %1"
                                 " AND c.status IN ('draft', 'returned_for_revision'))"));

    // Version history (schema v6): everyone reads every version; the course's team and the office
    // add "saved" and "checked in" versions; a "submitted" version comes only with a submission
    // (mcs_transition()); nobody changes or removes a version (it goes only with its course).
    // Who and when are the server's, not what the client claims.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION mcs_version_guard() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN"
        " IF NOT mcs_privileged(current_user) THEN"
        "   NEW.taken_by := session_user; NEW.taken_at := now();"
        " END IF;"
        " RETURN NEW; END $f$");
    s << QStringLiteral("DROP TRIGGER IF EXISTS mcs_version_guard ON course_version");
    s << QStringLiteral("CREATE TRIGGER mcs_version_guard BEFORE INSERT ON course_version"
                        " FOR EACH ROW EXECUTE FUNCTION mcs_version_guard()");
    s << QStringLiteral("GRANT SELECT ON course_version TO %1").arg(everyone);
    s << QStringLiteral("GRANT INSERT ON course_version TO %1, %2").arg(lecturer, office);
    s << QStringLiteral("ALTER TABLE course_version ENABLE ROW LEVEL SECURITY");
    policy(&s, QStringLiteral("course_version"), QStringLiteral("mcs_read"),
           QStringLiteral("FOR SELECT TO %1 USING (true)").arg(everyone));
    policy(&s, QStringLiteral("course_version"), QStringLiteral("mcs_office"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (reason <> 'submitted')").arg(office));
    policy(&s, QStringLiteral("course_version"), QStringLiteral("mcs_team"),
           QStringLiteral("FOR INSERT TO %1 WITH CHECK (reason <> 'submitted' AND mcs_on_team(current_user, course_id))")
               .arg(lecturer));
    return s;
}

bool ServerSecurity::isApplied(Database &db)
{
    if (db.backend() != Database::Backend::Postgres)
        return false;
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'mcs_transition'"
                       " AND pronamespace = current_schema()::regnamespace)"));
    return db.exec(q) && q.next() && q.value(0).toBool();
}

bool ServerSecurity::apply(Database &db, QString *error)
{
    if (db.backend() != Database::Backend::Postgres) {
        *error = Tr::tr("the security layer exists only on a PostgreSQL server");
        return false;
    }
    // Group roles first, each in its own statement outside any transaction: they belong to the
    // cluster, and another database's init may be creating the same one right now.
    for (const QString &group : groupRoles()) {
        const QString sql = QStringLiteral(
                                "DO $d$ BEGIN"
                                " IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                                "   CREATE ROLE %1 NOLOGIN;"
                                " END IF;"
                                " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;"
                                " END $d$")
                                .arg(group);
        if (!db.exec(sql)) {
            *error = Tr::tr("cannot create the group role %1: %2").arg(group, db.lastError());
            return false;
        }
    }
    QSqlQuery schemaQuery = db.prepare(QStringLiteral("SELECT quote_ident(current_schema())"));
    if (!db.exec(schemaQuery) || !schemaQuery.next()) {
        *error = db.lastError();
        return false;
    }
    const QString schema = schemaQuery.value(0).toString();
    schemaQuery.finish();

    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError();
        return false;
    }
    // Two administrators initialising the same database at once take turns.
    QSqlQuery lock = db.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(qint64(0x4D435345)); // "MCSE"
    if (!db.exec(lock)) {
        *error = db.lastError();
        return false;
    }
    lock.finish();
    for (const QString &sql : statements(schema)) {
        if (!db.exec(sql)) {
            *error = Tr::tr("cannot apply the security layer: %1").arg(db.lastError());
            return false;
        }
    }
    // The signing key of statements (issue 8, a later schema) and any table this layer does not
    // know yet: readable by every group, written by CFLEX and the administrator; the key only
    // by them at all.
    QSqlQuery tables = db.prepare(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"));
    if (!db.exec(tables)) {
        *error = db.lastError();
        return false;
    }
    QStringList others;
    bool hasIssuerKey = false;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        bool known = false;
        for (const char *k : kKnownTables)
            known = known || name == QLatin1String(k);
        hasIssuerKey = hasIssuerKey || name == QLatin1String("issuer_key");
        if (!known)
            others.append(name);
    }
    tables.finish();
    QStringList extra;
    const QString office = groupRole(Role::Cflex) + QStringLiteral(", ") + groupRole(Role::Admin);
    if (hasIssuerKey)
        extra << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON issuer_key TO %1").arg(office);
    for (const QString &t : others) {
        extra << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, all());
        extra << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(t, office);
    }
    for (const QString &sql : extra) {
        if (!db.exec(sql)) {
            *error = Tr::tr("cannot apply the security layer: %1").arg(db.lastError());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = Tr::tr("cannot apply the security layer: %1").arg(db.lastError());
        return false;
    }
    return true;
}

bool ServerSecurity::addUser(Database &db, const NewUser &user, QString *error)
{
    if (db.backend() != Database::Backend::Postgres) {
        *error = Tr::tr("people sign in as PostgreSQL roles only on a server");
        return false;
    }
    if (!isValidLogin(user.login)) {
        *error = Tr::tr("'%1' is not a usable login name (letters, digits, _ . -; at most 63)").arg(user.login);
        return false;
    }
    if (user.password.isEmpty()) {
        *error = Tr::tr("the new user needs a password");
        return false;
    }
    const QString group = groupRole(user.role);
    QSqlQuery groupExists = db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    groupExists.addBindValue(group);
    if (!db.exec(groupExists)) {
        *error = db.lastError();
        return false;
    }
    if (!groupExists.next()) {
        *error = Tr::tr("the group role %1 does not exist: run 'mcstudio-cli server init' first").arg(group);
        return false;
    }
    groupExists.finish();
    QSqlQuery exists = db.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(user.login);
    if (!db.exec(exists)) {
        *error = db.lastError();
        return false;
    }
    const bool known = exists.next();
    exists.finish();

    // Role names and passwords cannot be bound in CREATE ROLE: the server quotes them (format()
    // with %I and %L), and only the SCRAM verifier travels, never the password itself.
    QSqlQuery ddl = db.prepare(known ? QStringLiteral("SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)")
                                     : QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', ?::text, ?::text)"));
    ddl.addBindValue(user.login);
    ddl.addBindValue(scramVerifier(user.password));
    QSqlQuery grant = db.prepare(QStringLiteral("SELECT format('GRANT %I TO %I', ?::text, ?::text)"));
    grant.addBindValue(group);
    grant.addBindValue(user.login);
    if (!db.exec(ddl) || !ddl.next() || !db.exec(grant) || !grant.next()) {
        *error = db.lastError();
        return false;
    }
    const QString createSql = ddl.value(0).toString();
    const QString grantSql = grant.value(0).toString();
    ddl.finish();
    grant.finish();

    Transaction transaction(db);
    if (!transaction.isActive() || !db.exec(createSql) || !db.exec(grantSql)) {
        *error = Tr::tr("cannot create the login %1: %2").arg(user.login, db.lastError());
        return false;
    }
    QSqlQuery person = db.prepare(QStringLiteral(
        "INSERT INTO person (login, name, staff_id, email, ptj) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (login) DO UPDATE SET name = excluded.name,"
        " staff_id = COALESCE(excluded.staff_id, person.staff_id), email = COALESCE(excluded.email, person.email),"
        " ptj = COALESCE(excluded.ptj, person.ptj) RETURNING id"));
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); };
    person.addBindValue(user.login);
    person.addBindValue(user.name.isEmpty() ? user.login : user.name);
    person.addBindValue(orNull(user.staffId));
    person.addBindValue(orNull(user.email));
    person.addBindValue(orNull(user.ptj));
    if (!db.exec(person) || !person.next()) {
        *error = Tr::tr("cannot record %1: %2").arg(user.login, db.lastError());
        return false;
    }
    const qint64 id = person.value(0).toLongLong();
    person.finish();
    QSqlQuery role = db.prepare(
        QStringLiteral("INSERT INTO person_role (person_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    role.addBindValue(id);
    role.addBindValue(roleKey(user.role));
    if (!db.exec(role) || !transaction.commit()) {
        *error = Tr::tr("cannot record %1: %2").arg(user.login, db.lastError());
        return false;
    }
    return true;
}

} // namespace mcs

#include "courserepository.h"
#include "database.h"
#include "offeringrepository.h"
#include "samplecourse.h"
#include "schema.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mcs;
using mcs::test::Backend;
using mcs::test::BackendTest;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

int tableCount(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A plain SQLite connection that knows nothing of MC Studio, to forge files.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
    }
    ~RawSqlite()
    {
        QSqlDatabase::database(QStringLiteral("raw")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("raw")));
        return q.exec(sql);
    }
};

// A course as a schema before version 3 holds it (the repository writes the current columns):
// the course row, its lecturers, CLOs and assessment, through plain SQL. Table 4, milestones and
// attachments are left out; `course` is trimmed to match and gets its id.
bool insertLegacyCourse(Database &db, Course *course)
{
    Course &c = *course;
    c.table4.units.clear();
    c.milestones.clear();
    c.attachments.clear();
    c.marketSurvey.attachment.reset();
    c.labIntensive = c.clinical = c.practicum = false;
    c.professionalBody.clear();
    c.rowVersion = 1;
    c.createdBy = c.updatedBy = QStringLiteral("v1 user");
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO course (code, title, category, kind, original_code, original_name, faculty, mqf_level,"
        " credit_value, delivery, language, study_session, offer_period, fee_sen, entry_requirements, synopsis,"
        " justification, survey_respondents, survey_analysis, learner_commitment, promotion, continuous_improvement,"
        " quality_assurance, status, rate_table_version, row_version, created_by, updated_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(c.code), QVariant(c.title), QVariant(c.category()), QVariant(courseKindKey(c.kind)),
                              QVariant(c.originalCourseCode), QVariant(c.originalCourseName), QVariant(c.faculty),
                              QVariant(c.mqfLevel), QVariant(c.creditValue), QVariant(courseDeliveryKey(c.delivery)),
                              QVariant(c.language), QVariant(c.studySession), QVariant(c.offerPeriod),
                              QVariant(c.feeSen), QVariant(c.entryRequirements), QVariant(c.synopsis),
                              QVariant(c.justification), QVariant(c.marketSurvey.respondents),
                              QVariant(c.marketSurvey.analysis), QVariant(c.learnerCommitment), QVariant(c.promotion),
                              QVariant(c.continuousImprovement), QVariant(c.qualityAssurance),
                              QVariant(approvalStatusKey(c.status)), QVariant(c.table4.rateTableVersion),
                              QVariant(c.rowVersion), QVariant(c.createdBy), QVariant(c.updatedBy)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return false;
    c.id = q.value(0).toLongLong();
    q.finish();
    for (int i = 0; i < c.lecturers.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO course_lecturer (course_id, position, name, staff_id, email, role)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        const Lecturer &l = c.lecturers.at(i);
        for (const QVariant &v : {QVariant(c.id), QVariant(i), QVariant(l.name), QVariant(l.staffId), QVariant(l.email),
                                  QVariant(l.role)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    for (int i = 0; i < c.clos.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO course_clo (course_id, position, code, statement, domain, level)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
        const Clo &clo = c.clos.at(i);
        for (const QVariant &v : {QVariant(c.id), QVariant(i), QVariant(clo.code), QVariant(clo.statement),
                                  QVariant(clo.domain), QVariant(clo.level)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    for (int i = 0; i < c.assessment.size(); ++i) {
        q.prepare(QStringLiteral("INSERT INTO assessment_component (course_id, position, name, kind, weight)"
                                 " VALUES (?, ?, ?, ?, ?)"));
        const AssessmentComponent &a = c.assessment.at(i);
        for (const QVariant &v : {QVariant(c.id), QVariant(i), QVariant(a.name),
                                  QVariant(assessmentComponentKindKey(a.kind)), QVariant(a.weight)})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return true;
}

} // namespace

class MigrationTest : public BackendTest
{
protected:
    std::unique_ptr<Database> openAt(int version)
    {
        QString error;
        std::unique_ptr<Database> db;
        if (backend() == Backend::Sqlite)
            db = Database::openSqlite(sqlitePath(), &error, version);
        else
            db = Database::openPostgres(serverParams(), &error, version);
        EXPECT_TRUE(db) << error.toStdString();
        return db;
    }
};

TEST_P(MigrationTest, ANewDatabaseGetsTheCurrentSchema)
{
    auto db = open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Schema::kCurrentVersion);
    EXPECT_EQ(Schema::kCurrentVersion, 6);
    Schema::Probe probe;
    QString error;
    ASSERT_TRUE(Schema::probe(*db, &probe, &error)) << error.toStdString();
    EXPECT_TRUE(probe.ours);
    EXPECT_EQ(probe.version, Schema::kCurrentVersion);
    EXPECT_EQ(tableCount(*db, QStringLiteral("course_version")), 0);
    EXPECT_EQ(tableCount(*db, QStringLiteral("course_checkout")), 0);
    EXPECT_TRUE(db->backupPath().isEmpty());
    EXPECT_EQ(tableCount(*db, QStringLiteral("statement")), 0);
}

// Each earlier schema version, filled with data, opens in the current version with its data intact.
// Every version starts from its own fresh database (a file, or a scratch database on the server).
TEST_P(MigrationTest, EveryEarlierVersionMigratesWithItsData)
{
    QTemporaryDir files;
    for (int from = 1; from < Schema::kCurrentVersion; ++from) {
        SCOPED_TRACE(from);
        const QString path = files.filePath(QStringLiteral("v%1.mcs").arg(from));
        std::unique_ptr<test::ScratchServerDatabase> server;
        if (backend() == Backend::Postgres) {
            server = std::make_unique<test::ScratchServerDatabase>();
            ASSERT_TRUE(server->isValid()) << server->error().toStdString();
        }
        auto openVersion = [&](int version) {
            QString error;
            auto db = backend() == Backend::Sqlite ? Database::openSqlite(path, &error, version)
                                                   : Database::openPostgres(server->params(), &error, version);
            EXPECT_TRUE(db) << error.toStdString();
            return db;
        };
        Course course = test::sampleCourse(QStringLiteral("MC%1").arg(from, 3, 10, QLatin1Char('0')));
        {
            auto old = openVersion(from);
            ASSERT_TRUE(old);
            EXPECT_EQ(old->schemaVersion(), from);
            EXPECT_EQ(tableCount(*old, QStringLiteral("offering")), from < 2 ? -1 : 0); // v2 tables from v2 on
            if (from < 4) {
                EXPECT_EQ(tableCount(*old, QStringLiteral("issuer_key")), -1); // nor v4 tables
            }
            EXPECT_EQ(tableCount(*old, QStringLiteral("course_version")), -1); // v6 tables do not exist yet
            // The version-1 columns only: before version 3 the course row has no hands-on flags
            // or professional body, and the migration must give them their defaults.
            ASSERT_TRUE(insertLegacyCourse(*old, &course));
        }
        auto db = openVersion(Database::kLatestSchema);
        ASSERT_TRUE(db);
        EXPECT_EQ(db->schemaVersion(), Schema::kCurrentVersion);
        const auto loaded = CourseRepository(*db).load(course.id, nullptr);
        ASSERT_TRUE(loaded);
        EXPECT_TRUE(*loaded == course);
        EXPECT_FALSE(loaded->labIntensive || loaded->clinical || loaded->practicum); // v3 defaults
        EXPECT_TRUE(loaded->professionalBody.isEmpty());
        // The migrated row takes the new columns like any other.
        Course edited = *loaded;
        edited.practicum = true;
        edited.professionalBody = QStringLiteral("Malaysian Medical Council");
        ASSERT_TRUE(CourseRepository(*db).save(&edited, QStringLiteral("v3 user")).ok());
        const auto reloaded = CourseRepository(*db).load(course.id, nullptr);
        ASSERT_TRUE(reloaded);
        EXPECT_TRUE(reloaded->practicum);
        EXPECT_FALSE(reloaded->clinical);
        EXPECT_EQ(reloaded->professionalBody, QStringLiteral("Malaysian Medical Council"));
        Offering o{0, course.id, QStringLiteral("Cohort 1"), QDate(2027, 1, 4), QDate(2027, 3, 26),
                   QStringLiteral("eLEAP"), QStringLiteral("English")};
        EXPECT_TRUE(OfferingRepository(*db).saveOffering(&o).ok());
        EXPECT_EQ(tableCount(*db, QStringLiteral("course_version")), 0);

        if (backend() == Backend::Sqlite) {
            // The pre-migration copy beside the file is the old database, whole.
            const QString backup = db->backupPath();
            EXPECT_EQ(backup, path + QStringLiteral(".v%1.bak").arg(from));
            ASSERT_TRUE(QFile::exists(backup));
            QString error;
            auto copy = Database::openSqlite(backup, &error, from);
            ASSERT_TRUE(copy) << error.toStdString();
            EXPECT_EQ(copy->schemaVersion(), from);
            EXPECT_EQ(tableCount(*copy, QStringLiteral("offering")), from < 2 ? -1 : 0);
            EXPECT_EQ(tableCount(*copy, QStringLiteral("course_version")), -1);
            EXPECT_EQ(CourseRepository(*copy).count(nullptr), 1);
        }
        // Opening again migrates nothing and writes no further backup.
        db.reset();
        auto again = openVersion(Database::kLatestSchema);
        ASSERT_TRUE(again);
        EXPECT_TRUE(again->backupPath().isEmpty());
    }
}

TEST_P(MigrationTest, ADatabaseFromANewerVersionIsRefusedAndLeftUntouched)
{
    {
        auto db = open();
        ASSERT_TRUE(db);
        Course c = test::sampleCourse();
        ASSERT_TRUE(CourseRepository(*db).save(&c, QStringLiteral("x")).ok());
        QSqlQuery q(db->connection());
        const int newer = Schema::kCurrentVersion + 1;
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE mcs_meta SET value = '%1' WHERE key = 'schema_version'").arg(newer)));
        if (backend() == Backend::Sqlite) {
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        }
    }
    const QByteArray before = backend() == Backend::Sqlite ? checksum(sqlitePath()) : QByteArray();
    QString error;
    std::unique_ptr<Database> db = backend() == Backend::Sqlite ? Database::openSqlite(sqlitePath(), &error)
                                                                : Database::openPostgres(serverParams(), &error);
    EXPECT_FALSE(db);
    EXPECT_TRUE(error.contains(QStringLiteral("newer version of MC Studio"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("schema version %1").arg(Schema::kCurrentVersion + 1)))
        << error.toStdString();
    if (backend() == Backend::Sqlite) {
        EXPECT_TRUE(error.contains(sqlitePath()));
        EXPECT_EQ(checksum(sqlitePath()), before);
        EXPECT_TRUE(QDir(QFileInfo(sqlitePath()).absolutePath())
                        .entryList({QStringLiteral("*.bak")}, QDir::Files)
                        .isEmpty());
    } else {
        // Still the newer version: nothing was migrated; even a request for no migration is refused.
        QString again;
        EXPECT_FALSE(Database::openPostgres(serverParams(), &again, 0));
        EXPECT_TRUE(again.contains(QStringLiteral("schema version %1").arg(Schema::kCurrentVersion + 1)))
            << again.toStdString();
    }
}

TEST_P(MigrationTest, AForeignDatabaseIsRefusedAndLeftUntouched)
{
    if (backend() == Backend::Sqlite) {
        {
            RawSqlite raw(sqlitePath());
            ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
            ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO invoices VALUES (1, 9.5)")));
        }
        const QByteArray before = checksum(sqlitePath());
        QString error;
        EXPECT_FALSE(Database::openSqlite(sqlitePath(), &error));
        EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
        EXPECT_EQ(checksum(sqlitePath()), before);
        EXPECT_FALSE(QFile::exists(sqlitePath() + QStringLiteral("-wal")));
        return;
    }
    {
        QString error;
        auto raw = Database::openPostgres(serverParams(), &error, 0);
        ASSERT_TRUE(raw) << error.toStdString();
        QSqlQuery q(raw->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")));
    }
    QString error;
    EXPECT_FALSE(Database::openPostgres(serverParams(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("another program"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("secret")));
}

MCS_INSTANTIATE_BACKENDS(MigrationTest);

TEST(SqliteFiles, ATextFileIsNotADatabaseAndStaysByteForByte)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.mcs"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("Minutes of the JTSPPA meeting\n'; DROP TABLE course; --\n");
    }
    const QByteArray before = checksum(path);
    QString error;
    EXPECT_FALSE(Database::openSqlite(path, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not an MC Studio database"))) << error.toStdString();
    EXPECT_TRUE(error.contains(path));
    EXPECT_EQ(checksum(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);
}

TEST(SqliteFiles, AnEmptyFileBecomesANewDatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.mcs"));
    QFile(path).open(QIODevice::WriteOnly);
    QString error;
    auto db = Database::openSqlite(path, &error);
    ASSERT_TRUE(db) << error.toStdString();
    EXPECT_EQ(db->schemaVersion(), Schema::kCurrentVersion);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), Schema::kSqliteApplicationId);
}

TEST(SqliteFiles, TheSameDdlRunsOnBothBackendsWithOnlyTypesDiffering)
{
    const QStringList lite = Schema::migrationStatements(1, Database::Backend::Sqlite);
    const QStringList pg = Schema::migrationStatements(1, Database::Backend::Postgres);
    ASSERT_EQ(lite.size(), pg.size());
    EXPECT_TRUE(pg.join(QLatin1Char(' ')).contains(QStringLiteral("BYTEA")));
    EXPECT_FALSE(lite.join(QLatin1Char(' ')).contains(QStringLiteral("BYTEA")));
    EXPECT_FALSE(lite.join(QLatin1Char(' ')).contains(QLatin1Char('%')));
    EXPECT_TRUE(Schema::migrationStatements(Schema::kCurrentVersion + 1, Database::Backend::Sqlite).isEmpty());
}

// Storage figures of issue 4: open a 5,000-course database and load the navigator list (SQLite
// under 150 ms, PostgreSQL on loopback under 300 ms) with a query count that does not grow with
// the number of courses; save one course of 500 activities (SQLite under 20 ms).
// The PostgreSQL benchmarks read MCS_TEST_PG_* (run under tests/with-postgres.sh) and are skipped
// without them. Portfolios are built once with the demo generator and cached.
#include "courselistmodel.h"
#include "courserepository.h"
#include "database.h"
#include "demoportfolio.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace mcs;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "bench_storage";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

DemoPortfolio::Options portfolio(int courses)
{
    DemoPortfolio::Options o;
    o.courses = courses;
    o.learners = courses; // offerings and results too, as in real use
    o.seed = 4;
    return o;
}

QString sqlitePortfolio(int courses)
{
    const QString path = QDir::temp().filePath(QStringLiteral("mcs-bench-%1-courses.mcs").arg(courses));
    QString error;
    if (auto db = Database::openSqlite(path, &error)) {
        if (CourseRepository(*db).count(nullptr) == courses)
            return path;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    auto db = Database::openSqlite(path, &error);
    DemoPortfolio demo(portfolio(courses));
    if (!db || !demo.write(*db, nullptr, &error))
        qFatal("cannot build %s: %s", qPrintable(path), qPrintable(error));
    return path;
}

std::optional<ServerParams> benchServer(int courses)
{
    if (qEnvironmentVariableIsEmpty("MCS_TEST_PG_HOST"))
        return std::nullopt;
    ServerParams admin;
    admin.host = qEnvironmentVariable("MCS_TEST_PG_HOST");
    admin.port = qEnvironmentVariableIntValue("MCS_TEST_PG_PORT");
    admin.user = qEnvironmentVariable("MCS_TEST_PG_USER");
    admin.password = qEnvironmentVariable("MCS_TEST_PG_PASSWORD");
    admin.database = qEnvironmentVariable("MCS_TEST_PG_DATABASE");
    ServerParams p = admin;
    p.database = QStringLiteral("mcs_bench_%1").arg(courses);
    QString error;
    auto db = Database::openPostgres(p, &error);
    if (db && CourseRepository(*db).count(nullptr) == courses)
        return p;
    db.reset();
    {
        auto a = Database::openPostgres(admin, &error);
        if (!a)
            qFatal("%s", qPrintable(error));
        QSqlQuery q(a->connection());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(p.database));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(p.database)))
            qFatal("cannot create %s", qPrintable(p.database));
    }
    db = Database::openPostgres(p, &error);
    DemoPortfolio demo(portfolio(courses));
    if (!db || !demo.write(*db, nullptr, &error))
        qFatal("cannot fill %s: %s", qPrintable(p.database), qPrintable(error));
    return p;
}

// One open-and-list as the GUI does it: connect (schema check), one query, the model reset.
void openAndList(benchmark::State &state, const std::function<std::unique_ptr<Database>()> &open)
{
    qint64 queries = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        auto db = open();
        CourseRepository repo(*db);
        QVector<CourseSummary> list;
        const qint64 before = db->statementCount();
        if (!repo.listSummaries(&list, nullptr))
            state.SkipWithError("list failed");
        queries = db->statementCount() - before;
        CourseListModel model;
        model.setCourses(std::move(list));
        rows = model.rowCount();
    }
    state.counters["courses"] = double(rows);
    state.counters["list_queries"] = double(queries);
}

} // namespace

static void BM_SqliteOpenAndListNavigator(benchmark::State &state)
{
    ensureApp();
    const QString path = sqlitePortfolio(int(state.range(0)));
    openAndList(state, [&] {
        QString error;
        return Database::openSqlite(path, &error);
    });
}
BENCHMARK(BM_SqliteOpenAndListNavigator)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);

static void BM_PostgresOpenAndListNavigator(benchmark::State &state)
{
    ensureApp();
    const auto server = benchServer(int(state.range(0)));
    if (!server) {
        state.SkipWithError("MCS_TEST_PG_* not set: run under tests/with-postgres.sh");
        return;
    }
    openAndList(state, [&] {
        QString error;
        return Database::openPostgres(*server, &error);
    });
}
BENCHMARK(BM_PostgresOpenAndListNavigator)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);

// The list alone on an open connection: what a refresh costs once connected.
static void BM_PostgresListNavigatorConnected(benchmark::State &state)
{
    ensureApp();
    const auto server = benchServer(int(state.range(0)));
    if (!server) {
        state.SkipWithError("MCS_TEST_PG_* not set: run under tests/with-postgres.sh");
        return;
    }
    QString error;
    auto db = Database::openPostgres(*server, &error);
    CourseRepository repo(*db);
    for (auto _ : state) {
        QVector<CourseSummary> list;
        repo.listSummaries(&list, nullptr);
        benchmark::DoNotOptimize(list.size());
    }
}
BENCHMARK(BM_PostgresListNavigatorConnected)->Arg(5000)->Unit(benchmark::kMillisecond);

static void BM_PostgresConnectOnly(benchmark::State &state)
{
    ensureApp();
    const auto server = benchServer(0);
    if (!server) {
        state.SkipWithError("MCS_TEST_PG_* not set: run under tests/with-postgres.sh");
        return;
    }
    for (auto _ : state) {
        QString error;
        auto db = Database::openPostgres(*server, &error);
        benchmark::DoNotOptimize(db.get());
    }
}
BENCHMARK(BM_PostgresConnectOnly)->Unit(benchmark::kMillisecond);

static void saveLargeCourse(benchmark::State &state, Database &db)
{
    CourseRepository repo(db);
    DemoPortfolio::Options o = portfolio(1);
    o.learners = 0;
    Course c = DemoPortfolio(o).courses().first();
    c.code = QStringLiteral("MC500");
    c.table4.units.resize(10);
    for (int u = 0; u < 10; ++u) {
        LearningUnit &unit = c.table4.units[u];
        unit.number = u + 1;
        unit.title = QStringLiteral("Unit %1").arg(u + 1);
        unit.activities.clear();
        for (int a = 0; a < 50; ++a)
            unit.activities.append({QStringLiteral("video"), double(a + 1), 3.0, DeliveryMode::OnlineAsync,
                                    {QStringLiteral("CLO1")}, AssessmentKind::None, std::nullopt});
    }
    if (!repo.save(&c, QStringLiteral("bench")).ok())
        state.SkipWithError("first save failed");
    int n = 0;
    for (auto _ : state) {
        c.table4.units[n % 10].activities[n % 50].quantity += 1; // an edit, then Save
        ++n;
        if (!repo.save(&c, QStringLiteral("bench")).ok())
            state.SkipWithError("save failed");
    }
    state.counters["activities"] = 500;
}

static void BM_SqliteSaveCourseWith500Activities(benchmark::State &state)
{
    ensureApp();
    const QString path = QDir::temp().filePath(QStringLiteral("mcs-bench-save.mcs"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QString error;
    auto db = Database::openSqlite(path, &error);
    saveLargeCourse(state, *db);
}
BENCHMARK(BM_SqliteSaveCourseWith500Activities)->Unit(benchmark::kMillisecond);

static void BM_PostgresSaveCourseWith500Activities(benchmark::State &state)
{
    ensureApp();
    const auto server = benchServer(0);
    if (!server) {
        state.SkipWithError("MCS_TEST_PG_* not set: run under tests/with-postgres.sh");
        return;
    }
    QString error;
    auto db = Database::openPostgres(*server, &error);
    QSqlQuery q(db->connection());
    q.exec(QStringLiteral("DELETE FROM course"));
    saveLargeCourse(state, *db);
}
BENCHMARK(BM_PostgresSaveCourseWith500Activities)->Unit(benchmark::kMillisecond);

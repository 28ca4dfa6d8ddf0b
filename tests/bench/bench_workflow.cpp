// Issue 9 figures: "My tasks" over a whole portfolio (three queries whatever the number of
// courses) and one workflow step (return and resubmit), on a local file and, under
// tests/with-postgres.sh, on a server with the security layer (the step through mcs_transition()).
#include "courserepository.h"
#include "database.h"
#include "demoportfolio.h"
#include "serversecurity.h"
#include "workflowrepository.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace mcs;

namespace {

void ensureApp()
{
    static int argc = 1;
    static char name[] = "bench_workflow";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app)
}

bool fill(Database &db, int courses)
{
    DemoPortfolio::Options o;
    o.courses = courses;
    o.learners = courses;
    o.seed = 9;
    QString error;
    return DemoPortfolio(o).write(db, nullptr, &error);
}

std::unique_ptr<Database> server(int courses)
{
    if (qEnvironmentVariableIsEmpty("MCS_TEST_PG_HOST"))
        return nullptr;
    ServerParams admin;
    admin.host = qEnvironmentVariable("MCS_TEST_PG_HOST");
    admin.port = qEnvironmentVariableIntValue("MCS_TEST_PG_PORT");
    admin.user = qEnvironmentVariable("MCS_TEST_PG_USER");
    admin.password = qEnvironmentVariable("MCS_TEST_PG_PASSWORD");
    admin.database = qEnvironmentVariable("MCS_TEST_PG_DATABASE");
    ServerParams p = admin;
    p.database = QStringLiteral("mcs_bench_workflow_%1").arg(courses);
    QString error;
    {
        auto a = Database::openPostgres(admin, &error);
        if (!a)
            return nullptr;
        QSqlQuery q(a->connection());
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(p.database));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(p.database)))
            return nullptr;
    }
    auto db = Database::openPostgres(p, &error);
    if (!db || !fill(*db, courses) || !ServerSecurity::apply(*db, &error))
        return nullptr;
    return db;
}

void tasks(benchmark::State &state, Database &db)
{
    WorkflowRepository repo(db);
    WorkflowPerson person;
    QString error;
    if (!repo.person(QStringLiteral("bench"), &person, &error)) {
        state.SkipWithError("person failed");
        return;
    }
    qint64 queries = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        QVector<WorkflowTask> out;
        const qint64 before = db.statementCount();
        if (!repo.tasks(person, &out, &error))
            state.SkipWithError("tasks failed");
        queries = db.statementCount() - before;
        rows = out.size();
    }
    state.counters["courses"] = double(rows);
    state.counters["queries"] = double(queries);
}

// Return for revision and resubmit: two steps per iteration, each with its thread row and audit row.
void steps(benchmark::State &state, Database &db)
{
    CourseRepository courses(db);
    QVector<CourseSummary> list;
    courses.listSummaries(&list, nullptr);
    qint64 id = 0;
    for (const CourseSummary &c : list)
        if (c.status == WorkflowState::Submitted)
            id = c.id;
    if (id == 0) {
        state.SkipWithError("no submitted course in the demo");
        return;
    }
    WorkflowRepository repo(db);
    qint64 version = courses.load(id, nullptr)->rowVersion;
    for (auto _ : state) {
        if (!repo.transition(id, WorkflowState::ReturnedForRevision, QStringLiteral("Please revise."),
                             QStringLiteral("bench"), version, &version).ok()
            || !repo.transition(id, WorkflowState::Submitted, {}, QStringLiteral("bench"), version, &version).ok())
            state.SkipWithError("step refused");
    }
}

} // namespace

static void BM_SqliteMyTasks(benchmark::State &state)
{
    ensureApp();
    QTemporaryDir dir;
    QString error;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("tasks.mcs")), &error);
    if (!db || !fill(*db, int(state.range(0)))) {
        state.SkipWithError("cannot build the portfolio");
        return;
    }
    tasks(state, *db);
}
BENCHMARK(BM_SqliteMyTasks)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);

static void BM_PostgresMyTasks(benchmark::State &state)
{
    ensureApp();
    auto db = server(int(state.range(0)));
    if (!db) {
        state.SkipWithError("MCS_TEST_PG_* not set: run under tests/with-postgres.sh");
        return;
    }
    tasks(state, *db);
}
BENCHMARK(BM_PostgresMyTasks)->Arg(500)->Arg(5000)->Unit(benchmark::kMillisecond);

static void BM_SqliteReturnAndResubmit(benchmark::State &state)
{
    ensureApp();
    QTemporaryDir dir;
    QString error;
    auto db = Database::openSqlite(dir.filePath(QStringLiteral("steps.mcs")), &error);
    if (!db || !fill(*db, 40)) {
        state.SkipWithError("cannot build the portfolio");
        return;
    }
    steps(state, *db);
}
BENCHMARK(BM_SqliteReturnAndResubmit)->Unit(benchmark::kMillisecond);

static void BM_PostgresReturnAndResubmit(benchmark::State &state)
{
    ensureApp();
    auto db = server(40);
    if (!db) {
        state.SkipWithError("MCS_TEST_PG_* not set: run under tests/with-postgres.sh");
        return;
    }
    steps(state, *db);
}
BENCHMARK(BM_PostgresReturnAndResubmit)->Unit(benchmark::kMillisecond);

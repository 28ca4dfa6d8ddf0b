// Issuing a cohort: 1,000 statement PDFs on every core (issue target: under 15 s on 2 cores).
#include "course.h"
#include "courserepository.h"
#include "database.h"
#include "offeringrepository.h"
#include "statementbatch.h"
#include "statementdata.h"
#include "statementissuer.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace mcs;

static StatementData statement(int i)
{
    StatementData s;
    s.serial = QStringLiteral("UNIMAS-MC-2026-%1").arg(i, 6, 10, QLatin1Char('0'));
    s.learnerName = QStringLiteral("Learner Number %1 binti Abdullah").arg(i);
    s.learnerId = QStringLiteral("XXXXXX-XX-%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    s.courseCode = QStringLiteral("TMN4031MCA");
    s.courseName = QStringLiteral("Micro-Credential in IoT Fundamentals");
    s.programme = QStringLiteral("Bachelor of Computer Science (Network Computing)");
    s.institutionName = QStringLiteral("Universiti Malaysia Sarawak");
    s.language = QStringLiteral("English");
    s.delivery = QStringLiteral("Online distance learning");
    s.modeOfStudy = QStringLiteral("Part-time");
    s.courseLevel = QStringLiteral("MQF Level 6");
    s.creditHours = 1;
    s.learningHours = 40;
    s.duration = QStringLiteral("6 weeks");
    s.learningOutcomes = {QStringLiteral("CLO1: Explain the layers of an IoT system"),
                          QStringLiteral("CLO2: Configure a sensor node"), QStringLiteral("CLO3: Evaluate security")};
    s.formativePercent = 60;
    s.summativePercent = 40;
    s.grade = QStringLiteral("B+");
    s.awardedOn = QDate(2026, 5, 20);
    s.verificationUrl = QStringLiteral("https://verify.unimas.my/mms/") + QString(420, QLatin1Char('x'));
    return s;
}

static void BM_IssueCohortPdfs(benchmark::State &state)
{
    QVector<StatementData> cohort;
    for (int i = 0; i < state.range(0); ++i)
        cohort << statement(i + 1);
    for (auto _ : state) {
        QTemporaryDir dir;
        const auto r = StatementBatch().writeFiles(cohort, dir.path());
        if (r.written.size() != cohort.size())
            state.SkipWithError("not every statement was written");
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_IssueCohortPdfs)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// A course with one cohort of n learners, every one a Senate-approved pass, in a new SQLite file.
static std::unique_ptr<Database> cohortDatabase(const QString &path, int n)
{
    auto db = Database::openSqlite(path, nullptr);
    Course c;
    c.code = QStringLiteral("TMN4031MCA");
    c.title = QStringLiteral("Micro-Credential in IoT Fundamentals");
    c.kind = CourseKind::AccreditedCourse;
    c.mqfLevel = 6;
    c.creditValue = 1;
    c.language = QStringLiteral("English");
    c.entryRequirements = QStringLiteral("Open to all; basic programming recommended");
    c.clos = {{QStringLiteral("CLO1"), QStringLiteral("Explain the layers of an IoT system"), {}, {}},
              {QStringLiteral("CLO2"), QStringLiteral("Configure a sensor node to publish readings over MQTT"), {}, {}},
              {QStringLiteral("CLO3"), QStringLiteral("Evaluate the security of a small IoT deployment"), {}, {}}};
    c.assessment = {{QStringLiteral("Quizzes"), AssessmentComponent::Kind::Continuous, 60},
                    {QStringLiteral("Project"), AssessmentComponent::Kind::Final, 40}};
    CourseRepository(*db).save(&c, QStringLiteral("bench"));
    OfferingRepository offerings(*db);
    Offering o{0, c.id, QStringLiteral("Cohort 1"), QDate(2026, 1, 5), QDate(2026, 3, 27), QStringLiteral("eLEAP"),
               QStringLiteral("English")};
    offerings.saveOffering(&o);
    QVector<Learner> learners;
    for (int i = 0; i < n; ++i)
        learners.append({0, QStringLiteral("Learner Number %1 binti Abdullah").arg(i), QStringLiteral("900101-13-%1").arg(i % 10000, 4, 10, QLatin1Char('0')),
                         {}, {}, {}});
    offerings.saveLearners(&learners);
    QVector<Enrolment> enrolments;
    for (const Learner &l : learners) {
        Enrolment e;
        e.offeringId = o.id;
        e.learnerId = l.id;
        e.marks = 75;
        e.grade = QStringLiteral("B+");
        e.result = ResultStatus::Pass;
        e.senateApprovedOn = QDate(2026, 5, 20);
        enrolments.append(e);
    }
    offerings.saveEnrolments(&enrolments);
    return db;
}

// What `mcstudio-cli mms --course ... --out DIR` does: issue (serials, signatures, one transaction)
// from the database, then render every PDF on every core.
static void BM_IssueAndRenderFromDatabase(benchmark::State &state)
{
    const int n = int(state.range(0));
    double issueSeconds = 0;
    double renderSeconds = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto db = cohortDatabase(dir.filePath(QStringLiteral("bench.mcs")), n);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        StatementIssuer issuer(*db);
        const StatementIssuer::Result issued = issuer.issueFor(0, 0);
        issueSeconds += timer.nsecsElapsed() / 1e9;
        if (!issued.ok || issued.newlyIssued != n) {
            state.SkipWithError("not every statement was issued");
            break;
        }
        QVector<StatementData> pages;
        for (const auto &p : issued.statements)
            pages << p.data;
        timer.restart();
        const auto written = StatementBatch(issuer.renderer()).writeFiles(pages, dir.filePath(QStringLiteral("out")));
        renderSeconds += timer.nsecsElapsed() / 1e9;
        if (written.written.size() != n)
            state.SkipWithError("not every statement was written");
    }
    state.counters["issue_s"] = issueSeconds / double(state.iterations());
    state.counters["render_s"] = renderSeconds / double(state.iterations());
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_IssueAndRenderFromDatabase)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

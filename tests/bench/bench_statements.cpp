// Issuing a cohort: 1,000 statement PDFs on every core (issue target: under 15 s on 2 cores).
#include "statementbatch.h"
#include "statementdata.h"

#include <benchmark/benchmark.h>

#include <QGuiApplication>
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

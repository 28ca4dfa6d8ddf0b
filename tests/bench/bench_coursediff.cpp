// diffCourses on a large Table 4: the LCS row alignment must stay interactive for the History page.
#include "coursediff.h"

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace mcs;

namespace {

// `units` units of `perUnit` activities of varied types and quantities.
Course bigCourse(int units, int perUnit)
{
    Course c;
    c.code = QStringLiteral("MC001");
    c.title = QStringLiteral("Micro-Credential in Benchmarks");
    const QStringList types{QStringLiteral("slide"), QStringLiteral("video"), QStringLiteral("reading"),
                            QStringLiteral("quiz_mcq"), QStringLiteral("forum")};
    for (int u = 0; u < units; ++u) {
        LearningUnit unit;
        unit.number = u + 1;
        unit.title = QStringLiteral("Unit %1").arg(u + 1);
        for (int a = 0; a < perUnit; ++a) {
            Activity act;
            act.type = types[(u + a) % types.size()];
            act.quantity = 5 + (a * 7 + u) % 40;
            unit.activities.append(act);
        }
        c.table4.units.append(unit);
    }
    return c;
}

// One activity inserted and one edited in every unit: the usual shape of a revision.
void BM_DiffRevisedTable4(benchmark::State &state)
{
    const int perUnit = int(state.range(0));
    const Course a = bigCourse(20, perUnit);
    Course b = a;
    for (LearningUnit &u : b.table4.units) {
        u.activities.insert(u.activities.size() / 2, u.activities.first());
        u.activities.last().quantity += 1;
    }
    qsizetype changes = 0;
    for (auto _ : state)
        changes = diffCourses(a, b).size();
    state.counters["changes"] = double(changes);
    state.counters["activities"] = double(20 * perUnit);
}
BENCHMARK(BM_DiffRevisedTable4)->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond);

// Every activity's order reversed in one unit of 500: the worst case of the alignment.
void BM_DiffReversedUnit(benchmark::State &state)
{
    const Course a = bigCourse(1, int(state.range(0)));
    Course b = a;
    std::reverse(b.table4.units[0].activities.begin(), b.table4.units[0].activities.end());
    for (auto _ : state)
        benchmark::DoNotOptimize(diffCourses(a, b));
}
BENCHMARK(BM_DiffReversedUnit)->Arg(500)->Unit(benchmark::kMillisecond);

} // namespace

// How fast the navigator filters a large portfolio as the user types.
#include "coursefiltermodel.h"
#include "courselistmodel.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace mcs;

static QVector<CourseSummary> portfolio(int n)
{
    const char *faculties[] = {"FCSIT", "FENG", "FRST", "FACA", "FMHS", "FEB"};
    QVector<CourseSummary> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        CourseSummary c;
        c.id = i + 1;
        c.code = QStringLiteral("MC%1").arg(i, 4, 10, QLatin1Char('0'));
        c.title = QStringLiteral("Micro-Credential in Topic %1").arg(i);
        c.faculty = QString::fromLatin1(faculties[i % 6]);
        list.append(c);
    }
    return list;
}

static void BM_NavigatorSearch(benchmark::State &state)
{
    int argc = 0;
    static QCoreApplication *app = new QCoreApplication(argc, nullptr);
    Q_UNUSED(app)
    CourseListModel model;
    model.setCourses(portfolio(int(state.range(0))));
    CourseFilterModel filter;
    filter.setSourceModel(&model);
    bool flip = false;
    for (auto _ : state) {
        filter.setSearchText(flip ? QStringLiteral("fcsit 12") : QStringLiteral("topic 3"));
        benchmark::DoNotOptimize(filter.rowCount());
        flip = !flip;
    }
}
BENCHMARK(BM_NavigatorSearch)->Arg(100)->Arg(5000)->Unit(benchmark::kMicrosecond);

// The Gantt view with 2,000 courses (16,000 milestones, all expanded): a full viewport paint and
// scrolling, which must paint only the visible rows (milestones issue: under 8 ms).
#include "ganttmodel.h"
#include "gantttimeline.h"
#include "ganttview.h"
#include "samplecourses.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTreeView>

using namespace mcs;

namespace {

QApplication *app()
{
    static int argc = 1;
    static char name[] = "bench_gantt";
    static char *argv[] = {name, nullptr};
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication *a = new QApplication(argc, argv);
    return a;
}

struct Fixture
{
    Fixture()
    {
        const QDate today(2026, 11, 30);
        model.setToday(today);
        model.setCourses(test::manyCourses(2000, today));
        view.setModel(&model);
        view.resize(1600, 1000);
        view.show();
        QApplication::processEvents();
        view.expandAllCourses();
        view.scrollToDate(today.addMonths(-6));
        QApplication::processEvents();
    }
    QApplication *application = app(); // before any widget
    GanttModel model;
    GanttView view;
};

Fixture &fixture()
{
    static Fixture *f = new Fixture;
    return *f;
}

} // namespace

static void BM_GanttViewportPaint(benchmark::State &state)
{
    Fixture &f = fixture();
    GanttTimeline *t = f.view.timeline();
    QImage image(t->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        t->renderer().resetRowsPainted();
        t->render(&image);
    }
    state.counters["rows_painted"] = t->renderer().rowsPainted();
    state.counters["tree_rows"] = 2000 * 9;
    state.counters["width"] = t->width();
    state.counters["height"] = t->height();
}
BENCHMARK(BM_GanttViewportPaint)->Unit(benchmark::kMillisecond);

static void BM_GanttScrollPaint(benchmark::State &state)
{
    Fixture &f = fixture();
    GanttTimeline *t = f.view.timeline();
    QScrollBar *bar = f.view.verticalScrollBar();
    QImage image(t->size(), QImage::Format_ARGB32_Premultiplied);
    int value = 0;
    int maxRows = 0;
    for (auto _ : state) {
        value = (value + 37) % std::max(1, bar->maximum());
        bar->setValue(value);
        t->renderer().resetRowsPainted();
        t->render(&image);
        maxRows = std::max(maxRows, t->renderer().rowsPainted());
    }
    state.counters["max_rows_painted"] = maxRows;
}
BENCHMARK(BM_GanttScrollPaint)->Unit(benchmark::kMillisecond);

static void BM_GanttModelReset2000(benchmark::State &state)
{
    app();
    const QVector<CourseMilestones> courses = test::manyCourses(2000, QDate(2026, 11, 30));
    GanttModel model;
    model.setToday(QDate(2026, 11, 30));
    for (auto _ : state)
        model.setCourses(courses);
}
BENCHMARK(BM_GanttModelReset2000)->Unit(benchmark::kMillisecond);

static void BM_GanttWholeViewPaint(benchmark::State &state)
{
    Fixture &f = fixture();
    QImage image(f.view.size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        f.view.render(&image); // toolbar, tree and chart
}
BENCHMARK(BM_GanttWholeViewPaint)->Unit(benchmark::kMillisecond);

static void BM_GanttTreePaint(benchmark::State &state)
{
    Fixture &f = fixture();
    QTreeView *tree = f.view.tree();
    QImage image(tree->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state)
        tree->render(&image); // the left-hand tree alone
}
BENCHMARK(BM_GanttTreePaint)->Unit(benchmark::kMillisecond);

// A new day: every forecast and overdue flag is recomputed and the attached view notified.
static void BM_GanttSetToday(benchmark::State &state)
{
    Fixture &f = fixture();
    QDate day(2026, 11, 30);
    for (auto _ : state) {
        day = day.addDays(1);
        f.model.setToday(day);
        QApplication::processEvents();
    }
}
BENCHMARK(BM_GanttSetToday)->Unit(benchmark::kMillisecond);

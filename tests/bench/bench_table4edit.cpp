// One Table 4 cell edit as the editor does it: Table4Model::setData pushes a SetActivityCommand on
// the document's undo stack, the calculator updates its sums, the model emits dataChanged and the
// live SLT panel refreshes its figures (SltPanelData + widgets) on sltChanged. Goal: under 16 ms.
#include "coursedocument.h"
#include "sltpanel.h"
#include "table4model.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QUndoStack>

using namespace mcs;

namespace {

Course bigCourse(int units, int perUnit)
{
    Course c;
    c.code = QStringLiteral("BEN101MC");
    c.title = QStringLiteral("Benchmark course");
    c.clos = {{QStringLiteral("CLO1"), QString(), QString(), QString()},
              {QStringLiteral("CLO2"), QString(), QString(), QString()},
              {QStringLiteral("CLO3"), QString(), QString(), QString()}};
    static const char *const types[] = {"slide", "video", "reading", "forum", "quiz_mcq"};
    for (int u = 0; u < units; ++u) {
        LearningUnit unit{u + 1, QStringLiteral("Week %1").arg(u + 1), {}};
        for (int r = 0; r < perUnit; ++r) {
            Activity a;
            a.type = QString::fromLatin1(types[r % 5]);
            a.quantity = 5 + r % 17;
            a.mode = DeliveryMode(r % 3);
            a.clos = {QStringLiteral("CLO%1").arg(1 + r % 3)};
            if (r % 5 == 4) {
                a.assessment = AssessmentKind::Continuous;
                a.weight = 100.0 / (units * perUnit / 5);
            }
            unit.activities.append(a);
        }
        c.table4.units.append(unit);
    }
    return c;
}

void BM_Table4CellEdit(benchmark::State &state)
{
    const int units = 40;
    const int perUnit = int(state.range(0)) / units;
    CourseDocument doc(bigCourse(units, perUnit));
    Table4Model model(&doc);
    SltPanel panel(&doc);
    const QModelIndex cell = model.indexOf({units / 2, perUnit / 2}, Table4Model::QuantityColumn);
    int i = 0;
    for (auto _ : state) {
        model.setData(cell, double(10 + (++i % 50)));
        benchmark::DoNotOptimize(panel.figures().totalHours);
    }
    state.counters["activities"] = doc.slt().totalActivityCount();
    state.counters["findings"] = double(panel.figures().findings.size());
}
BENCHMARK(BM_Table4CellEdit)->Arg(2000)->Unit(benchmark::kMillisecond);

// Undo of one edit, with the same listeners.
void BM_Table4UndoRedo(benchmark::State &state)
{
    CourseDocument doc(bigCourse(40, 50));
    Table4Model model(&doc);
    SltPanel panel(&doc);
    doc.undoStack()->push(new QUndoCommand); // placeholder so there is a step before the edit
    model.setData(model.indexOf({20, 25}, Table4Model::QuantityColumn), 99.0);
    for (auto _ : state) {
        doc.undoStack()->undo();
        doc.undoStack()->redo();
    }
}
BENCHMARK(BM_Table4UndoRedo)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

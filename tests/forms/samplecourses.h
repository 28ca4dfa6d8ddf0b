#pragma once

#include "portfolio.h"

namespace mcs::test {

// About thirty realistic courses at various stages on `today` (some late, some complete), for
// pictures and tests of the Gantt view and the dashboard. Deterministic.
QVector<CourseMilestones> sampleCourses(const QDate &today);
// n synthetic courses (benchmarks): starts over two years, 0..8 milestones completed.
QVector<CourseMilestones> manyCourses(int n, const QDate &today);

} // namespace mcs::test

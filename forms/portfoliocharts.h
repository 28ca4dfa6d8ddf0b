#pragma once

#include "portfolio.h"

class QChart;

namespace mcs {

// The thin adapter between prepared portfolio figures and QtCharts: each function replaces a
// chart's series and axes with the figures; nothing is computed here (DESIGN.md habit 9).
namespace PortfolioCharts {
void showStages(QChart *chart, const PortfolioStatistics &s);      // courses by current milestone
void showTimeliness(QChart *chart, const PortfolioStatistics &s);  // on time / overdue / complete
void showCompletions(QChart *chart, const PortfolioStatistics &s); // forecast completions per month
void showFaculties(QChart *chart, const PortfolioStatistics &s);   // average progress per faculty
} // namespace PortfolioCharts

} // namespace mcs

#pragma once

#include "cli.h"
#include "sltcalculator.h"
#include "table4csv.h"

namespace mcs::cli {

// Reads a Table 4 CSV file into `calc` (built-in rate table). On failure prints one line naming
// the file, line and column on stderr and returns false (the caller exits with ExitUsage).
bool loadTable4Csv(const QString &command, const QString &path, SltCalculator *calc, Table4CsvLines *lines,
                   Context &ctx);

} // namespace mcs::cli

#pragma once

#include "sltcalculator.h"

#include <QString>

namespace mcs {

// Writes the MQA-style Table 4 summary workbook (libxlsxwriter): one row per learning unit with
// its physical, online synchronous and independent (online asynchronous) hours and total, then
// the continuous and final assessment rows with their weight and hours, then the grand total
// and the credit value (MQF: total / 40 h). Numbers are stored as numbers; the sheet is set up
// for printing (A4 landscape, one page wide, header row repeated). Continuous and final
// assessments are listed on their own rows, so a unit's row holds its other activities.
// Returns false and sets *error when the file cannot be written.
bool writeTable4Workbook(const SltCalculator &calc, const QString &path, const QString &subtitle, QString *error);

} // namespace mcs

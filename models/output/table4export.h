#pragma once

#include "sltcalculator.h"

#include <QString>

namespace mcs {

// Table 4 exports for the File menu (the workbook is in table4workbook.h). Each returns false and
// sets *error (naming the file) when the file cannot be written.
bool exportTable4Csv(const Table4 &table, const QString &path, QString *error);
// The MQA-style summary (Table4SummaryRenderer) on A4 landscape pages.
bool exportTable4Pdf(const SltCalculator &calc, const QString &path, const QString &title, const QString &subtitle,
                     QString *error);

} // namespace mcs

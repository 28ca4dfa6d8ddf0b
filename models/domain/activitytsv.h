#pragma once

#include "ratetable.h"
#include "table4.h"
#include "table4csv.h"

#include <QString>
#include <QVector>

namespace mcs {

// Tab-separated Table 4 activities, as a spreadsheet puts them on the clipboard. Columns, in the
// editor's order: type, quantity, rate, mode, clos, assessment, weight; a first row naming its
// columns (activity/type, quantity, rate, mode, clo/clos, assessment, weight, in any order) is
// read as a header. Only type and quantity are required. The type is a rate-table key or label
// ("slide" or "Slide", case-insensitive); the quantity may carry its unit ("12 slides"); CLOs are
// separated by ';' or ','. Blank lines are skipped.
class ActivityTsv
{
public:
    // Returns false and sets *error (line 1 = the first line of the text) when a cell cannot be
    // read; *activities is then left empty.
    static bool read(const QString &text, const RateTable &rates, QVector<Activity> *activities,
                     Table4CsvError *error);
    // The same columns without a header, one line per activity, for the clipboard.
    static QString write(const QVector<Activity> &activities);
};

} // namespace mcs

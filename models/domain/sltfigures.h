#pragma once

#include "ratetable.h"
#include "table4.h"

#include <QVector>

namespace mcs {

class SltCalculator;

// The headline figures of a Table 4 under one rate table: what a rate-table upgrade changes and
// what its preview shows side by side (before / after).
struct SltFigures
{
    int rateTableVersion = 0;
    double totalHours = 0;
    double credits = 0;         // total hours / 40 (MQF)
    QVector<double> unitHours;  // per learning unit, in Table 4's order
    int findingCount = 0;       // SLT errors and warnings

    bool operator==(const SltFigures &o) const;
    bool operator!=(const SltFigures &o) const { return !(*this == o); }
};

SltFigures sltFigures(const SltCalculator &slt);
// The figures the table would have under `rates`.
SltFigures sltFigures(const Table4 &table, const RateTable &rates);

} // namespace mcs

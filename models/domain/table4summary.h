#pragma once

#include "sltcalculator.h"

#include <QString>
#include <QVector>

#include <array>
#include <optional>

namespace mcs {

// Table 4 in the layout MQA reviewers know: a row per learning unit with its physical, online
// synchronous and independent (online asynchronous) hours, then the continuous and the final
// assessment rows with their weight, then the grand total and the credit value (MQF: total / 40 h).
// A unit's row holds its activities that are not continuous/final assessments (those have rows
// of their own), as in the XLSX workbook.
struct Table4Summary
{
    struct Row
    {
        QString unit;   // "1"
        QString topic;  // unit title, or the assessment's label and CLOs
        std::optional<double> weight;
        std::array<double, 3> hours{}; // by DeliveryMode
        double total = 0;
    };

    QVector<Row> units;
    QVector<Row> continuous;
    QVector<Row> finals;
    std::array<double, 3> modeTotals{};
    double total = 0;
    double weightTotal = 0;
    double credits = 0;
    int rateTableVersion = 0;

    static Table4Summary of(const SltCalculator &calc);
};

} // namespace mcs

#pragma once

#include "sltcalculator.h"
#include "table4csv.h"

#include <QByteArray>
#include <QString>

namespace mcs {

// The SLT summary of a Table 4 as `mcstudio-cli slt` prints it. `lines` (may be null) gives
// the CSV line of each finding.
//
// JSON: exactly one object, keys in this order (a contract with scripts outside):
//   total_hours, min_hours, max_hours, credits, claimable_credits, delivery_hours,
//   assessment_hours, online_share, assessment_weight_total,
//   units: [{unit, topic, hours, assessments}], clos: {code: hours}, modes: {physical,
//   online_sync, online_async}, findings: [{rule, severity, message, line}]
// Hours are unrounded; "line" is null for a finding about the whole table or without a CSV.
QByteArray sltSummaryJson(const SltCalculator &calc, const Table4CsvLines *lines);

// The same for a lecturer's eyes: aligned columns per unit, CLO and mode, the totals, and the
// findings with their line numbers. Hours are shown with two decimals.
QString sltSummaryText(const SltCalculator &calc, const Table4CsvLines *lines, const QString &source);

} // namespace mcs

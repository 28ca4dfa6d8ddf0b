#pragma once

#include <QString>
#include <QVector>

namespace mcs {

// The rules the SLT calculator checks. Their ids (sltRuleId) are a contract: files, the command
// line's JSON and scripts outside use them.
enum class SltRule {
    // errors
    NegativeValue,      // a quantity, rate or weight below 0
    MissingRate,        // "other" without a rate (no 2.2 range to default to)
    WeightWithoutGrade, // a weight on a row that is not a continuous/final assessment
    MissingWeight,      // a continuous/final assessment without a weight
    WeightTotal,        // 1.5 f: weights total 100%
    MissingContinuous,  // 1.5 f: continuous and final assessment are both required
    MissingFinal,
    UnknownType,        // an activity type the rate table does not know (only from stored data)
    // warnings
    RateOutOfRange,        // 2.2: the chosen rate is outside the guideline range
    UnitWithoutAssessment, // 2.3: each learning unit or week has at least one assessment
    BelowMinimumHours,     // MQF: 1 credit = 40 hours; less cannot earn a credit
};

enum class SltSeverity { Error, Warning };

QString sltRuleId(SltRule rule); // "negative_value", ...
SltSeverity sltRuleSeverity(SltRule rule);
QString sltSeverityKey(SltSeverity severity); // "error", "warning"

// One finding of the calculator: which rule, how bad, in plain words, and where.
struct SltFinding
{
    SltRule rule = SltRule::NegativeValue;
    QString message;   // names the unit and activity, e.g. "Unit 2 (Sorting), activity 3 (Video): ..."
    int unit = -1;     // index into Table4::units, -1 for the whole table
    int activity = -1; // index into the unit's activities, -1 for the whole unit or table
    int line = 0;      // CSV line (header = 1) when the table came from a CSV file, else 0

    QString ruleId() const { return sltRuleId(rule); }
    SltSeverity severity() const { return sltRuleSeverity(rule); }
    bool isError() const { return severity() == SltSeverity::Error; }
};

} // namespace mcs

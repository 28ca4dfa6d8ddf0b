#include "sltfinding.h"

namespace mcs {

QString sltRuleId(SltRule rule)
{
    switch (rule) {
    case SltRule::NegativeValue: return QStringLiteral("negative_value");
    case SltRule::MissingRate: return QStringLiteral("missing_rate");
    case SltRule::WeightWithoutGrade: return QStringLiteral("weight_without_grade");
    case SltRule::MissingWeight: return QStringLiteral("missing_weight");
    case SltRule::WeightTotal: return QStringLiteral("weight_total");
    case SltRule::MissingContinuous: return QStringLiteral("missing_continuous");
    case SltRule::MissingFinal: return QStringLiteral("missing_final");
    case SltRule::UnknownType: return QStringLiteral("unknown_type");
    case SltRule::RateOutOfRange: return QStringLiteral("rate_out_of_range");
    case SltRule::UnitWithoutAssessment: return QStringLiteral("unit_without_assessment");
    case SltRule::BelowMinimumHours: return QStringLiteral("below_minimum_hours");
    }
    return {};
}

SltSeverity sltRuleSeverity(SltRule rule)
{
    switch (rule) {
    case SltRule::RateOutOfRange:
    case SltRule::UnitWithoutAssessment:
    case SltRule::BelowMinimumHours:
        return SltSeverity::Warning;
    default:
        return SltSeverity::Error;
    }
}

QString sltSeverityKey(SltSeverity severity)
{
    return severity == SltSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace mcs

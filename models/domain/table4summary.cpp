#include "table4summary.h"

namespace mcs {

Table4Summary Table4Summary::of(const SltCalculator &calc)
{
    Table4Summary s;
    for (int u = 0; u < calc.unitCount(); ++u) {
        const LearningUnit &unit = calc.unit(u);
        Row row{QString::number(unit.number), unit.title, std::nullopt, {}, 0};
        for (int r = 0; r < calc.activityCount(u); ++r) {
            const Activity &a = calc.activity(u, r);
            const double h = calc.activityHours(u, r);
            if (a.assessment == AssessmentKind::Continuous || a.assessment == AssessmentKind::Final) {
                const ActivityRate *spec = calc.rates().find(a.type);
                const QString label = spec ? spec->label : a.type;
                Row g{QString::number(unit.number),
                      a.clos.isEmpty() ? label : label + QStringLiteral(": ") + a.clos.join(QStringLiteral(", ")),
                      a.weight, {}, h};
                g.hours[size_t(a.mode)] = h;
                (a.assessment == AssessmentKind::Continuous ? s.continuous : s.finals).append(g);
            } else {
                row.hours[size_t(a.mode)] += h;
                row.total += h;
            }
        }
        s.units.append(row);
    }
    for (DeliveryMode m : {DeliveryMode::Physical, DeliveryMode::OnlineSync, DeliveryMode::OnlineAsync})
        s.modeTotals[size_t(m)] = calc.modeHours(m);
    s.total = calc.totalHours();
    s.weightTotal = calc.assessmentWeightTotal();
    s.credits = calc.credits();
    s.rateTableVersion = calc.rates().version();
    return s;
}

} // namespace mcs

#include "sltfigures.h"

#include "sltcalculator.h"

namespace mcs {

bool SltFigures::operator==(const SltFigures &o) const
{
    return rateTableVersion == o.rateTableVersion && totalHours == o.totalHours && credits == o.credits
        && unitHours == o.unitHours && findingCount == o.findingCount;
}

SltFigures sltFigures(const SltCalculator &slt)
{
    SltFigures f;
    f.rateTableVersion = slt.rates().version();
    f.totalHours = slt.totalHours();
    f.credits = slt.credits();
    for (int u = 0; u < slt.unitCount(); ++u)
        f.unitHours.append(slt.unitHours(u));
    f.findingCount = slt.errorCount() + slt.warningCount();
    return f;
}

SltFigures sltFigures(const Table4 &table, const RateTable &rates)
{
    SltCalculator slt(rates);
    slt.setTable(table);
    return sltFigures(slt);
}

} // namespace mcs

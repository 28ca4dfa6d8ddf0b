#include "sltpaneldata.h"

#include <cmath>

#include "coursedocument.h"

#include <QCoreApplication>

namespace mcs {

namespace {
// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::SltPanelData)
};
// Domain section 3 (delivery): Substitute Blended Learning allows 30-79% of SLT online.
constexpr double kSblMinOnline = 30;
constexpr double kSblMaxOnline = 79;
} // namespace

QString SltPanelData::hours(double h)
{
    return Tr::tr("%1 h").arg(QString::number(h, 'f', 2));
}

SltPanelData SltPanelData::from(const CourseDocument &doc)
{
    const SltCalculator &slt = doc.slt();
    SltPanelData d;
    d.totalHours = slt.totalHours();
    d.minHours = slt.minHours();
    d.maxHours = slt.maxHours();
    d.credits = slt.credits();
    d.claimableCredits = slt.claimableCredits();
    d.physicalHours = slt.modeHours(DeliveryMode::Physical);
    d.syncHours = slt.modeHours(DeliveryMode::OnlineSync);
    d.independentHours = slt.modeHours(DeliveryMode::OnlineAsync);
    d.onlineShare = slt.onlineShare();
    d.weightTotal = slt.assessmentWeightTotal();
    d.sbl = doc.course().delivery == CourseDelivery::Sbl;
    d.onlineShareInWindow = !d.sbl || (d.onlineShare >= kSblMinOnline && d.onlineShare <= kSblMaxOnline);
    d.errorCount = slt.errorCount();
    d.warningCount = slt.warningCount();

    d.total = {Tr::tr("Total SLT"), hours(d.totalHours),
               Tr::tr("Sum over every activity of quantity × rate (SLT minutes per unit; the range's midpoint when "
                  "no rate is given) ÷ 60 (guideline 2.2)"),
               d.totalHours < 40};
    d.band = {Tr::tr("Guideline band"),
              Tr::tr("%1 – %2").arg(QString::number(d.minHours, 'f', 2), hours(d.maxHours)),
              Tr::tr("Total SLT with every ranged activity at the lower / upper end of its 2.2 range; fixed-rate and "
                 "'other' activities count at their planned value"),
              false};
    d.credit = {Tr::tr("Credits"), QString::number(d.credits, 'f', 2),
                Tr::tr("Total SLT ÷ 40 hours (MQF: 1 credit = 40 hours of student learning time)"), false};
    d.claimable = {Tr::tr("Claimable credits"), QString::number(d.claimableCredits, 'g', 4),
                   Tr::tr("A stand-alone MC claims 0 credits below 40 h, else 1 credit plus 0.5 for every whole "
                      "20 h above 40 h"),
                   d.claimableCredits == 0};
    QString onlineTip = Tr::tr("Online synchronous + independent (online asynchronous) hours ÷ total SLT × 100");
    if (d.sbl)
        onlineTip += Tr::tr("; Substitute Blended Learning allows %1–%2% online").arg(kSblMinOnline).arg(kSblMaxOnline);
    d.online = {Tr::tr("Online share"), Tr::tr("%1 %").arg(QString::number(d.onlineShare, 'f', 1)), onlineTip,
                !d.onlineShareInWindow};
    // To the hundredth of a percent, as the weight_total rule judges it (1.5 f): thirds typed as
    // 33.333333333 total "100 %" and raise no warning; six weights of 3.33 read "99.98 %".
    const double hundredths = std::round(d.weightTotal * 100) / 100;
    d.weights = {Tr::tr("Assessment weights"), Tr::tr("%1 %").arg(QString::number(hundredths, 'g', 6)),
                 Tr::tr("Sum of the weights of every continuous and final assessment; must total 100% (1.5 f)"),
                 hundredths != 100};

    for (int u = 0; u < slt.unitCount(); ++u) {
        const LearningUnit &unit = slt.unit(u);
        d.units.append({Tr::tr("Unit %1: %2").arg(unit.number).arg(unit.title), slt.unitHours(u)});
    }
    for (const QString &clo : slt.clos())
        d.clos.append({clo, slt.cloHours(clo)});
    d.findings = slt.findings();
    return d;
}

} // namespace mcs

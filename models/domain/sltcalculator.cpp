#include "sltcalculator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mcs {

namespace {

// Per-activity finding bits.
enum ActivityFlag : unsigned {
    NegativeQuantity = 1u << 0,
    NegativeRate = 1u << 1,
    NegativeWeight = 1u << 2,
    MissingRateFlag = 1u << 3,
    WeightWithoutGradeFlag = 1u << 4,
    MissingWeightFlag = 1u << 5,
    UnknownTypeFlag = 1u << 6,
    RateOutOfRangeFlag = 1u << 7,
};

struct FlagRule
{
    unsigned flag;
    SltRule rule;
};
constexpr FlagRule kFlagRules[] = {
    {UnknownTypeFlag, SltRule::UnknownType},
    {NegativeQuantity, SltRule::NegativeValue},
    {NegativeRate, SltRule::NegativeValue},
    {NegativeWeight, SltRule::NegativeValue},
    {MissingRateFlag, SltRule::MissingRate},
    {RateOutOfRangeFlag, SltRule::RateOutOfRange},
    {WeightWithoutGradeFlag, SltRule::WeightWithoutGrade},
    {MissingWeightFlag, SltRule::MissingWeight},
};

constexpr double kNano = 1e9;
constexpr double kNanoMinutesPerHour = 60 * kNano;
// MQF: 1 credit = 40 hours of notional SLT; a stand-alone MC earns half a credit per further 20 h.
constexpr double kHoursPerCredit = 40;
constexpr double kHoursPerHalfCredit = 20;

// Translation context for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::SltCalculator)
};

// Plain number for messages: at most `decimals` decimals, no trailing zeros.
QString amount(double value, int decimals = 2)
{
    QString s = QString::number(value, 'f', decimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

// A weight total in whole hundredths of a percent: the precision the messages show, so weights
// typed as thirds (3 x 33.333333333) total 100% and a finding never reads "100%, not 100%".
qint64 hundredthsOfPercent(double percent)
{
    return std::llround(percent * 100);
}

bool isGraded(AssessmentKind kind)
{
    return kind == AssessmentKind::Continuous || kind == AssessmentKind::Final;
}

} // namespace

SltCalculator::SltCalculator(RateTable rates)
    : m_rates(std::move(rates))
{
    m_table.rateTableVersion = m_rates.version();
}

// --- contributions -----------------------------------------------------------------------------

SltCalculator::Contribution SltCalculator::contributionOf(const Activity &a) const
{
    // Whole nano-minutes: exact integer sums, so incremental and full computations agree.
    const auto fixed = [](double value) -> Fixed {
        if (std::isnan(value))
            return 0;
        const double limit = 1e30; // far beyond any course; keeps the cast defined
        const double whole = std::nearbyint(std::clamp(value * kNano, -limit, limit));
        // Through a 64-bit integer when it fits: converting a double straight to 128 bits is a
        // slow library call, and this runs for every activity of a full recompute.
        if (std::fabs(whole) < 9e18)
            return Fixed(static_cast<qint64>(whole));
        return Fixed(whole);
    };

    Contribution c;
    const ActivityRate *spec = m_rates.find(a.type);
    const std::optional<double> rate = spec ? (a.rate ? a.rate : spec->defaultRate()) : a.rate;
    c.planned = rate ? fixed(a.quantity * *rate) : 0;
    if (spec && spec->kind == RateKind::Ranged) { // 2.2 band: the range's bounds whatever was chosen
        c.low = fixed(a.quantity * spec->min);
        c.high = fixed(a.quantity * spec->max);
    } else { // self_study, other (and unknown types) count at their planned value
        c.low = c.planned;
        c.high = c.planned;
    }
    c.assessment = (spec && spec->assessment) || a.assessment != AssessmentKind::None;
    if (a.weight)
        c.weight = fixed(*a.weight);

    if (!spec)
        c.flags |= UnknownTypeFlag;
    if (a.quantity < 0)
        c.flags |= NegativeQuantity;
    if (a.rate && *a.rate < 0)
        c.flags |= NegativeRate;
    if (a.weight && *a.weight < 0)
        c.flags |= NegativeWeight;
    if (spec && spec->kind == RateKind::Required && !a.rate)
        c.flags |= MissingRateFlag;
    // 2.2: the developer may choose any rate inside the range (a negative rate is already an error).
    if (spec && spec->hasRange() && a.rate && *a.rate >= 0 && (*a.rate < spec->min || *a.rate > spec->max))
        c.flags |= RateOutOfRangeFlag;
    if (a.weight && !isGraded(a.assessment))
        c.flags |= WeightWithoutGradeFlag;
    if (!a.weight && isGraded(a.assessment))
        c.flags |= MissingWeightFlag;
    return c;
}

void SltCalculator::apply(int unit, const Activity &a, int sign)
{
    const Contribution c = contributionOf(a);
    const int mode = int(a.mode);
    m_planned += sign * c.planned;
    m_low += sign * c.low;
    m_high += sign * c.high;
    m_modes[mode] += sign * c.planned;
    m_weight += sign * c.weight;
    m_activityCount += sign;

    UnitSums &u = m_units[unit];
    u.planned += sign * c.planned;
    u.modes[mode] += sign * c.planned;
    if (c.assessment) {
        m_assessment += sign * c.planned;
        const bool had = u.assessments > 0;
        u.assessments += sign;
        const bool has = u.assessments > 0;
        m_unitsWithoutAssessment += int(had) - int(has);
    }
    if (a.assessment == AssessmentKind::Continuous)
        m_continuous += sign;
    else if (a.assessment == AssessmentKind::Final)
        m_final += sign;
    for (const FlagRule &fr : kFlagRules)
        if (c.flags & fr.flag)
            m_ruleCounts[size_t(fr.rule)] += sign;

    // An activity serving several CLOs gives each an equal share (codes counted once each).
    // No list is built: this runs for every activity of a full recompute.
    const QStringList &clos = a.clos;
    const auto counts = [&clos](qsizetype i) {
        if (clos.at(i).isEmpty())
            return false;
        for (qsizetype j = 0; j < i; ++j)
            if (clos.at(j) == clos.at(i))
                return false;
        return true;
    };
    Fixed n = 0;
    for (qsizetype i = 0; i < clos.size(); ++i)
        n += counts(i) ? 1 : 0;
    if (n == 0)
        return;
    const Fixed share = c.planned >= 0 ? (c.planned + n / 2) / n : -((-c.planned + n / 2) / n);
    for (qsizetype i = 0; i < clos.size(); ++i) {
        if (!counts(i))
            continue;
        auto it = m_clos.find(clos.at(i));
        if (it == m_clos.end())
            it = m_clos.insert(clos.at(i), CloSum{});
        it->planned += sign * share;
        it->activities += sign;
        if (it->activities == 0)
            m_clos.erase(it);
    }
}

void SltCalculator::reset()
{
    m_units.clear();
    m_clos.clear();
    m_planned = m_low = m_high = m_assessment = m_weight = 0;
    m_modes = {};
    m_activityCount = m_continuous = m_final = m_unitsWithoutAssessment = 0;
    m_ruleCounts = {};
}

// --- edits -------------------------------------------------------------------------------------

void SltCalculator::setTable(Table4 table)
{
    reset();
    m_table = std::move(table);
    m_table.rateTableVersion = m_rates.version();
    m_units.resize(m_table.units.size());
    m_unitsWithoutAssessment = int(m_table.units.size());
    for (int u = 0; u < m_table.units.size(); ++u)
        for (const Activity &a : std::as_const(m_table.units.at(u).activities))
            apply(u, a, +1);
}

void SltCalculator::setRates(RateTable rates)
{
    m_rates = std::move(rates);
    Table4 table = std::move(m_table);
    setTable(std::move(table));
}

void SltCalculator::insertUnit(int index, LearningUnit unit)
{
    m_table.units.insert(index, std::move(unit));
    m_units.insert(index, UnitSums{});
    ++m_unitsWithoutAssessment; // until one of its activities is an assessment
    for (const Activity &a : std::as_const(m_table.units.at(index).activities))
        apply(index, a, +1);
}

void SltCalculator::removeUnit(int index)
{
    for (const Activity &a : std::as_const(m_table.units.at(index).activities))
        apply(index, a, -1);
    --m_unitsWithoutAssessment;
    m_table.units.removeAt(index);
    m_units.removeAt(index);
}

void SltCalculator::setUnitHeader(int index, int number, const QString &title)
{
    LearningUnit &u = m_table.units[index];
    u.number = number;
    u.title = title;
}

void SltCalculator::setActivity(int unit, int row, Activity activity)
{
    Activity &slot = m_table.units[unit].activities[row];
    apply(unit, slot, -1);
    slot = std::move(activity);
    apply(unit, slot, +1);
}

void SltCalculator::insertActivity(int unit, int row, Activity activity)
{
    QVector<Activity> &list = m_table.units[unit].activities;
    list.insert(row, std::move(activity));
    apply(unit, list.at(row), +1);
}

void SltCalculator::removeActivity(int unit, int row)
{
    QVector<Activity> &list = m_table.units[unit].activities;
    apply(unit, list.at(row), -1);
    list.removeAt(row);
}

// --- totals ------------------------------------------------------------------------------------

__extension__ typedef __int128 NanoMinutes;

static double hoursOf(NanoMinutes nanoMinutes)
{
    return double(nanoMinutes) / kNanoMinutesPerHour;
}

double SltCalculator::activityHours(int unit, int row) const
{
    return hoursOf(contributionOf(activity(unit, row)).planned);
}

double SltCalculator::unitHours(int unit) const { return hoursOf(m_units.at(unit).planned); }
double SltCalculator::unitModeHours(int unit, DeliveryMode mode) const { return hoursOf(m_units.at(unit).modes[size_t(mode)]); }
int SltCalculator::unitAssessmentCount(int unit) const { return m_units.at(unit).assessments; }
double SltCalculator::totalHours() const { return hoursOf(m_planned); }
double SltCalculator::minHours() const { return hoursOf(m_low); }
double SltCalculator::maxHours() const { return hoursOf(m_high); }
double SltCalculator::deliveryHours() const { return hoursOf(m_planned - m_assessment); }
double SltCalculator::assessmentHours() const { return hoursOf(m_assessment); }
double SltCalculator::modeHours(DeliveryMode mode) const { return hoursOf(m_modes[size_t(mode)]); }

QStringList SltCalculator::clos() const
{
    QStringList list = m_clos.keys();
    // Natural order: compare the text before the trailing number, then the number.
    const auto split = [](const QString &s) {
        int i = int(s.size());
        while (i > 0 && s.at(i - 1).isDigit())
            --i;
        return std::make_pair(s.left(i), s.mid(i));
    };
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
        const auto [pa, na] = split(a);
        const auto [pb, nb] = split(b);
        if (pa != pb)
            return pa < pb;
        if (na.size() != nb.size())
            return na.size() < nb.size();
        return na < nb;
    });
    return list;
}

double SltCalculator::cloHours(const QString &clo) const
{
    const auto it = m_clos.constFind(clo);
    return it == m_clos.constEnd() ? 0.0 : hoursOf(it->planned);
}

double SltCalculator::credits() const
{
    return double(m_planned) / (kHoursPerCredit * kNanoMinutesPerHour);
}

double SltCalculator::claimableCredits() const
{
    const Fixed credit = Fixed(kHoursPerCredit * kNanoMinutesPerHour);
    const Fixed half = Fixed(kHoursPerHalfCredit * kNanoMinutesPerHour);
    if (m_planned < credit)
        return 0;
    return 1 + 0.5 * double((m_planned - credit) / half); // floor: both are non-negative
}

double SltCalculator::onlineShare() const
{
    if (m_planned == 0)
        return 0;
    const Fixed online = m_modes[size_t(DeliveryMode::OnlineSync)] + m_modes[size_t(DeliveryMode::OnlineAsync)];
    return 100.0 * double(online) / double(m_planned);
}

double SltCalculator::assessmentWeightTotal() const
{
    return double(m_weight) / kNano;
}

bool SltCalculator::isAssessment(const Activity &activity) const
{
    const ActivityRate *spec = m_rates.find(activity.type);
    return (spec && spec->assessment) || activity.assessment != AssessmentKind::None;
}

// --- findings ----------------------------------------------------------------------------------

int SltCalculator::findingCount(SltRule rule) const
{
    const Fixed credit = Fixed(kHoursPerCredit * kNanoMinutesPerHour);
    switch (rule) {
    case SltRule::WeightTotal: // 1.5 f: weights total 100%, to the hundredth of a percent
        return hundredthsOfPercent(assessmentWeightTotal()) != 10000 ? 1 : 0;
    case SltRule::MissingContinuous: return m_continuous == 0 ? 1 : 0;
    case SltRule::MissingFinal: return m_final == 0 ? 1 : 0;
    case SltRule::UnitWithoutAssessment: return m_unitsWithoutAssessment;
    case SltRule::BelowMinimumHours: return m_planned < credit ? 1 : 0;
    default: return m_ruleCounts[size_t(rule)];
    }
}

static const SltRule kAllRules[] = {
    SltRule::NegativeValue, SltRule::MissingRate, SltRule::WeightWithoutGrade, SltRule::MissingWeight,
    SltRule::WeightTotal, SltRule::MissingContinuous, SltRule::MissingFinal, SltRule::UnknownType,
    SltRule::RateOutOfRange, SltRule::UnitWithoutAssessment, SltRule::BelowMinimumHours,
};

int SltCalculator::errorCount() const
{
    int n = 0;
    for (SltRule r : kAllRules)
        if (sltRuleSeverity(r) == SltSeverity::Error)
            n += findingCount(r);
    return n;
}

int SltCalculator::warningCount() const
{
    int n = 0;
    for (SltRule r : kAllRules)
        if (sltRuleSeverity(r) == SltSeverity::Warning)
            n += findingCount(r);
    return n;
}

static QString unitName(const LearningUnit &u)
{
    return u.title.trimmed().isEmpty()
        ? Tr::tr("Unit %1").arg(u.number)
        : Tr::tr("Unit %1 (%2)").arg(u.number).arg(u.title.trimmed());
}

void SltCalculator::appendActivityFindings(int unit, int row, QVector<SltFinding> *out) const
{
    const Activity &a = activity(unit, row);
    const unsigned flags = contributionOf(a).flags;
    if (!flags)
        return;
    const ActivityRate *spec = m_rates.find(a.type);
    const QString where = Tr::tr("%1, activity %2 (%3)")
                              .arg(unitName(m_table.units.at(unit)))
                              .arg(row + 1)
                              .arg(spec ? spec->label : a.type);
    const QString kind = assessmentKindKey(a.assessment);
    for (const FlagRule &fr : kFlagRules) {
        if (!(flags & fr.flag))
            continue;
        QString text;
        switch (fr.flag) {
        case UnknownTypeFlag:
            text = Tr::tr("'%1' is not an activity type of rate table version %2").arg(a.type).arg(m_rates.version());
            break;
        case NegativeQuantity:
            text = Tr::tr("the quantity %1 is below 0").arg(amount(a.quantity, 6));
            break;
        case NegativeRate:
            text = Tr::tr("the rate %1 is below 0").arg(amount(*a.rate, 6));
            break;
        case NegativeWeight:
            text = Tr::tr("the weight %1% is below 0").arg(amount(*a.weight, 6));
            break;
        case MissingRateFlag:
            text = Tr::tr("give the SLT minutes per %1; this type has no guideline rate").arg(spec->unit);
            break;
        case RateOutOfRangeFlag:
            text = spec->min == spec->max
                ? Tr::tr("the rate of %1 min per %2 differs from the guideline's %3 min (2.2)")
                      .arg(amount(*a.rate, 6), spec->unit, amount(spec->min, 6))
                : Tr::tr("the rate of %1 min per %2 is outside the guideline range of %3-%4 min (2.2)")
                      .arg(amount(*a.rate, 6), spec->unit, amount(spec->min, 6), amount(spec->max, 6));
            break;
        case WeightWithoutGradeFlag:
            text = Tr::tr("a weight of %1% is given but the activity is not a continuous or final assessment")
                       .arg(amount(*a.weight, 6));
            break;
        case MissingWeightFlag:
            text = Tr::tr("a %1 assessment needs a weight in percent").arg(kind);
            break;
        }
        SltFinding f;
        f.rule = fr.rule;
        f.message = Tr::tr("%1: %2.").arg(where, text);
        f.unit = unit;
        f.activity = row;
        out->append(f);
    }
}

void SltCalculator::appendUnitFindings(int unit, QVector<SltFinding> *out) const
{
    if (m_units.at(unit).assessments > 0)
        return;
    SltFinding f; // 2.3: each learning unit or week has at least one assessment
    f.rule = SltRule::UnitWithoutAssessment;
    f.message = Tr::tr("%1 has no assessment; each unit or week needs at least one (2.3).")
                    .arg(unitName(m_table.units.at(unit)));
    f.unit = unit;
    out->append(f);
}

void SltCalculator::appendTableFindings(QVector<SltFinding> *out) const
{
    const auto add = [out](SltRule rule, const QString &message) {
        SltFinding f;
        f.rule = rule;
        f.message = message;
        out->append(f);
    };
    if (findingCount(SltRule::WeightTotal))
        add(SltRule::WeightTotal, Tr::tr("The assessment weights total %1%, not 100% (1.5 f).")
                                      .arg(amount(hundredthsOfPercent(assessmentWeightTotal()) / 100.0, 2)));
    if (findingCount(SltRule::MissingContinuous))
        add(SltRule::MissingContinuous,
            Tr::tr("There is no continuous assessment; continuous and final assessment are both required (1.5 f)."));
    if (findingCount(SltRule::MissingFinal))
        add(SltRule::MissingFinal,
            Tr::tr("There is no final assessment; continuous and final assessment are both required (1.5 f)."));
    if (findingCount(SltRule::BelowMinimumHours))
        add(SltRule::BelowMinimumHours,
            Tr::tr("The total SLT is %1 h, under the 40 h of one credit (MQF).").arg(amount(totalHours())));
}

QVector<SltFinding> SltCalculator::findings() const
{
    QVector<SltFinding> out;
    for (int u = 0; u < m_table.units.size(); ++u) {
        for (int r = 0; r < m_table.units.at(u).activities.size(); ++r)
            appendActivityFindings(u, r, &out);
        appendUnitFindings(u, &out);
    }
    appendTableFindings(&out);
    return out;
}

QVector<SltFinding> SltCalculator::activityFindings(int unit, int row) const
{
    QVector<SltFinding> out;
    appendActivityFindings(unit, row, &out);
    return out;
}

} // namespace mcs

// The SLT calculator: hand-computed hours for every activity type, bands, CLO shares, modes,
// credits, every finding, and incremental edits agreeing exactly with a full recompute.
#include "builtinrates.h"
#include "sltbuilders.h"
#include "sltcalculator.h"

#include <gtest/gtest.h>

#include <functional>
#include <random>

using namespace mcs;
using namespace mcs::test;

namespace {

SltCalculator calculatorFor(const Table4 &t)
{
    SltCalculator c(builtinRateTable());
    c.setTable(t);
    return c;
}

struct TypeCase
{
    const char *type;
    double quantity;
    std::optional<double> rate;
    double planned; // hours, by hand: quantity x rate / 60
    double low;     // quantity x range minimum / 60
    double high;    // quantity x range maximum / 60
    bool assessment;
};

const TypeCase kTypeCases[] = {
    // defaults: the midpoint of the 2.2 range
    {"slide", 12, {}, 1.5, 1.0, 2.0, false},                 // 12 x 7.5 = 90 min
    {"forum", 30, {}, 1.75, 1.0, 2.5, false},                // 30 x 3.5 = 105 min
    {"video", 30, {}, 1.75, 1.0, 2.5, false},
    {"webinar", 30, {}, 1.75, 1.0, 2.5, false},
    {"lecture", 30, {}, 1.75, 1.0, 2.5, false},
    {"reading", 12, {}, 1.5, 1.0, 2.0, false},               // 12 x 7.5
    {"quiz_mcq", 30, {}, 2.0, 1.5, 2.5, true},               // 30 x 4 = 120 min
    {"assignment_video", 6, {}, 2.5, 2.0, 3.0, true},        // 6 x 25 = 150 min
    {"assignment_essay", 3, {}, 3.0, 3.0, 3.0, true},        // 3 x 60
    {"presentation_video", 6, {}, 1.0, 1.0, 1.0, true},      // 6 x 10
    {"exam_short", 12, {}, 1.5, 1.0, 2.0, true},             // 12 x 7.5
    {"exam_long", 6, {}, 1.5, 1.0, 2.0, true},               // 6 x 15
    {"self_study", 90, {}, 1.5, 1.5, 1.5, false},            // 90 x 1, band at the planned value
    // explicit rates
    {"slide", 12, 6.0, 1.2, 1.0, 2.0, false},                // 12 x 6 = 72 min; band unchanged
    {"video", 45, 2.0, 1.5, 1.5, 3.75, false},               // 45 x 2 = 90 min
    {"quiz_mcq", 15, 5.0, 1.25, 0.75, 1.25, true},           // 15 x 5 = 75 min
    {"exam_long", 3, 20.0, 1.0, 0.5, 1.0, true},             // 3 x 20
    {"self_study", 90, 2.0, 3.0, 3.0, 3.0, false},           // a chosen rate counts (and is warned)
    {"other", 3, 20.0, 1.0, 1.0, 1.0, false},                // 3 x 20, band at the planned value
    {"other", 3, {}, 0.0, 0.0, 0.0, false},                  // no rate: nothing planned (missing_rate)
    {"slide", 0.5, {}, 0.0625, 2.5 / 60, 5.0 / 60, false},   // fractional quantity: 3.75 min
};

} // namespace

TEST(SltCalculator, EveryActivityTypeAloneInATable)
{
    for (const TypeCase &c : kTypeCases) {
        SCOPED_TRACE(std::string(c.type) + " x " + std::to_string(c.quantity));
        Act act(c.type, c.quantity);
        if (c.rate)
            act.rate(*c.rate);
        const SltCalculator calc = calculatorFor(table({unit(1, "U", {act})}));
        EXPECT_DOUBLE_EQ(calc.activityHours(0, 0), c.planned);
        EXPECT_DOUBLE_EQ(calc.totalHours(), c.planned);
        EXPECT_DOUBLE_EQ(calc.unitHours(0), c.planned);
        EXPECT_DOUBLE_EQ(calc.minHours(), c.low);
        EXPECT_DOUBLE_EQ(calc.maxHours(), c.high);
        EXPECT_DOUBLE_EQ(calc.assessmentHours(), c.assessment ? c.planned : 0.0);
        EXPECT_DOUBLE_EQ(calc.deliveryHours(), c.assessment ? 0.0 : c.planned);
        EXPECT_EQ(calc.unitAssessmentCount(0), c.assessment ? 1 : 0);
        EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::OnlineAsync), c.planned); // the default mode
        EXPECT_DOUBLE_EQ(calc.credits(), c.planned / 40);
    }
}

TEST(SltCalculator, SumsAUnitAndTheTable)
{
    // Unit 1: slide 20 x 7.5 = 150, video 30 x 4 = 120, quiz 10 x 4 = 40 -> 310 min.
    // Unit 2: reading 12 x 6 = 72, forum 15 x 3.5 = 52.5, self study 600 -> 724.5 min.
    const SltCalculator calc = calculatorFor(table({
        unit(1, "Intro", {Act("slide", 20), Act("video", 30).rate(4).mode(DeliveryMode::OnlineSync),
                          Act("quiz_mcq", 10).continuous(30)}),
        unit(2, "Cleaning", {Act("reading", 12).rate(6), Act("forum", 15).mode(DeliveryMode::Physical).continuous(20),
                             Act("self_study", 600)}),
    }));
    EXPECT_DOUBLE_EQ(calc.unitHours(0), 310.0 / 60);
    EXPECT_DOUBLE_EQ(calc.unitHours(1), 724.5 / 60);
    EXPECT_DOUBLE_EQ(calc.totalHours(), 1034.5 / 60);
    // Bands: slide 100..200, video 60..150, quiz 30..50, reading 60..120, forum 30..75, self study 600.
    EXPECT_DOUBLE_EQ(calc.minHours(), 880.0 / 60);
    EXPECT_DOUBLE_EQ(calc.maxHours(), 1195.0 / 60);
    // Assessments: the quiz (40) and the graded forum (52.5).
    EXPECT_DOUBLE_EQ(calc.assessmentHours(), 92.5 / 60);
    EXPECT_DOUBLE_EQ(calc.deliveryHours(), 942.0 / 60);
    EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::Physical), 52.5 / 60);
    EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::OnlineSync), 2.0);
    EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::OnlineAsync), 862.0 / 60);
    EXPECT_DOUBLE_EQ(calc.unitModeHours(0, DeliveryMode::OnlineSync), 2.0);
    EXPECT_DOUBLE_EQ(calc.unitModeHours(1, DeliveryMode::Physical), 52.5 / 60);
    EXPECT_DOUBLE_EQ(calc.onlineShare(), 100.0 * 982.0 / 1034.5);
    EXPECT_DOUBLE_EQ(calc.assessmentWeightTotal(), 50.0);
    EXPECT_EQ(calc.unitAssessmentCount(0), 1);
    EXPECT_EQ(calc.unitAssessmentCount(1), 1);
    EXPECT_EQ(calc.totalActivityCount(), 6);
}

TEST(SltCalculator, ModesAndOnlineShare)
{
    // 60 min physical, 60 sync, 120 async: 75% online.
    const SltCalculator calc = calculatorFor(table({unit(1, "U", {
        Act("self_study", 60).mode(DeliveryMode::Physical),
        Act("self_study", 60).mode(DeliveryMode::OnlineSync),
        Act("self_study", 120),
    })}));
    EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::Physical), 1.0);
    EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::OnlineSync), 1.0);
    EXPECT_DOUBLE_EQ(calc.modeHours(DeliveryMode::OnlineAsync), 2.0);
    EXPECT_DOUBLE_EQ(calc.onlineShare(), 75.0);
    EXPECT_DOUBLE_EQ(calculatorFor(Table4{}).onlineShare(), 0.0);
}

TEST(SltCalculator, CloSharesAreEqualAndUntaggedActivitiesBelongToNone)
{
    const SltCalculator calc = calculatorFor(table({unit(1, "U", {
        Act("video", 60).rate(2).clos({"CLO1", "CLO2", "CLO3"}),    // 120 min -> 40 each
        Act("slide", 8).clos({"CLO10"}),                             // 60 min
        Act("reading", 4).clos({"CLO2", "CLO2", "CLO10"}),           // 30 min, CLO2 counted once -> 15 each
        Act("self_study", 600),                                      // no CLO
    })}));
    EXPECT_EQ(calc.clos(), (QStringList{QStringLiteral("CLO1"), QStringLiteral("CLO2"), QStringLiteral("CLO3"),
                                        QStringLiteral("CLO10")}));
    EXPECT_DOUBLE_EQ(calc.cloHours(QStringLiteral("CLO1")), 40.0 / 60);
    EXPECT_DOUBLE_EQ(calc.cloHours(QStringLiteral("CLO2")), 55.0 / 60);
    EXPECT_DOUBLE_EQ(calc.cloHours(QStringLiteral("CLO3")), 40.0 / 60);
    EXPECT_DOUBLE_EQ(calc.cloHours(QStringLiteral("CLO10")), 75.0 / 60);
    EXPECT_DOUBLE_EQ(calc.cloHours(QStringLiteral("CLO9")), 0.0);
    EXPECT_DOUBLE_EQ(calc.totalHours(), 810.0 / 60);
}

TEST(SltCalculator, ACloDisappearsWithItsLastActivity)
{
    SltCalculator calc = calculatorFor(table({unit(1, "U", {Act("slide", 8).clos({"CLO1"}), Act("slide", 0).clos({"CLO2"})})}));
    EXPECT_EQ(calc.clos(), (QStringList{QStringLiteral("CLO1"), QStringLiteral("CLO2")})); // 0 h still listed
    calc.removeActivity(0, 1);
    EXPECT_EQ(calc.clos(), QStringList{QStringLiteral("CLO1")});
}

TEST(SltCalculator, CreditsAndClaimableCredits)
{
    const struct
    {
        double minutes;
        double credits;
        double claimable;
    } cases[] = {
        {0, 0, 0},
        {2399, 2399.0 / 2400, 0},   // 39.98 h
        {2400, 1, 1},               // 40 h
        {3599, 3599.0 / 2400, 1},   // 59.98 h
        {3600, 1.5, 1.5},           // 60 h
        {4799, 4799.0 / 2400, 1.5},
        {4800, 2, 2},               // 80 h
        {6000, 2.5, 2.5},           // 100 h
        {7230, 3.0125, 3},          // 120.5 h: 1 + 0.5 x floor(80.5 / 20) = 3
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.minutes);
        const SltCalculator calc = calculatorFor(table({unit(1, "U", {Act("self_study", c.minutes)})}));
        EXPECT_DOUBLE_EQ(calc.credits(), c.credits);
        EXPECT_EQ(calc.claimableCredits(), c.claimable);
        EXPECT_EQ(calc.findingCount(SltRule::BelowMinimumHours), c.minutes < 2400 ? 1 : 0);
    }
}

TEST(SltCalculator, AGradedForumIsAnAssessmentAndAnUngradedQuizToo)
{
    const SltCalculator calc = calculatorFor(table({
        unit(1, "A", {Act("forum", 30).kind(AssessmentKind::Formative)}),
        unit(2, "B", {Act("quiz_mcq", 5)}),
        unit(3, "C", {Act("forum", 30)}),
    }));
    EXPECT_EQ(calc.unitAssessmentCount(0), 1);
    EXPECT_EQ(calc.unitAssessmentCount(1), 1);
    EXPECT_EQ(calc.unitAssessmentCount(2), 0);
    EXPECT_TRUE(calc.isAssessment(calc.activity(0, 0)));
    EXPECT_TRUE(calc.isAssessment(calc.activity(1, 0)));
    EXPECT_FALSE(calc.isAssessment(calc.activity(2, 0)));
    EXPECT_DOUBLE_EQ(calc.assessmentHours(), 105.0 / 60 + 20.0 / 60);
}

TEST(SltCalculator, SetTableRecordsTheRateTableVersion)
{
    Table4 t = table({unit(1, "U", {Act("slide", 1)})});
    t.rateTableVersion = 0;
    const SltCalculator calc = calculatorFor(t);
    EXPECT_EQ(calc.table().rateTableVersion, 1);
    EXPECT_EQ(calc.table().units, t.units);
}

// --- findings ----------------------------------------------------------------------------------

namespace {

// A table with no finding: both units assessed, weights 40 + 60, 44.5 h.
Table4 cleanTable()
{
    return table({
        unit(1, "Basics", {Act("slide", 12), Act("quiz_mcq", 30).continuous(40)}),
        unit(2, "Practice", {Act("self_study", 2400), Act("assignment_essay", 1).final(60)}),
    });
}

struct Place
{
    std::string rule;
    int unit;
    int activity;
    bool operator==(const Place &o) const { return rule == o.rule && unit == o.unit && activity == o.activity; }
};

std::ostream &operator<<(std::ostream &os, const Place &p)
{
    return os << p.rule << '@' << p.unit << ',' << p.activity;
}

std::vector<Place> placesOf(const SltCalculator &calc)
{
    std::vector<Place> out;
    for (const SltFinding &f : calc.findings())
        out.push_back({f.ruleId().toStdString(), f.unit, f.activity});
    return out;
}

struct FindingCase
{
    const char *name;
    std::function<void(SltCalculator &)> edit;
    std::vector<Place> expected;
    int errors;
    int warnings;
};

} // namespace

TEST(SltFindings, TheCleanTableHasNone)
{
    const SltCalculator calc = calculatorFor(cleanTable());
    EXPECT_DOUBLE_EQ(calc.totalHours(), 44.5);
    EXPECT_TRUE(calc.findings().isEmpty());
    EXPECT_EQ(calc.errorCount(), 0);
    EXPECT_EQ(calc.warningCount(), 0);
}

TEST(SltFindings, EveryRuleAtItsPlace)
{
    const auto setActivity = [](int u, int r, std::function<void(Activity &)> change) {
        return [=](SltCalculator &c) {
            Activity a = c.activity(u, r);
            change(a);
            c.setActivity(u, r, a);
        };
    };
    const FindingCase cases[] = {
        {"negative quantity", setActivity(0, 0, [](Activity &a) { a.quantity = -12; }),
         {{"negative_value", 0, 0}}, 1, 0},
        {"negative rate is not also out of range", setActivity(0, 0, [](Activity &a) { a.rate = -1; }),
         {{"negative_value", 0, 0}}, 1, 0},
        {"negative weight", setActivity(0, 1, [](Activity &a) { a.weight = -40; }),
         {{"negative_value", 0, 1}, {"weight_total", -1, -1}}, 2, 0},
        {"every negative field", setActivity(0, 1, [](Activity &a) { a.quantity = -1; a.rate = -2; a.weight = -40; }),
         {{"negative_value", 0, 1}, {"negative_value", 0, 1}, {"negative_value", 0, 1}, {"weight_total", -1, -1}}, 4, 0},
        {"other without a rate", [](SltCalculator &c) { c.insertActivity(0, 2, Act("other", 3)); },
         {{"missing_rate", 0, 2}}, 1, 0},
        {"weight on an ungraded row", setActivity(0, 0, [](Activity &a) { a.weight = 10; }),
         {{"weight_without_grade", 0, 0}, {"weight_total", -1, -1}}, 2, 0},
        {"weight 0 on a formative row", setActivity(0, 0, [](Activity &a) { a.assessment = AssessmentKind::Formative; a.weight = 0; }),
         {{"weight_without_grade", 0, 0}}, 1, 0},
        {"continuous without weight", setActivity(0, 1, [](Activity &a) { a.weight.reset(); }),
         {{"missing_weight", 0, 1}, {"weight_total", -1, -1}}, 2, 0},
        {"weights total 110", setActivity(1, 1, [](Activity &a) { a.weight = 70; }),
         {{"weight_total", -1, -1}}, 1, 0},
        {"no continuous", setActivity(0, 1, [](Activity &a) { a.assessment = AssessmentKind::None; a.weight.reset(); }),
         {{"weight_total", -1, -1}, {"missing_continuous", -1, -1}}, 2, 0},
        {"no final", setActivity(1, 1, [](Activity &a) { a.assessment = AssessmentKind::Formative; a.weight.reset(); }),
         {{"weight_total", -1, -1}, {"missing_final", -1, -1}}, 2, 0},
        {"rate above the range", setActivity(0, 0, [](Activity &a) { a.rate = 11; }),
         {{"rate_out_of_range", 0, 0}}, 0, 1},
        {"rate below the range", setActivity(0, 0, [](Activity &a) { a.rate = 4.5; }),
         {{"rate_out_of_range", 0, 0}}, 0, 1},
        {"rates at the bounds are inside", [](SltCalculator &c) {
             c.insertActivity(0, 0, Act("slide", 1).rate(5));
             c.insertActivity(0, 0, Act("slide", 1).rate(10)); },
         {}, 0, 0},
        {"a fixed rate other than the guideline's", setActivity(1, 1, [](Activity &a) { a.rate = 50; }),
         {{"rate_out_of_range", 1, 1}}, 0, 1},
        {"self study at another rate", setActivity(1, 0, [](Activity &a) { a.rate = 1.5; }),
         {{"rate_out_of_range", 1, 0}}, 0, 1},
        {"a unit without assessment", [](SltCalculator &c) { c.insertUnit(2, unit(3, "Extra", {Act("slide", 1)})); },
         {{"unit_without_assessment", 2, -1}}, 0, 1},
        {"an empty unit", [](SltCalculator &c) { c.insertUnit(0, unit(0, "Orientation", {})); },
         {{"unit_without_assessment", 0, -1}}, 0, 1},
        {"removing a unit's only assessment", [](SltCalculator &c) { c.removeActivity(1, 1); },
         {{"unit_without_assessment", 1, -1}, {"weight_total", -1, -1}, {"missing_final", -1, -1}}, 2, 1},
        {"under 40 hours", setActivity(1, 0, [](Activity &a) { a.quantity = 2000; }),
         {{"below_minimum_hours", -1, -1}}, 0, 1},
        {"an unknown type", setActivity(0, 0, [](Activity &a) { a.type = QStringLiteral("podcast"); }),
         {{"unknown_type", 0, 0}}, 1, 0},
    };
    for (const FindingCase &c : cases) {
        SCOPED_TRACE(c.name);
        SltCalculator calc = calculatorFor(cleanTable());
        c.edit(calc);
        EXPECT_EQ(placesOf(calc), c.expected);
        EXPECT_EQ(calc.errorCount(), c.errors);
        EXPECT_EQ(calc.warningCount(), c.warnings);
        // The same findings from scratch.
        EXPECT_EQ(placesOf(calculatorFor(calc.table())), c.expected);
        for (const SltFinding &f : calc.findings()) {
            EXPECT_FALSE(f.message.isEmpty());
            EXPECT_EQ(f.line, 0);
            EXPECT_EQ(f.isError(), f.severity() == SltSeverity::Error);
        }
    }
}

TEST(SltFindings, SeveritiesAndIds)
{
    const struct
    {
        SltRule rule;
        const char *id;
        SltSeverity severity;
    } cases[] = {
        {SltRule::NegativeValue, "negative_value", SltSeverity::Error},
        {SltRule::MissingRate, "missing_rate", SltSeverity::Error},
        {SltRule::WeightWithoutGrade, "weight_without_grade", SltSeverity::Error},
        {SltRule::MissingWeight, "missing_weight", SltSeverity::Error},
        {SltRule::WeightTotal, "weight_total", SltSeverity::Error},
        {SltRule::MissingContinuous, "missing_continuous", SltSeverity::Error},
        {SltRule::MissingFinal, "missing_final", SltSeverity::Error},
        {SltRule::UnknownType, "unknown_type", SltSeverity::Error},
        {SltRule::RateOutOfRange, "rate_out_of_range", SltSeverity::Warning},
        {SltRule::UnitWithoutAssessment, "unit_without_assessment", SltSeverity::Warning},
        {SltRule::BelowMinimumHours, "below_minimum_hours", SltSeverity::Warning},
    };
    for (const auto &c : cases) {
        EXPECT_EQ(sltRuleId(c.rule), QLatin1String(c.id));
        EXPECT_EQ(sltRuleSeverity(c.rule), c.severity);
    }
    EXPECT_EQ(sltSeverityKey(SltSeverity::Error), QStringLiteral("error"));
    EXPECT_EQ(sltSeverityKey(SltSeverity::Warning), QStringLiteral("warning"));
}

TEST(SltFindings, MessagesNameTheUnitAndActivityInPlainWords)
{
    SltCalculator calc = calculatorFor(cleanTable());
    Activity a = calc.activity(0, 0);
    a.rate = 11;
    calc.setActivity(0, 0, a);
    calc.insertActivity(1, 2, Act("other", 2));
    calc.setUnitHeader(1, 2, QString());
    const QVector<SltFinding> f = calc.findings();
    ASSERT_EQ(f.size(), 2);
    EXPECT_EQ(f[0].message, QStringLiteral("Unit 1 (Basics), activity 1 (Slide): the rate of 11 min per slide is "
                                           "outside the guideline range of 5-10 min (2.2)."));
    EXPECT_EQ(f[1].message, QStringLiteral("Unit 2, activity 3 (Other): give the SLT minutes per unit; this type has "
                                           "no guideline rate."));
    EXPECT_EQ(calc.activityFindings(0, 0).size(), 1);
    EXPECT_TRUE(calc.activityFindings(0, 1).isEmpty());

    const SltCalculator empty = calculatorFor(Table4{});
    QStringList messages;
    for (const SltFinding &x : empty.findings())
        messages << x.message;
    EXPECT_EQ(messages, (QStringList{
        QStringLiteral("The assessment weights total 0%, not 100% (1.5 f)."),
        QStringLiteral("There is no continuous assessment; continuous and final assessment are both required (1.5 f)."),
        QStringLiteral("There is no final assessment; continuous and final assessment are both required (1.5 f)."),
        QStringLiteral("The total SLT is 0 h, under the 40 h of one credit (MQF)."),
    }));
}

TEST(SltFindings, WeightsThatAddUpInDecimalTotalExactly100)
{
    // 33.3 + 33.3 + 33.4 is not 100 in binary floating point; the calculator sums exactly.
    const SltCalculator calc = calculatorFor(table({unit(1, "U", {
        Act("quiz_mcq", 10).continuous(33.3), Act("quiz_mcq", 10).continuous(33.3), Act("exam_long", 2).final(33.4),
        Act("self_study", 2400),
    })}));
    EXPECT_EQ(calc.findingCount(SltRule::WeightTotal), 0);
    EXPECT_EQ(calc.assessmentWeightTotal(), 100.0);
}

// --- incremental edits -------------------------------------------------------------------------

namespace {

Activity randomActivity(std::mt19937 &rng)
{
    static const char *types[] = {"slide", "forum", "video", "webinar", "lecture", "reading", "quiz_mcq",
                                  "assignment_video", "assignment_essay", "presentation_video", "exam_short",
                                  "exam_long", "self_study", "other"};
    Activity a;
    a.type = QString::fromLatin1(types[rng() % 14]);
    a.quantity = double(rng() % 400) / 4 - (rng() % 50 == 0 ? 30 : 0);
    if (rng() % 3 == 0)
        a.rate = double(rng() % 40) / 2 + 0.1;
    a.mode = DeliveryMode(rng() % 3);
    for (int i = 0, n = int(rng() % 4); i < n; ++i)
        a.clos.append(QStringLiteral("CLO%1").arg(rng() % 7 + 1));
    a.assessment = AssessmentKind(rng() % 4);
    if (rng() % 2)
        a.weight = double(rng() % 300) / 10;
    return a;
}

void expectSameTotals(const SltCalculator &a, const SltCalculator &b)
{
    // Exact equality: both sum whole nano-minutes.
    EXPECT_EQ(a.totalHours(), b.totalHours());
    EXPECT_EQ(a.minHours(), b.minHours());
    EXPECT_EQ(a.maxHours(), b.maxHours());
    EXPECT_EQ(a.deliveryHours(), b.deliveryHours());
    EXPECT_EQ(a.assessmentHours(), b.assessmentHours());
    EXPECT_EQ(a.credits(), b.credits());
    EXPECT_EQ(a.claimableCredits(), b.claimableCredits());
    EXPECT_EQ(a.onlineShare(), b.onlineShare());
    EXPECT_EQ(a.assessmentWeightTotal(), b.assessmentWeightTotal());
    for (DeliveryMode m : {DeliveryMode::Physical, DeliveryMode::OnlineSync, DeliveryMode::OnlineAsync})
        EXPECT_EQ(a.modeHours(m), b.modeHours(m));
    ASSERT_EQ(a.clos(), b.clos());
    for (const QString &clo : a.clos())
        EXPECT_EQ(a.cloHours(clo), b.cloHours(clo)) << clo.toStdString();
    ASSERT_EQ(a.unitCount(), b.unitCount());
    for (int u = 0; u < a.unitCount(); ++u) {
        EXPECT_EQ(a.unitHours(u), b.unitHours(u));
        EXPECT_EQ(a.unitAssessmentCount(u), b.unitAssessmentCount(u));
        for (DeliveryMode m : {DeliveryMode::Physical, DeliveryMode::OnlineSync, DeliveryMode::OnlineAsync})
            EXPECT_EQ(a.unitModeHours(u, m), b.unitModeHours(u, m));
    }
    EXPECT_EQ(a.errorCount(), b.errorCount());
    EXPECT_EQ(a.warningCount(), b.warningCount());
    EXPECT_EQ(placesOf(a), placesOf(b));
    EXPECT_EQ(a.totalActivityCount(), b.totalActivityCount());
}

} // namespace

TEST(SltCalculator, IncrementalEditsAgreeExactlyWithAFullRecompute)
{
    std::mt19937 rng(20261130);
    Table4 start;
    for (int u = 0; u < 8; ++u) {
        LearningUnit lu;
        lu.number = u + 1;
        lu.title = QStringLiteral("Week %1").arg(u + 1);
        for (int r = 0; r < 12; ++r)
            lu.activities.append(randomActivity(rng));
        start.units.append(lu);
    }
    SltCalculator calc(builtinRateTable());
    calc.setTable(start);
    for (int step = 0; step < 3000; ++step) {
        const int op = int(rng() % 100);
        const int u = int(rng() % uint(calc.unitCount()));
        const int rows = calc.activityCount(u);
        if (op < 50 && rows > 0) {
            calc.setActivity(u, int(rng() % uint(rows)), randomActivity(rng));
        } else if (op < 75) {
            calc.insertActivity(u, int(rng() % uint(rows + 1)), randomActivity(rng));
        } else if (op < 97 && rows > 0) {
            calc.removeActivity(u, int(rng() % uint(rows)));
        } else if (op < 98 && calc.unitCount() > 2) {
            calc.removeUnit(u);
        } else {
            LearningUnit lu;
            lu.number = 100 + step;
            for (int r = 0, n = int(rng() % 5); r < n; ++r)
                lu.activities.append(randomActivity(rng));
            calc.insertUnit(int(rng() % uint(calc.unitCount() + 1)), lu);
        }
        if (step % 250 == 0 || step == 2999) {
            SCOPED_TRACE(step);
            SltCalculator fresh(builtinRateTable());
            fresh.setTable(calc.table());
            expectSameTotals(calc, fresh);
        }
    }
    // And back to the start: every sum returns to its first value.
    SltCalculator first(builtinRateTable());
    first.setTable(start);
    calc.setTable(start);
    expectSameTotals(calc, first);
}

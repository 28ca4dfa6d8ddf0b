// Weight totals are compared to the hundredth of a percent the messages show: weights typed as
// thirds total 100%, and a real shortfall is reported with the figure that shows it.
#include "builtinrates.h"
#include "compliancebuilders.h"
#include "sltbuilders.h"
#include "sltcalculator.h"

#include <gtest/gtest.h>

using namespace mcs;
using namespace mcs::test;

namespace {

SltCalculator calculatorWithWeights(double a, double b, double c)
{
    SltCalculator calc(builtinRateTable());
    calc.setTable(table({unit(1, "One", {Act("quiz_mcq", 10).continuous(a)}),
                         unit(2, "Two", {Act("quiz_mcq", 10).continuous(b)}),
                         unit(3, "Three", {Act("exam_short", 10).final(c)})}));
    return calc;
}

QStringList weightMessages(const SltCalculator &calc)
{
    QStringList out;
    for (const SltFinding &f : calc.findings())
        if (f.rule == SltRule::WeightTotal)
            out << f.message;
    return out;
}

QVector<ComplianceFinding> formFindings(const QVector<double> &weights)
{
    Course c = compliantCourse();
    c.assessment.clear();
    for (int i = 0; i < weights.size(); ++i)
        c.assessment.append({QStringLiteral("Part %1 (CLO1, CLO2)").arg(i + 1),
                             i + 1 < weights.size() ? AssessmentComponent::Kind::Continuous
                                                    : AssessmentComponent::Kind::Final,
                             weights.at(i)});
    SltCalculator slt(builtinRateTable());
    slt.setTable(c.table4);
    QVector<ComplianceFinding> out;
    for (const ComplianceFinding &f : checkCompliance(c, slt, ComplianceContext{{}, builtinBloomVerbs()}))
        if (f.rule == QLatin1String("assessment_total"))
            out << f;
    return out;
}

} // namespace

TEST(WeightTotal, ThirdsTotalOneHundredPercent)
{
    const double third = 33.333333333; // as typed: the sum is 99.999999999
    const SltCalculator calc = calculatorWithWeights(third, third, third);
    EXPECT_NE(calc.assessmentWeightTotal(), 100.0); // not exactly 100 ...
    EXPECT_EQ(calc.findingCount(SltRule::WeightTotal), 0); // ... but 100.00 to the hundredth
    EXPECT_EQ(weightMessages(calc), QStringList());
    EXPECT_EQ(calc.errorCount(), 0);

    const double exactThird = 100.0 / 3;
    EXPECT_EQ(calculatorWithWeights(exactThird, exactThird, exactThird).findingCount(SltRule::WeightTotal), 0);
    EXPECT_TRUE(formFindings({third, third, third}).isEmpty());
    EXPECT_TRUE(formFindings({exactThird, exactThird, exactThird}).isEmpty());
}

TEST(WeightTotal, AShortfallIsReportedWithTheFigureThatShowsIt)
{
    SltCalculator calc = calculatorWithWeights(33.33, 33.33, 33.33); // 99.99%
    EXPECT_EQ(calc.findingCount(SltRule::WeightTotal), 1);
    EXPECT_EQ(weightMessages(calc),
              QStringList{QStringLiteral("The assessment weights total 99.99%, not 100% (1.5 f).")});

    calc = calculatorWithWeights(33.333, 33.333, 33.333); // 99.999% rounds to 100.00
    EXPECT_EQ(calc.findingCount(SltRule::WeightTotal), 0);
    calc = calculatorWithWeights(30, 30, 40.006); // 100.006% rounds to 100.01
    EXPECT_EQ(weightMessages(calc),
              QStringList{QStringLiteral("The assessment weights total 100.01%, not 100% (1.5 f).")});
    calc = calculatorWithWeights(30, 30, 30);
    EXPECT_EQ(weightMessages(calc), QStringList{QStringLiteral("The assessment weights total 90%, not 100% (1.5 f).")});

    const auto f = formFindings({33.33, 33.33, 33.33});
    ASSERT_EQ(f.size(), 1);
    EXPECT_EQ(f[0].message, QStringLiteral("The assessment weights total 99.99%; they must total 100%."));
    const auto g = formFindings({40, 59.5});
    ASSERT_EQ(g.size(), 1);
    EXPECT_EQ(g[0].message, QStringLiteral("The assessment weights total 99.5%; they must total 100%."));
}

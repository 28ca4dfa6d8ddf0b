#include "builtinrates.h"
#include "table4fixture.h"
#include "table4summary.h"
#include "table4summaryrenderer.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QPainter>

using namespace mcs;

namespace {
SltCalculator calculatorOf(const Table4 &table)
{
    SltCalculator calc(builtinRateTable());
    calc.setTable(table);
    return calc;
}
} // namespace

TEST(Table4Summary, UnitRowsLeaveGradedAssessmentsToTheirOwnRows)
{
    const SltCalculator calc = calculatorOf(test::table4Course().table4);
    const Table4Summary s = Table4Summary::of(calc);
    ASSERT_EQ(s.units.size(), 2);
    // Unit 1: 75 min of slides physical, 90 min of video online synchronous.
    EXPECT_DOUBLE_EQ(s.units.at(0).hours[0], 1.25);
    EXPECT_DOUBLE_EQ(s.units.at(0).hours[1], 1.5);
    EXPECT_DOUBLE_EQ(s.units.at(0).total, 2.75);
    // Unit 2: only the 90 min of reading; the continuous quiz has its own row.
    EXPECT_DOUBLE_EQ(s.units.at(1).total, 1.5);
    ASSERT_EQ(s.continuous.size(), 1);
    EXPECT_EQ(s.continuous.at(0).topic, QStringLiteral("Quiz (MCQ): CLO1, CLO2"));
    EXPECT_EQ(s.continuous.at(0).weight, 40.0);
    EXPECT_DOUBLE_EQ(s.continuous.at(0).hours[2], 80 / 60.0);
    EXPECT_TRUE(s.finals.isEmpty());
    EXPECT_DOUBLE_EQ(s.total, 335 / 60.0);
    EXPECT_DOUBLE_EQ(s.credits, 335 / 60.0 / 40);
    EXPECT_DOUBLE_EQ(s.modeTotals[0] + s.modeTotals[1] + s.modeTotals[2], s.total);
}

TEST(Table4SummaryRenderer, PaintsOnAnImageAndPaginates)
{
    const SltCalculator calc = calculatorOf(test::table4Course().table4);
    const Table4SummaryRenderer renderer(Table4Summary::of(calc), QStringLiteral("TST101MC"), QString());
    QImage image(1000, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        EXPECT_EQ(renderer.pageCount(&image, QRectF(0, 0, 1000, 700)), 1);
        renderer.paintPage(&p, QRectF(20, 20, 960, 660), 0);
    }
    // The header band is drawn in the MQA blue somewhere down the left edge.
    int headerRows = 0;
    for (int y = 0; y < image.height(); ++y)
        if (image.pixel(22, y) == qRgb(0x1f, 0x4e, 0x79))
            ++headerRows;
    EXPECT_GT(headerRows, 10);

    // 60 units do not fit on a short page: more pages, each repeating the header.
    Table4 big;
    for (int u = 1; u <= 60; ++u)
        big.units.append({u, QStringLiteral("Week %1").arg(u), {test::act("slide", 10)}});
    const SltCalculator bigCalc = calculatorOf(big);
    const Table4SummaryRenderer long_(Table4Summary::of(bigCalc), QString(), QString());
    EXPECT_GT(long_.pageCount(&image, QRectF(0, 0, 1000, 700)), 1);
}

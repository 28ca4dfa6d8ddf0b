// New rate-table versions: the JSON writer round-trips, edited copies are checked, a preferred
// default changes the planned SLT, and a calculator recomputes under another table.
#include "builtinrates.h"
#include "sltbuilders.h"
#include "sltcalculator.h"
#include "sltfigures.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace mcs;
using namespace mcs::test;

namespace {

QVector<ActivityRate> editedRates(void (*change)(ActivityRate &slide))
{
    QVector<ActivityRate> rates = builtinRateTable().rates();
    change(rates[0]);
    return rates;
}

} // namespace

TEST(RateTableVersions, TheBuiltInTableRoundTripsThroughJson)
{
    const RateTable &builtin = builtinRateTable();
    const QByteArray json = builtin.toJson();
    QString error;
    const auto back = RateTable::fromJson(json, &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_TRUE(*back == builtin);
    EXPECT_EQ(back->toJson(), json);
    EXPECT_TRUE(builtin.source().contains(QStringLiteral("2.2")));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("mcstudio-slt-rates"));
    EXPECT_EQ(root.value(QStringLiteral("version")).toInt(), 1);
}

TEST(RateTableVersions, AnEditedCopyWithAPreferredDefaultRoundTrips)
{
    QString error;
    const auto v2 = builtinRateTable().newVersion(2, editedRates([](ActivityRate &slide) {
        slide.min = 6;
        slide.max = 12;
        slide.preferred = 8;
    }), &error);
    ASSERT_TRUE(v2) << qPrintable(error);
    EXPECT_EQ(v2->version(), 2);
    EXPECT_EQ(v2->find(QStringLiteral("slide"))->defaultRate(), 8.0);
    EXPECT_EQ(v2->find(QStringLiteral("video"))->defaultRate(), 3.5); // untouched: the midpoint
    const auto back = RateTable::fromJson(v2->toJson(), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_TRUE(*back == *v2);
    EXPECT_TRUE(*back != builtinRateTable());
    EXPECT_TRUE(v2->toJson().contains("\"default\": 8"));

    // A preferred default outside the range in a file is refused.
    QByteArray bad = v2->toJson();
    bad.replace("\"default\": 8", "\"default\": 13");
    EXPECT_FALSE(RateTable::fromJson(bad, &error));
    EXPECT_EQ(error, QStringLiteral("type 'slide': default is outside min..max"));
}

TEST(RateTableVersions, EditedRatesAreChecked)
{
    QString error;
    EXPECT_FALSE(builtinRateTable().newVersion(2, editedRates([](ActivityRate &s) { s.preferred = 11; }), &error));
    EXPECT_EQ(error, QStringLiteral("Slide: the default 11 must lie between the minimum 5 and the maximum 10."));
    EXPECT_FALSE(builtinRateTable().newVersion(2, editedRates([](ActivityRate &s) { s.min = 12; }), &error));
    EXPECT_EQ(error, QStringLiteral("Slide: the minimum 12 is above the maximum 10."));
    EXPECT_FALSE(builtinRateTable().newVersion(2, editedRates([](ActivityRate &s) { s.min = 0; }), &error));
    EXPECT_EQ(error, QStringLiteral("Slide: the minimum must be above 0 minutes."));
    EXPECT_FALSE(builtinRateTable().newVersion(2, editedRates([](ActivityRate &s) { s.min = -1; }), &error));
    EXPECT_FALSE(builtinRateTable().newVersion(2, editedRates([](ActivityRate &s) { s.key = QStringLiteral("x"); }), &error));
    EXPECT_EQ(error, QStringLiteral("A new version keeps the activity types of the table it copies."));
    EXPECT_FALSE(builtinRateTable().newVersion(0, builtinRateTable().rates(), &error));

    QVector<ActivityRate> rates = builtinRateTable().rates();
    for (ActivityRate &r : rates)
        if (r.key == QLatin1String("self_study"))
            r.min = 0;
    EXPECT_FALSE(builtinRateTable().newVersion(2, rates, &error));
    EXPECT_EQ(error, QStringLiteral("Independent study: the fixed rate must be above 0 minutes."));
    // An unchanged copy is a valid new version ("other" has no rate to check).
    EXPECT_TRUE(builtinRateTable().newVersion(2, builtinRateTable().rates(), &error)) << qPrintable(error);
}

TEST(RateTableVersions, ACalculatorRecomputesUnderAnotherTable)
{
    // Unit 1: 10 slides (7.5 -> 8 min) + 20 min video at a chosen 3 (kept); unit 2: 10 quiz questions (4).
    SltCalculator slt(builtinRateTable());
    slt.setTable(table({unit(1, "One", {Act("slide", 10), Act("video", 20).rate(3)}),
                        unit(2, "Two", {Act("quiz_mcq", 10).continuous(100)})}));
    const SltFigures before = sltFigures(slt);
    EXPECT_EQ(before.rateTableVersion, 1);
    EXPECT_DOUBLE_EQ(before.totalHours, (75.0 + 60 + 40) / 60);
    EXPECT_EQ(before.unitHours, (QVector<double>{135.0 / 60, 40.0 / 60}));

    const auto v2 = builtinRateTable().newVersion(2, editedRates([](ActivityRate &s) {
        s.min = 6;
        s.max = 12;
        s.preferred = 8;
    }));
    ASSERT_TRUE(v2);
    const SltFigures preview = sltFigures(slt.table(), *v2);
    slt.setRates(*v2);
    const SltFigures after = sltFigures(slt);
    EXPECT_TRUE(after == preview);
    EXPECT_EQ(after.rateTableVersion, 2);
    EXPECT_EQ(slt.table().rateTableVersion, 2);
    EXPECT_DOUBLE_EQ(after.totalHours, (80.0 + 60 + 40) / 60);
    EXPECT_EQ(after.unitHours, (QVector<double>{140.0 / 60, 40.0 / 60}));
    EXPECT_DOUBLE_EQ(after.credits, after.totalHours / 40);

    slt.setRates(builtinRateTable());
    EXPECT_TRUE(sltFigures(slt) == before);
}

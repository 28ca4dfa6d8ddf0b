// The built-in SLT rate table (guideline 2.2) and the JSON it is read from.
#include "builtinrates.h"
#include "table4.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {

struct RateCase
{
    const char *key;
    const char *unit;
    RateKind kind;
    double min;
    double max;
    bool assessment;
    double defaultRate; // -1 = none
};

// 2.2's two tables, as the guideline gives them, plus self_study and other.
const RateCase kRates[] = {
    {"slide", "slide", RateKind::Ranged, 5, 10, false, 7.5},
    {"forum", "minute", RateKind::Ranged, 2, 5, false, 3.5},
    {"video", "minute", RateKind::Ranged, 2, 5, false, 3.5},
    {"webinar", "minute", RateKind::Ranged, 2, 5, false, 3.5},
    {"lecture", "minute", RateKind::Ranged, 2, 5, false, 3.5},
    {"reading", "page", RateKind::Ranged, 5, 10, false, 7.5},
    {"quiz_mcq", "question", RateKind::Ranged, 3, 5, true, 4},
    {"assignment_video", "minute", RateKind::Ranged, 20, 30, true, 25},
    {"assignment_essay", "page", RateKind::Ranged, 60, 60, true, 60},
    {"presentation_video", "minute", RateKind::Ranged, 10, 10, true, 10},
    {"exam_short", "question", RateKind::Ranged, 5, 10, true, 7.5},
    {"exam_long", "question", RateKind::Ranged, 10, 20, true, 15},
    {"self_study", "minute", RateKind::Fixed, 1, 1, false, 1},
    {"other", "unit", RateKind::Required, 0, 0, false, -1},
};

} // namespace

TEST(RateTable, BuiltInTableHasEveryTypeInOrder)
{
    const RateTable &rates = builtinRateTable();
    EXPECT_EQ(rates.version(), 1);
    QStringList keys;
    for (const RateCase &c : kRates)
        keys.append(QString::fromLatin1(c.key));
    EXPECT_EQ(rates.keys(), keys);
}

TEST(RateTable, BuiltInRatesMatchTheGuideline)
{
    const RateTable &rates = builtinRateTable();
    for (const RateCase &c : kRates) {
        SCOPED_TRACE(c.key);
        const ActivityRate *r = rates.find(QString::fromLatin1(c.key));
        ASSERT_NE(r, nullptr);
        EXPECT_EQ(r->unit, QString::fromLatin1(c.unit));
        EXPECT_EQ(r->kind, c.kind);
        EXPECT_EQ(r->min, c.min);
        EXPECT_EQ(r->max, c.max);
        EXPECT_EQ(r->assessment, c.assessment);
        EXPECT_FALSE(r->label.isEmpty());
        if (c.defaultRate < 0)
            EXPECT_FALSE(r->defaultRate().has_value());
        else
            EXPECT_EQ(r->defaultRate(), c.defaultRate);
    }
    EXPECT_EQ(rates.find(QStringLiteral("podcast")), nullptr);
}

TEST(RateTable, PlannedRateIsTheChosenOneElseTheDefault)
{
    const RateTable &rates = builtinRateTable();
    Activity a;
    a.type = QStringLiteral("slide");
    EXPECT_EQ(rates.plannedRate(a), 7.5);
    a.rate = 6;
    EXPECT_EQ(rates.plannedRate(a), 6.0);
    a.type = QStringLiteral("other");
    EXPECT_EQ(rates.plannedRate(a), 6.0);
    a.rate.reset();
    EXPECT_FALSE(rates.plannedRate(a).has_value());
}

TEST(RateTable, ParsesAMinimalTable)
{
    QString error;
    const auto t = RateTable::fromJson(R"({"format":"mcstudio-slt-rates","version":7,"types":[
        {"key":"slide","unit":"slide","min":4,"max":8},
        {"key":"self_study","unit":"minute","fixed":1},
        {"key":"other","unit":"unit","rate_required":true}]})", &error);
    ASSERT_TRUE(t.has_value()) << error.toStdString();
    EXPECT_EQ(t->version(), 7);
    EXPECT_EQ(t->find(QStringLiteral("slide"))->defaultRate(), 6.0);
    EXPECT_EQ(t->find(QStringLiteral("slide"))->label, QStringLiteral("slide")); // label defaults to the key
}

TEST(RateTable, RejectsMalformedTables)
{
    const struct
    {
        const char *json;
        const char *error;
    } cases[] = {
        {"{", "not JSON"},
        {R"({"version":1,"types":[]})", "format"},
        {R"({"format":"mcstudio-slt-rates","version":0,"types":[{"key":"a","unit":"u","fixed":1}]})", "version"},
        {R"({"format":"mcstudio-slt-rates","version":1.5,"types":[{"key":"a","unit":"u","fixed":1}]})", "version"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[]})", "types"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"A b","unit":"u","fixed":1}]})", "key 'A b'"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","fixed":1}]})", "no unit"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","unit":"u","min":9,"max":3}]})", "min is above max"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","unit":"u","min":1}]})", "'max'"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","unit":"u","min":-1,"max":3}]})", "'min'"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","unit":"u","min":1,"max":3,"fixed":2}]})", "exactly one"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","unit":"u"}]})", "exactly one"},
        {R"({"format":"mcstudio-slt-rates","version":1,"types":[{"key":"a","unit":"u","fixed":1},{"key":"a","unit":"u","fixed":1}]})", "twice"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.json);
        QString error;
        EXPECT_FALSE(RateTable::fromJson(QByteArray(c.json), &error).has_value());
        EXPECT_TRUE(error.contains(QLatin1String(c.error))) << error.toStdString();
    }
}

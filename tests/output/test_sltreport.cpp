// The SLT summary as `mcstudio-cli slt` prints it: the JSON contract and the readable text.
#include "builtinrates.h"
#include "sltreport.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mcs;

namespace {

struct Loaded
{
    SltCalculator calc{builtinRateTable()};
    Table4CsvLines lines;
};

std::unique_ptr<Loaded> load(const char *name)
{
    auto l = std::make_unique<Loaded>();
    QFile f(QStringLiteral(MCS_TEST_DATA_DIR "/slt/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    Table4 t;
    Table4CsvError error;
    EXPECT_TRUE(Table4Csv::read(f.readAll(), l->calc.rates(), &t, &l->lines, &error)) << error.toString().toStdString();
    l->calc.setTable(t);
    return l;
}

} // namespace

TEST(SltReportJson, KeysInTheContractsOrder)
{
    const auto l = load("course.csv");
    const QByteArray json = sltSummaryJson(l->calc, &l->lines);
    const char *keys[] = {"total_hours", "min_hours", "max_hours", "credits", "claimable_credits",
                          "delivery_hours", "assessment_hours", "online_share", "assessment_weight_total",
                          "units", "clos", "modes", "findings"};
    qsizetype last = -1;
    for (const char *key : keys) {
        const qsizetype at = json.indexOf(QByteArray("\"") + key + "\":");
        EXPECT_GT(at, last) << key;
        last = at;
    }
    EXPECT_TRUE(json.endsWith("}\n"));
    EXPECT_EQ(json.count('\n'), 1); // one line
}

TEST(SltReportJson, HandComputedValues)
{
    // course.csv, by hand (minutes):
    //  unit 1: slide 20 x 7.5 = 150 (async), video 30 x 4 = 120 (sync), quiz 10 x 4 = 40 -> 310
    //  unit 2: reading 12 x 6 = 72, forum 15 x 3.5 = 52.5 (physical), self study 600 -> 724.5
    //  unit 3: lecture 60 x 3.5 = 210 (physical), assignment video 5 x 25 = 125, other 4 x 30 = 120 -> 455
    const auto l = load("course.csv");
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(sltSummaryJson(l->calc, &l->lines), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_DOUBLE_EQ(o[QLatin1String("total_hours")].toDouble(), 1489.5 / 60);
    EXPECT_DOUBLE_EQ(o[QLatin1String("min_hours")].toDouble(), 1220.0 / 60);  // 100+60+30+60+30+600+120+100+120
    EXPECT_DOUBLE_EQ(o[QLatin1String("max_hours")].toDouble(), 1765.0 / 60);  // 200+150+50+120+75+600+300+150+120
    EXPECT_DOUBLE_EQ(o[QLatin1String("credits")].toDouble(), 1489.5 / 2400);
    EXPECT_EQ(o[QLatin1String("claimable_credits")].toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(o[QLatin1String("delivery_hours")].toDouble(), 21.2);     // 1272 min
    EXPECT_DOUBLE_EQ(o[QLatin1String("assessment_hours")].toDouble(), 3.625);  // 40 + 52.5 + 125
    EXPECT_DOUBLE_EQ(o[QLatin1String("online_share")].toDouble(), 100.0 * 1227 / 1489.5);
    EXPECT_EQ(o[QLatin1String("assessment_weight_total")].toDouble(), 100.0);

    const QJsonArray units = o[QLatin1String("units")].toArray();
    ASSERT_EQ(units.size(), 3);
    const struct { int unit; const char *topic; double minutes; int assessments; } expected[] = {
        {1, "Introduction to data", 310, 1}, {2, "Cleaning data", 724.5, 1}, {3, "Modelling", 455, 1}};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject u = units[i].toObject();
        EXPECT_EQ(u.keys(), (QStringList{QStringLiteral("assessments"), QStringLiteral("hours"), QStringLiteral("topic"),
                                         QStringLiteral("unit")}));
        EXPECT_EQ(u[QLatin1String("unit")].toInt(), expected[i].unit);
        EXPECT_EQ(u[QLatin1String("topic")].toString(), QLatin1String(expected[i].topic));
        EXPECT_DOUBLE_EQ(u[QLatin1String("hours")].toDouble(), expected[i].minutes / 60);
        EXPECT_EQ(u[QLatin1String("assessments")].toInt(), expected[i].assessments);
    }
    const QJsonObject clos = o[QLatin1String("clos")].toObject();
    EXPECT_EQ(clos.size(), 3);
    EXPECT_DOUBLE_EQ(clos[QLatin1String("CLO1")].toDouble(), 250.0 / 60);  // 150 + 120/2 + 40
    EXPECT_DOUBLE_EQ(clos[QLatin1String("CLO2")].toDouble(), 184.5 / 60);  // 120/2 + 72 + 52.5
    EXPECT_DOUBLE_EQ(clos[QLatin1String("CLO3")].toDouble(), 335.0 / 60);  // 210 + 125
    const QJsonObject modes = o[QLatin1String("modes")].toObject();
    EXPECT_EQ(modes.size(), 3);
    EXPECT_DOUBLE_EQ(modes[QLatin1String("physical")].toDouble(), 4.375);
    EXPECT_DOUBLE_EQ(modes[QLatin1String("online_sync")].toDouble(), 2.0);
    EXPECT_DOUBLE_EQ(modes[QLatin1String("online_async")].toDouble(), 18.45);

    const QJsonArray findings = o[QLatin1String("findings")].toArray();
    ASSERT_EQ(findings.size(), 1);
    const QJsonObject f = findings[0].toObject();
    EXPECT_EQ(f[QLatin1String("rule")].toString(), QStringLiteral("below_minimum_hours"));
    EXPECT_EQ(f[QLatin1String("severity")].toString(), QStringLiteral("warning"));
    EXPECT_EQ(f[QLatin1String("message")].toString(),
              QStringLiteral("The total SLT is 24.82 h, under the 40 h of one credit (MQF)."));
    EXPECT_TRUE(f[QLatin1String("line")].isNull());
}

TEST(SltReportJson, FindingsCarryTheirCsvLines)
{
    const auto l = load("findings.csv");
    const QJsonObject o = QJsonDocument::fromJson(sltSummaryJson(l->calc, &l->lines)).object();
    QStringList got;
    for (const QJsonValue &v : o[QLatin1String("findings")].toArray()) {
        const QJsonObject f = v.toObject();
        got << QStringLiteral("%1 %2 %3").arg(f[QLatin1String("rule")].toString(), f[QLatin1String("severity")].toString(),
                                              f[QLatin1String("line")].isNull() ? QStringLiteral("null")
                                                                                : QString::number(f[QLatin1String("line")].toInt()));
    }
    EXPECT_EQ(got, (QStringList{
        QStringLiteral("rate_out_of_range warning 2"),
        QStringLiteral("missing_rate error 3"),
        QStringLiteral("unit_without_assessment warning 2"),
        QStringLiteral("negative_value error 4"),
        QStringLiteral("unit_without_assessment warning 4"),
        QStringLiteral("missing_weight error 5"),
        QStringLiteral("weight_without_grade error 6"),
        QStringLiteral("weight_total error null"),
        QStringLiteral("missing_final error null"),
        QStringLiteral("below_minimum_hours warning null"),
    }));
    // slide 20 x 12 = 240, other 0, video -5 x 3.5 = -17.5, quiz 10 x 4 = 40, reading 5 x 7.5 = 37.5
    EXPECT_DOUBLE_EQ(o[QLatin1String("total_hours")].toDouble(), 5.0);
    EXPECT_EQ(o[QLatin1String("assessment_weight_total")].toDouble(), 10.0);
}

TEST(SltReportJson, WithoutCsvLinesEveryLineIsNull)
{
    const auto l = load("findings.csv");
    const QJsonObject o = QJsonDocument::fromJson(sltSummaryJson(l->calc, nullptr)).object();
    for (const QJsonValue &v : o[QLatin1String("findings")].toArray())
        EXPECT_TRUE(v.toObject()[QLatin1String("line")].isNull());
}

TEST(SltReportText, ReadableAtAGlance)
{
    const auto l = load("course.csv");
    const QStringList lines = sltSummaryText(l->calc, &l->lines, QStringLiteral("course.csv")).split(QLatin1Char('\n'));
    const QStringList expected = {
        QStringLiteral("Student Learning Time: course.csv (rate table version 1)"),
        QStringLiteral("  Unit  Topic                      Hours  Assessments"),
        QStringLiteral("     1  Introduction to data        5.17            1"),
        QStringLiteral("     2  Cleaning data              12.07            1"),
        QStringLiteral("     3  Modelling                   7.58            1"),
        QStringLiteral("  Total                            24.82"),
        QStringLiteral("  CLO1                          4.17"),
        QStringLiteral("  CLO2                          3.08"),
        QStringLiteral("  CLO3                          5.58"),
        QStringLiteral("  physical                      4.38     17.6%"),
        QStringLiteral("  online synchronous            2.00      8.1%"),
        QStringLiteral("  online asynchronous          18.45     74.3%"),
        QStringLiteral("  Total SLT                                     24.82 h"),
        QStringLiteral("  Delivery                                      21.20 h"),
        QStringLiteral("  Guideline band (2.2)                  20.33 - 29.42 h"),
        QStringLiteral("  Credits (total / 40 h)                           0.62"),
        QStringLiteral("  Claimable credits (stand-alone MC)                  0"),
        QStringLiteral("  Online share                                    82.4%"),
        QStringLiteral("  Assessment weights                               100%"),
        QStringLiteral("Findings: 0 error(s), 1 warning(s)"),
    };
    for (const QString &line : expected)
        EXPECT_TRUE(lines.contains(line)) << "missing: [" << line.toStdString() << "]\n"
                                          << lines.join(QLatin1Char('\n')).toStdString();
}

TEST(SltReportText, FindingsShowTheirLines)
{
    const auto l = load("findings.csv");
    const QString text = sltSummaryText(l->calc, &l->lines, QStringLiteral("findings.csv"));
    EXPECT_TRUE(text.contains(QStringLiteral("Findings: 6 error(s), 4 warning(s)")));
    EXPECT_TRUE(text.contains(QStringLiteral(
        "  line 3    error    missing_rate             Unit 1 (Week one), activity 2 (Other): give the SLT minutes per unit; "
        "this type has no guideline rate.\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("            error    weight_total             The assessment weights "
                                             "total 10%, not 100% (1.5 f).\n")))
        << text.toStdString();
}

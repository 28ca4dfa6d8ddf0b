#include "activitytsv.h"
#include "builtinrates.h"

#include <gtest/gtest.h>

using namespace mcs;

TEST(ActivityTsv, ReadsTheEditorsColumnOrderWithUnitsAndLabels)
{
    QVector<Activity> out;
    Table4CsvError error;
    ASSERT_TRUE(ActivityTsv::read(QStringLiteral("Slide\t12 slides\t8\tphysical\tCLO1, CLO2\t\t\r\n"
                                                 "\n"
                                                 "Quiz (MCQ)\t20\t\tonline_async\tCLO2\tcontinuous\t30%\n"),
                                  builtinRateTable(), &out, &error));
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).type, QStringLiteral("slide"));
    EXPECT_EQ(out.at(0).quantity, 12);
    EXPECT_EQ(out.at(0).rate, 8.0);
    EXPECT_EQ(out.at(0).mode, DeliveryMode::Physical);
    EXPECT_EQ(out.at(0).clos, (QStringList{QStringLiteral("CLO1"), QStringLiteral("CLO2")}));
    EXPECT_EQ(out.at(1).type, QStringLiteral("quiz_mcq"));
    EXPECT_FALSE(out.at(1).rate.has_value());
    EXPECT_EQ(out.at(1).assessment, AssessmentKind::Continuous);
    EXPECT_EQ(out.at(1).weight, 30.0);
}

TEST(ActivityTsv, AHeaderRowChoosesTheColumns)
{
    QVector<Activity> out;
    Table4CsvError error;
    ASSERT_TRUE(ActivityTsv::read(QStringLiteral("Quantity\tWeight\tAssessment\tActivity\n45\t70\tfinal\texam_short\n"),
                                  builtinRateTable(), &out, &error));
    ASSERT_EQ(out.size(), 1);
    EXPECT_EQ(out.at(0).type, QStringLiteral("exam_short"));
    EXPECT_EQ(out.at(0).quantity, 45);
    EXPECT_EQ(out.at(0).weight, 70.0);
    EXPECT_EQ(out.at(0).assessment, AssessmentKind::Final);
}

TEST(ActivityTsv, ErrorsNameTheLineAndColumnAndReturnNothing)
{
    QVector<Activity> out{Activity{}};
    Table4CsvError error;
    EXPECT_FALSE(ActivityTsv::read(QStringLiteral("slide\t3\nvideo\t5\tfast\n"), builtinRateTable(), &out, &error));
    EXPECT_EQ(error.toString(), QStringLiteral("line 2, column 'rate': 'fast' is not a number"));
    EXPECT_TRUE(out.isEmpty());
    EXPECT_FALSE(ActivityTsv::read(QStringLiteral("dance\t3\n"), builtinRateTable(), &out, &error));
    EXPECT_EQ(error.toString(), QStringLiteral("line 1, column 'type': 'dance' is not an activity type"));
    EXPECT_FALSE(ActivityTsv::read(QStringLiteral("slide\t3\tx\tweekly\n"), builtinRateTable(), &out, &error));
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, QStringLiteral("rate"));
    EXPECT_FALSE(ActivityTsv::read(QStringLiteral("slide\n"), builtinRateTable(), &out, &error));
    EXPECT_EQ(error.toString(), QStringLiteral("line 1, column 'quantity': the quantity is missing"));
}

TEST(ActivityTsv, WriteThenReadGivesTheSameActivities)
{
    Activity a;
    a.type = QStringLiteral("reading");
    a.quantity = 12.5;
    a.rate = 6;
    a.mode = DeliveryMode::OnlineSync;
    a.clos = {QStringLiteral("CLO1"), QStringLiteral("CLO3")};
    a.assessment = AssessmentKind::Continuous;
    a.weight = 15;
    Activity b;
    b.type = QStringLiteral("self_study");
    b.quantity = 90;
    const QVector<Activity> in{a, b};
    const QString text = ActivityTsv::write(in);
    EXPECT_EQ(text, QStringLiteral("reading\t12.5\t6\tonline_sync\tCLO1;CLO3\tcontinuous\t15\n"
                                   "self_study\t90\t\tonline_async\t\t\t\n"));
    QVector<Activity> out;
    Table4CsvError error;
    ASSERT_TRUE(ActivityTsv::read(text, builtinRateTable(), &out, &error));
    EXPECT_EQ(out, in);
}

// Learners-and-results CSV files: every problem named by line and column, no rows when any.
#include "resultscsv.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace mcs;

namespace {

const QDate kToday(2026, 6, 1);

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList caseNames()
{
    const QDir dir(QStringLiteral(MCS_TEST_DATA_DIR "/results-csv"));
    QStringList names;
    for (const QString &f : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        names << f.chopped(4);
    return names;
}

} // namespace

TEST(ResultsCsv, ReadsMalaysianAndInternationalLearners)
{
    ResultsCsv csv;
    ASSERT_TRUE(csv.parse(QStringLiteral("\xFEFF" "Result,Name,NRIC,Passport_No,Nationality,Marks,Grade,Senate_Approved_On,Email\r\n"
                                         "pass,\"Nurul Aisyah binti Abdullah\",900101135521,,,81.5,a-,2026-05-20,nurul@example.my\r\n"
                                         ",,,,,,,,\r\n"
                                         "Fail,Budi Santoso,,b 123 4567,Indonesia,35,F,,\r\n"
                                         "withdrawn,Lim Wei Jie,020304-12-5679,,,,,,\r\n"),
                          kToday))
        << csv.errors().join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(csv.rows().size(), 3);
    const ResultsRow &nurul = csv.rows()[0];
    EXPECT_EQ(nurul.line, 2);
    EXPECT_EQ(nurul.learner.name, QStringLiteral("Nurul Aisyah binti Abdullah"));
    EXPECT_EQ(nurul.learner.nric, QStringLiteral("900101-13-5521"));
    EXPECT_EQ(nurul.learner.email, QStringLiteral("nurul@example.my"));
    EXPECT_EQ(nurul.enrolment.marks, 81.5);
    EXPECT_EQ(nurul.enrolment.grade, QStringLiteral("A-"));
    EXPECT_EQ(nurul.enrolment.result, ResultStatus::Pass);
    EXPECT_EQ(nurul.enrolment.senateApprovedOn, QDate(2026, 5, 20));
    const ResultsRow &budi = csv.rows()[1];
    EXPECT_EQ(budi.line, 4); // the blank record on line 3 is skipped, not renumbered
    EXPECT_TRUE(budi.learner.nric.isEmpty());
    EXPECT_EQ(budi.learner.passportNo, QStringLiteral("B1234567"));
    EXPECT_EQ(budi.learner.nationality, QStringLiteral("Indonesia"));
    EXPECT_EQ(budi.enrolment.result, ResultStatus::Fail);
    EXPECT_FALSE(budi.enrolment.senateApprovedOn.isValid());
    const ResultsRow &lim = csv.rows()[2];
    EXPECT_EQ(lim.enrolment.result, ResultStatus::Withdrawn);
    EXPECT_FALSE(lim.enrolment.marks.has_value());
    EXPECT_TRUE(csv.errors().isEmpty());
}

TEST(ResultsCsv, AHeaderAloneHoldsNoLearner)
{
    ResultsCsv csv;
    EXPECT_FALSE(csv.parse(QStringLiteral("name,nric,result\n"), kToday));
    EXPECT_EQ(csv.errors(), QStringList{QStringLiteral("line 2: there is no learner after the header")});
}

// tests/data/results-csv/<case>.csv must give exactly the lines of <case>.expected.
class MalformedResultsCsv : public testing::TestWithParam<QString>
{
};

TEST_P(MalformedResultsCsv, NamesEveryProblemByLineAndColumnAndKeepsNoRow)
{
    const QString base = QStringLiteral(MCS_TEST_DATA_DIR "/results-csv/") + GetParam();
    const QStringList expected = read(base + QStringLiteral(".expected")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(expected.isEmpty());
    ResultsCsv csv;
    EXPECT_FALSE(csv.parse(read(base + QStringLiteral(".csv")), kToday));
    EXPECT_EQ(csv.errors(), expected);
    EXPECT_TRUE(csv.rows().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Cases, MalformedResultsCsv, testing::ValuesIn(caseNames()),
                         [](const testing::TestParamInfo<QString> &param) {
                             return QString(param.param).replace(QLatin1Char('-'), QLatin1Char('_')).toStdString();
                         });

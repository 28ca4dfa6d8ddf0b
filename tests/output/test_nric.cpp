#include "nric.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {
const QDate kToday(2026, 11, 30);
}

TEST(Nric, AcceptsDashedAndPlainForms)
{
    const NricCheck a = checkNric(QStringLiteral("900101-13-5521"), kToday);
    ASSERT_TRUE(a.valid) << a.error.toStdString();
    EXPECT_EQ(a.normalized, QStringLiteral("900101-13-5521"));
    EXPECT_EQ(a.birthDate, QDate(1990, 1, 1));
    const NricCheck b = checkNric(QStringLiteral(" 050229135522 "), kToday); // 2005 is not a leap year
    EXPECT_FALSE(b.valid);
    const NricCheck c = checkNric(QStringLiteral("040229135522"), kToday); // 2004 is
    ASSERT_TRUE(c.valid) << c.error.toStdString();
    EXPECT_EQ(c.normalized, QStringLiteral("040229-13-5522"));
    EXPECT_EQ(c.birthDate, QDate(2004, 2, 29));
}

TEST(Nric, ACenturyInTheFutureFallsBackToThe1900s)
{
    const NricCheck r = checkNric(QStringLiteral("301231-01-0001"), kToday);
    ASSERT_TRUE(r.valid);
    EXPECT_EQ(r.birthDate, QDate(1930, 12, 31));
    const NricCheck young = checkNric(QStringLiteral("260101-01-0001"), kToday);
    EXPECT_EQ(young.birthDate, QDate(2026, 1, 1));
}

TEST(Nric, RejectsWithAReason)
{
    struct Case { const char *text; const char *inError; };
    const Case cases[] = {
        {"90010113552", "12 digits"},
        {"9001011355211", "12 digits"},
        {"901301-13-5521", "not a real date"},
        {"900132-13-5521", "not a real date"},
        {"900101-00-5521", "place-of-birth code 00"},
        {"900101-18-5521", "place-of-birth code 18"},
        {"900101-95-5521", "place-of-birth code 95"},
        {"9001-0113-5521", "YYMMDD-PB-###G"},
        {"90O101-13-5521", "only digits"},
    };
    for (const Case &c : cases) {
        const NricCheck r = checkNric(QString::fromLatin1(c.text), kToday);
        EXPECT_FALSE(r.valid) << c.text;
        EXPECT_TRUE(r.error.contains(QString::fromLatin1(c.inError))) << c.text << ": " << r.error.toStdString();
    }
}

TEST(Nric, MaskShowsOnlyTheLastFourDigits)
{
    EXPECT_EQ(maskNric(QStringLiteral("900101-13-5521")), QStringLiteral("XXXXXX-XX-5521"));
    EXPECT_EQ(maskNric(QStringLiteral("900101135521")), QStringLiteral("XXXXXX-XX-5521"));
    EXPECT_EQ(maskNric(QStringLiteral("")), QStringLiteral("XXXXXX-XX-XXXX"));
}

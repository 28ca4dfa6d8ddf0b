#include "table4.h"

#include <gtest/gtest.h>

using namespace mcs;

TEST(Table4Keys, DeliveryModes)
{
    DeliveryMode m = DeliveryMode::Physical;
    ASSERT_TRUE(deliveryModeFromKey(QStringLiteral("online_sync"), &m));
    EXPECT_EQ(m, DeliveryMode::OnlineSync);
    EXPECT_EQ(deliveryModeKey(DeliveryMode::OnlineAsync), QStringLiteral("online_async"));
    EXPECT_FALSE(deliveryModeFromKey(QStringLiteral("Online"), &m));
}

TEST(Table4Keys, AssessmentKindsIncludeBlank)
{
    AssessmentKind k = AssessmentKind::Final;
    ASSERT_TRUE(assessmentKindFromKey(QString(), &k));
    EXPECT_EQ(k, AssessmentKind::None);
    ASSERT_TRUE(assessmentKindFromKey(QStringLiteral("continuous"), &k));
    EXPECT_EQ(k, AssessmentKind::Continuous);
    EXPECT_FALSE(assessmentKindFromKey(QStringLiteral("summative"), &k));
}

TEST(Table4Keys, ActivityEqualityCoversEveryField)
{
    Activity a;
    a.type = QStringLiteral("video");
    a.quantity = 12;
    Activity b = a;
    EXPECT_EQ(a, b);
    b.rate = 3.0;
    EXPECT_NE(a, b);
    b = a;
    b.clos = {QStringLiteral("CLO1")};
    EXPECT_NE(a, b);
    b = a;
    b.weight = 10;
    EXPECT_NE(a, b);
}

#include "coursesummary.h"

#include <gtest/gtest.h>

using namespace mcs;

TEST(CourseKeys, EveryStatusRoundTripsThroughItsKey)
{
    const auto all = allApprovalStatuses();
    ASSERT_EQ(all.size(), 12); // guideline 2.1, Figure 1: Draft … Offered
    for (ApprovalStatus s : all) {
        ApprovalStatus back = ApprovalStatus::Offered;
        ASSERT_TRUE(approvalStatusFromKey(approvalStatusKey(s), &back)) << approvalStatusKey(s).toStdString();
        EXPECT_EQ(back, s);
        EXPECT_FALSE(approvalStatusName(s).isEmpty());
    }
    EXPECT_EQ(approvalStatusKey(ApprovalStatus::EndorsedByPtj), QStringLiteral("endorsed_by_ptj"));
}

TEST(CourseKeys, KindsHaveStableKeys)
{
    EXPECT_EQ(courseKindKey(CourseKind::AccreditedCourse), QStringLiteral("accredited_course"));
    EXPECT_EQ(courseKindKey(CourseKind::StandAlone), QStringLiteral("stand_alone"));
    EXPECT_EQ(courseKindKey(CourseKind::StandAloneQvc), QStringLiteral("stand_alone_qvc"));
    CourseKind k = CourseKind::StandAlone;
    EXPECT_TRUE(courseKindFromKey(QStringLiteral("accredited_course"), &k));
    EXPECT_EQ(k, CourseKind::AccreditedCourse);
    EXPECT_FALSE(courseKindFromKey(QStringLiteral("accredited"), &k));
    EXPECT_EQ(k, CourseKind::AccreditedCourse) << "a failed lookup leaves the value alone";
}

#include "workflow.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace mcs;
using S = WorkflowState;

namespace {

WorkflowActor only(Role role)
{
    WorkflowActor a;
    a.roles = {role};
    a.onTeam = a.headOfPtj = a.assignedSme = true;
    return a;
}

const Role kRoles[] = {Role::Lecturer, Role::PtjHead, Role::Cflex, Role::Sme, Role::Admin};

// The expected matrix, written out by hand from guideline 2.1 Figure 1 (not from the table).
struct Expected { S from; S to; Role role; bool comment; };
const Expected kExpected[] = {
    {S::Draft, S::Submitted, Role::Lecturer, false},
    {S::ReturnedForRevision, S::Submitted, Role::Lecturer, false},
    {S::Submitted, S::EndorsedByPtj, Role::PtjHead, false},
    {S::Submitted, S::ReturnedForRevision, Role::PtjHead, true},
    {S::EndorsedByPtj, S::UnderCflexReview, Role::Cflex, false},
    {S::UnderCflexReview, S::ReturnedForRevision, Role::Cflex, true},
    {S::UnderCflexReview, S::ApprovedForDevelopment, Role::Cflex, false},
    {S::ApprovedForDevelopment, S::InDevelopment, Role::Lecturer, false},
    {S::InDevelopment, S::VettedBySme, Role::Sme, false},
    {S::VettedBySme, S::PresentedToCommittees, Role::Cflex, false},
    {S::PresentedToCommittees, S::SenateApproved, Role::Cflex, false},
    {S::SenateApproved, S::Registered, Role::Cflex, false},
    {S::Registered, S::Offered, Role::Cflex, false},
};

const Expected *expected(S from, S to)
{
    for (const Expected &e : kExpected)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

} // namespace

// Every (from, to, role) triple of 12 x 12 states and 5 roles: 720 checks against the hand list.
TEST(Workflow, TheWholeMatrixOfStatesAndRoles)
{
    int allowed = 0;
    int checked = 0;
    for (S from : allApprovalStatuses()) {
        for (S to : allApprovalStatuses()) {
            for (Role role : kRoles) {
                SCOPED_TRACE(QStringLiteral("%1 -> %2 as %3")
                                 .arg(approvalStatusKey(from), approvalStatusKey(to), roleKey(role))
                                 .toStdString());
                const Expected *e = expected(from, to);
                const bool shouldAllow = e && e->role == role;
                QString why;
                EXPECT_EQ(Workflow::check(from, to, only(role), QStringLiteral("Please revise CLO2."), &why),
                          shouldAllow)
                    << why.toStdString();
                EXPECT_EQ(why.isEmpty(), shouldAllow);
                allowed += shouldAllow ? 1 : 0;
                ++checked;
            }
        }
    }
    EXPECT_EQ(checked, 720);
    EXPECT_EQ(allowed, 13);
    EXPECT_EQ(Workflow::transitions().size(), 13);
}

TEST(Workflow, ReturningNeedsAComment)
{
    for (const Expected &e : kExpected) {
        const WorkflowActor actor = only(e.role);
        QString why;
        EXPECT_EQ(Workflow::check(e.from, e.to, actor, QStringLiteral("  \n "), &why), !e.comment)
            << approvalStatusKey(e.to).toStdString();
        if (e.comment) {
            EXPECT_TRUE(why.contains(QStringLiteral("comment"))) << why.toStdString();
        }
        EXPECT_EQ(Workflow::find(e.from, e.to)->commentRequired, e.comment);
    }
}

TEST(Workflow, TheRoleMustStandInTheRightRelationToTheCourse)
{
    WorkflowActor lecturer = only(Role::Lecturer);
    lecturer.onTeam = false;
    QString why;
    EXPECT_FALSE(Workflow::check(S::Draft, S::Submitted, lecturer, {}, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("team"))) << why.toStdString();
    lecturer.onTeam = true;
    EXPECT_TRUE(Workflow::check(S::Draft, S::Submitted, lecturer, {}, &why));

    WorkflowActor head = only(Role::PtjHead);
    head.headOfPtj = false;
    EXPECT_FALSE(Workflow::check(S::Submitted, S::EndorsedByPtj, head, {}, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("PTj"))) << why.toStdString();

    WorkflowActor sme = only(Role::Sme);
    sme.assignedSme = false;
    EXPECT_FALSE(Workflow::check(S::InDevelopment, S::VettedBySme, sme, {}, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("SME"))) << why.toStdString();

    // CFLEX acts on every course: relations do not matter.
    WorkflowActor cflex;
    cflex.roles = {Role::Cflex};
    EXPECT_TRUE(Workflow::check(S::UnderCflexReview, S::ApprovedForDevelopment, cflex, {}, &why));
}

TEST(Workflow, AvailableActionsPerActorAndState)
{
    const auto lecturer = Workflow::available(S::Draft, only(Role::Lecturer));
    ASSERT_EQ(lecturer.size(), 1);
    EXPECT_EQ(lecturer[0].actionKey(), QStringLiteral("submit"));
    EXPECT_TRUE(Workflow::available(S::Draft, only(Role::Cflex)).isEmpty());

    const auto head = Workflow::available(S::Submitted, only(Role::PtjHead));
    ASSERT_EQ(head.size(), 2);
    EXPECT_EQ(head[0].actionKey(), QStringLiteral("endorse"));
    EXPECT_EQ(head[1].actionKey(), QStringLiteral("return"));

    const auto review = Workflow::available(S::UnderCflexReview, only(Role::Cflex));
    ASSERT_EQ(review.size(), 2);
    EXPECT_EQ(review[0].to, S::ReturnedForRevision);
    EXPECT_EQ(review[1].to, S::ApprovedForDevelopment);

    // The single user of a local file sees whatever the state allows.
    EXPECT_EQ(Workflow::available(S::Submitted, WorkflowActor::everyone()).size(), 2);
    EXPECT_TRUE(Workflow::available(S::Offered, WorkflowActor::everyone()).isEmpty());

    QSet<QString> keys;
    for (const WorkflowTransition &t : Workflow::transitions()) {
        EXPECT_FALSE(t.actionName().isEmpty());
        keys.insert(t.actionKey());
    }
    EXPECT_EQ(keys.size(), 12); // both returns share the key "return"
}

TEST(Workflow, WhoIsWaitedForAndWhenTheTeamEdits)
{
    EXPECT_EQ(Workflow::waitingFor(S::Draft), Role::Lecturer);
    EXPECT_EQ(Workflow::waitingFor(S::Submitted), Role::PtjHead);
    EXPECT_EQ(Workflow::waitingFor(S::EndorsedByPtj), Role::Cflex);
    EXPECT_EQ(Workflow::waitingFor(S::InDevelopment), Role::Sme);
    EXPECT_EQ(Workflow::waitingFor(S::ReturnedForRevision), Role::Lecturer);
    EXPECT_FALSE(Workflow::waitingFor(S::Offered).has_value());

    int editable = 0;
    for (S s : allApprovalStatuses())
        editable += Workflow::teamMayEdit(s) ? 1 : 0;
    EXPECT_EQ(editable, 4);
    EXPECT_TRUE(Workflow::teamMayEdit(S::ReturnedForRevision));
    EXPECT_FALSE(Workflow::teamMayEdit(S::Submitted));
    EXPECT_FALSE(Workflow::teamMayEdit(S::UnderCflexReview));
}

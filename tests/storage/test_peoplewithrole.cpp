// PeopleRepository::peopleWithRole: the people the SME picker of the Workflow page lists.
#include "database.h"
#include "peoplerepository.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

using namespace mcs;
using mcs::test::BackendTest;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

class PeopleWithRoleTest : public BackendTest
{
};

} // namespace

TEST_P(PeopleWithRoleTest, ListsTheHoldersOfOneRoleByNameWithAllTheirRoles)
{
    auto db = open();
    ASSERT_TRUE(db);
    PeopleRepository repo(*db);
    QVector<Person> people = {
        {0, S("rosnah"), S("Dr. Rosnah binti Sutan"), S("S0101"), S("rosnah@unimas.my"), S("CFLEX"), {Role::Cflex}},
        {0, S("wong.sme"), S("Dr. Wong Siew Ling"), S("S3101"), QString(), S("FCSIT"), {Role::Sme}},
        {0, S("hamdan"), S("Dr. Hamdan bin Ahmad"), S("S3102"), QString(), S("FEng"), {Role::Lecturer, Role::Sme}},
        {0, QString(), S("Dr. Jenny anak Nyambong"), S("S3103"), QString(), S("FCSIT"), {Role::Sme}},
        {0, S("ravi"), S("Dr. Ravi a/l Subramaniam"), S("S2001"), QString(), S("FCSIT"), {Role::Lecturer}},
    };
    for (Person &p : people)
        ASSERT_TRUE(repo.save(&p).ok());

    QVector<Person> smes;
    QString error;
    const qint64 before = db->statementCount();
    ASSERT_TRUE(repo.peopleWithRole(Role::Sme, &smes, &error)) << error.toStdString();
    EXPECT_EQ(db->statementCount() - before, 2);
    ASSERT_EQ(smes.size(), 3);
    // By name: Hamdan, Jenny, Wong; each with every role they hold, ordered by key.
    EXPECT_EQ(smes[0], people[2]);
    EXPECT_EQ(smes[0].roles, (QVector<Role>{Role::Lecturer, Role::Sme}));
    EXPECT_EQ(smes[1], people[3]);
    EXPECT_TRUE(smes[1].login.isEmpty());
    EXPECT_EQ(smes[2], people[1]);

    ASSERT_TRUE(repo.peopleWithRole(Role::Cflex, &smes, &error));
    ASSERT_EQ(smes.size(), 1);
    EXPECT_EQ(smes[0].login, S("rosnah"));
    ASSERT_TRUE(repo.peopleWithRole(Role::PtjHead, &smes, &error));
    EXPECT_TRUE(smes.isEmpty());

    // Someone who stops being an SME leaves the list.
    people[1].roles = {Role::Lecturer};
    ASSERT_TRUE(repo.save(&people[1]).ok());
    ASSERT_TRUE(repo.peopleWithRole(Role::Sme, &smes, &error));
    ASSERT_EQ(smes.size(), 2);
    EXPECT_EQ(smes[0].login, S("hamdan"));
    EXPECT_EQ(smes[1].name, S("Dr. Jenny anak Nyambong"));

    // Everyone is still listed by id.
    QVector<Person> everyone;
    ASSERT_TRUE(repo.people(&everyone, &error));
    ASSERT_EQ(everyone.size(), 5);
    EXPECT_EQ(everyone[0].login, S("rosnah"));
    EXPECT_EQ(everyone[4].login, S("ravi"));
}

MCS_INSTANTIATE_BACKENDS(PeopleWithRoleTest);

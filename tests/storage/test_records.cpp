#include "courserepository.h"
#include "database.h"
#include "offeringrepository.h"
#include "peoplerepository.h"
#include "samplecourse.h"
#include "sltratetablerepository.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

using namespace mcs;
using mcs::test::BackendTest;

class RecordsTest : public BackendTest
{
};

TEST_P(RecordsTest, OfferingsLearnersAndEnrolmentsRoundTrip)
{
    auto db = open();
    ASSERT_TRUE(db);
    Course c = test::sampleCourse();
    ASSERT_TRUE(CourseRepository(*db).save(&c, QStringLiteral("x")).ok());
    OfferingRepository repo(*db);

    Offering o{0, c.id, QStringLiteral("Cohort 1 — Kohort 1"), QDate(2027, 1, 4), QDate(2027, 3, 26),
               QStringLiteral("UNIMAS eLEAP"), QStringLiteral("Bahasa Melayu")};
    ASSERT_TRUE(repo.saveOffering(&o).ok());
    EXPECT_GT(o.id, 0);
    o.platform = QStringLiteral("OpenLearning");
    ASSERT_TRUE(repo.saveOffering(&o).ok());

    QVector<Learner> learners = {
        {0, QStringLiteral("Nur Syafiqah binti Othman"), QStringLiteral("990412-13-5528"), QString(),
         QStringLiteral("Malaysia"), QStringLiteral("syafiqah@example.my")},
        {0, QStringLiteral("Zhang Wei 张伟"), QString(), QStringLiteral("E12345678"), QStringLiteral("China"),
         QStringLiteral("zw@example.cn")},
    };
    ASSERT_TRUE(repo.saveLearners(&learners).ok());
    EXPECT_GT(learners[0].id, 0);
    EXPECT_NE(learners[0].id, learners[1].id);
    EXPECT_TRUE(learners[1].isInternational());

    QVector<Enrolment> enrolments = {
        {0, o.id, learners[0].id, 82.5, QStringLiteral("A"), ResultStatus::Pass, QDate(2027, 5, 2)},
        {0, o.id, learners[1].id, std::nullopt, QString(), ResultStatus::Enrolled, QDate()},
    };
    ASSERT_TRUE(repo.saveEnrolments(&enrolments).ok());

    QVector<Offering> offerings;
    ASSERT_TRUE(repo.offeringsOfCourse(c.id, &offerings, nullptr));
    ASSERT_EQ(offerings.size(), 1);
    EXPECT_EQ(offerings[0], o);
    QVector<Learner> storedLearners;
    ASSERT_TRUE(repo.learners(&storedLearners, nullptr));
    EXPECT_EQ(storedLearners, learners);
    QVector<Enrolment> storedEnrolments;
    ASSERT_TRUE(repo.enrolmentsOfOffering(o.id, &storedEnrolments, nullptr));
    EXPECT_EQ(storedEnrolments, enrolments);
    EXPECT_EQ(repo.senateApprovedCount(nullptr), 1);

    // The same learner twice in one cohort is refused, and the batch writes nothing.
    QVector<Enrolment> twice = {{0, o.id, learners[0].id, {}, QString(), ResultStatus::Enrolled, {}}};
    EXPECT_EQ(repo.saveEnrolments(&twice).status, StoreResult::Status::Failed);
    EXPECT_EQ(twice[0].id, 0);
    ASSERT_TRUE(repo.enrolmentsOfOffering(o.id, &storedEnrolments, nullptr));
    EXPECT_EQ(storedEnrolments.size(), 2);

    // Deleting the course takes its cohorts and results with it.
    ASSERT_TRUE(CourseRepository(*db).remove(c).ok());
    ASSERT_TRUE(repo.offeringsOfCourse(c.id, &offerings, nullptr));
    EXPECT_TRUE(offerings.isEmpty());
    EXPECT_EQ(repo.senateApprovedCount(nullptr), 0);
}

TEST_P(RecordsTest, PeopleKeepTheirRoles)
{
    auto db = open();
    ASSERT_TRUE(db);
    PeopleRepository repo(*db);
    Person a{0, QStringLiteral("rosnah"), QStringLiteral("Dr. Rosnah binti Sutan"), QStringLiteral("S0101"),
             QStringLiteral("rosnah@unimas.my"), QStringLiteral("CFLEX"), {Role::Cflex, Role::Admin}};
    Person b{0, QString(), QStringLiteral("Ravi a/l Subramaniam"), QStringLiteral("S2001"), QString(),
             QStringLiteral("FCSIT"), {Role::Lecturer}};
    Person c{0, QString(), QStringLiteral("Jenny anak Nyambong"), QStringLiteral("S2002"), QString(),
             QStringLiteral("FCSIT"), {Role::Sme}};
    ASSERT_TRUE(repo.save(&a).ok());
    ASSERT_TRUE(repo.save(&b).ok());
    ASSERT_TRUE(repo.save(&c).ok()); // two people without a login
    b.roles = {Role::Lecturer, Role::PtjHead};
    ASSERT_TRUE(repo.save(&b).ok());
    QVector<Person> people;
    ASSERT_TRUE(repo.people(&people, nullptr));
    ASSERT_EQ(people.size(), 3);
    // Roles come back ordered by their keys.
    EXPECT_EQ(people[0].roles, (QVector<Role>{Role::Admin, Role::Cflex}));
    EXPECT_EQ(people[1].roles, (QVector<Role>{Role::Lecturer, Role::PtjHead}));
    EXPECT_EQ(people[1].name, b.name);
    EXPECT_TRUE(people[2].hasRole(Role::Sme));
}

TEST_P(RecordsTest, RateTableVersionsAreKeptAndNeverReplaced)
{
    auto db = open();
    ASSERT_TRUE(db);
    SltRateTableRepository repo(*db);
    const QString v1 = QStringLiteral(R"({"version":1,"slide":{"per":"slide","min":5,"max":10}})");
    const QString v2 = QStringLiteral(R"({"version":2,"slide":{"per":"slide","min":5,"max":8}})");
    QString error;
    ASSERT_TRUE(repo.store(1, v1, &error)) << error.toStdString();
    ASSERT_TRUE(repo.store(2, v2, &error)) << error.toStdString();
    EXPECT_FALSE(repo.store(1, v2, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("version 1"))) << error.toStdString();
    EXPECT_EQ(repo.definition(1, nullptr), v1);
    EXPECT_EQ(repo.definition(2, nullptr), v2);
    EXPECT_TRUE(repo.definition(3, nullptr).isEmpty());
    EXPECT_EQ(repo.versions(nullptr), (QVector<int>{1, 2}));
}

MCS_INSTANTIATE_BACKENDS(RecordsTest);

TEST(ServerUrlErrors, NeverRepeatAPasswordGivenInTheUrl)
{
    QString error;
    EXPECT_FALSE(ServerParams::fromUrl(QStringLiteral("postgresql://officer:Rahsia123@db.example.my:5432/"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("officer@db.example.my"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("Rahsia123"))) << error.toStdString();
    EXPECT_FALSE(ServerParams::fromUrl(QStringLiteral("mysql://officer:Rahsia123@db/x"), &error));
    EXPECT_FALSE(error.contains(QStringLiteral("Rahsia123"))) << error.toStdString();
    EXPECT_FALSE(ServerParams::fromUrl(QStringLiteral("postgresql://officer:Rahsia123@db:99999999/x"), &error));
    EXPECT_FALSE(error.contains(QStringLiteral("Rahsia123"))) << error.toStdString();
}

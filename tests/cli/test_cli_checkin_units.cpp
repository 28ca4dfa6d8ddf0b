// mcstudio-cli checkin merges Table 4 unit by unit: a unit edited offline and another edited on
// the server are no conflict; the same unit edited on both sides is one, named by its unit.
#include "offlinefixture.h"

#include <functional>

using mcs::test::runCli;
using mcs::test::S;

namespace {

class CliCheckinUnits : public mcs::test::OfflineCliTest
{
protected:
    void SetUp() override
    {
        OfflineCliTest::SetUp();
        if (HasFatalFailure())
            return;
        const auto out = runCli({S("checkout"), S("--db"), server, S("--course"), code, S("--out"), local});
        ASSERT_EQ(out.exitCode, 0) << out.err.toStdString();
    }

    QJsonArray units(const QString &db)
    {
        return exported(db).value(S("table4")).toObject().value(S("units")).toArray();
    }

    // Edits Table 4's units of the course in `db` as someone would in MC Studio.
    void editUnits(const QString &db, const std::function<void(QJsonArray *)> &edit)
    {
        QJsonObject course = exported(db);
        QJsonObject table = course.value(S("table4")).toObject();
        QJsonArray list = table.value(S("units")).toArray();
        edit(&list);
        table.insert(S("units"), list);
        course.insert(S("table4"), table);
        replaceCourse(db, course);
    }

    static void setQuantity(QJsonArray *list, int unit, double quantity)
    {
        QJsonObject u = list->at(unit).toObject();
        QJsonArray acts = u.value(S("activities")).toArray();
        QJsonObject a = acts.at(0).toObject();
        a.insert(S("quantity"), quantity);
        acts.replace(0, a);
        u.insert(S("activities"), acts);
        list->replace(unit, u);
    }

    static void setTitle(QJsonArray *list, int unit, const QString &title)
    {
        QJsonObject u = list->at(unit).toObject();
        u.insert(S("title"), title);
        list->replace(unit, u);
    }
};

} // namespace

TEST_F(CliCheckinUnits, TwoDifferentUnitsEditedMergeAndBothReachTheServer)
{
    const QJsonArray before = units(server);
    ASSERT_GE(before.size(), 2);
    const int last = int(before.size()) - 1;
    editUnits(local, [](QJsonArray *list) { setQuantity(list, 0, 77); });
    editUnits(server, [last](QJsonArray *list) { setTitle(list, last, S("Capstone clinic")); });

    const auto in = runCli({S("checkin"), S("--db"), server, S("--from"), local});
    ASSERT_EQ(in.exitCode, 0) << in.out.toStdString() << in.err.toStdString();
    EXPECT_TRUE(in.out.contains(code + S(" checked in to "))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("(row version 3)"))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("  kept from the server: table4.units[base%1]\n").arg(last + 1))) << in.out.toStdString();

    const QJsonArray after = units(server);
    ASSERT_EQ(after.size(), before.size());
    EXPECT_EQ(after.at(0).toObject().value(S("activities")).toArray().at(0).toObject().value(S("quantity")).toDouble(), 77);
    EXPECT_EQ(after.at(last).toObject().value(S("title")).toString(), S("Capstone clinic"));
    // Nothing else moved: the other units are as they were.
    for (int i = 1; i < last; ++i)
        EXPECT_EQ(after.at(i), before.at(i)) << i;
    EXPECT_EQ(units(local), after); // the offline copy follows the server
}

TEST_F(CliCheckinUnits, TheSameUnitEditedOnBothSidesIsOneConflictNamedByItsUnit)
{
    const QString title = units(server).at(0).toObject().value(S("title")).toString();
    editUnits(local, [](QJsonArray *list) { setQuantity(list, 0, 77); });
    editUnits(server, [](QJsonArray *list) { setQuantity(list, 0, 12); });

    const auto in = runCli({S("checkin"), S("--db"), server, S("--from"), local});
    EXPECT_EQ(in.exitCode, 1);
    EXPECT_TRUE(in.out.contains(S("1 conflicting part(s):"))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("  table4.units[base1] (Table 4 – Unit 1: %1)\n").arg(title))) << in.out.toStdString();
    EXPECT_TRUE(in.out.contains(S("Nothing was written.")));

    const auto forced = runCli({S("checkin"), S("--db"), server, S("--from"), local, S("--force-mine")});
    ASSERT_EQ(forced.exitCode, 0) << forced.out.toStdString() << forced.err.toStdString();
    EXPECT_EQ(units(server).at(0).toObject().value(S("activities")).toArray().at(0).toObject().value(S("quantity")).toDouble(),
              77);
}

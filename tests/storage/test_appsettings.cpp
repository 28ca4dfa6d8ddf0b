#include "appsettings.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace mcs;

class AppSettingsTest : public testing::Test
{
protected:
    QTemporaryDir dir;
    QString ini() const { return dir.filePath(QStringLiteral("settings.ini")); }
};

TEST_F(AppSettingsTest, ValuesSurviveAReopen)
{
    {
        AppSettings s(ini());
        s.setWindowGeometry(QByteArray("\x01\x02geometry", 10));
        s.setLastDatabase(QStringLiteral("/home/lecturer/mc.mcs"));
        s.setLanguage(QStringLiteral("ms"));
        s.sync();
    }
    AppSettings s(ini());
    EXPECT_EQ(s.windowGeometry(), QByteArray("\x01\x02geometry", 10));
    EXPECT_EQ(s.lastDatabase(), QStringLiteral("/home/lecturer/mc.mcs"));
    EXPECT_EQ(s.language(), QStringLiteral("ms"));
}

TEST_F(AppSettingsTest, LanguageDefaultsToEnglishAndRejectsUnknownCodes)
{
    AppSettings s(ini());
    EXPECT_EQ(s.language(), QStringLiteral("en"));
    s.setLanguage(QStringLiteral("fr"));
    EXPECT_EQ(s.language(), QStringLiteral("en"));
    s.setLanguage(QStringLiteral("ms"));
    s.setLanguage(QStringLiteral("xx"));
    EXPECT_EQ(s.language(), QStringLiteral("ms"));
}

TEST_F(AppSettingsTest, RecentDatabasesAreMostRecentFirstUniqueAndBounded)
{
    AppSettings s(ini());
    for (int i = 0; i < 10; ++i)
        s.addRecentDatabase(QStringLiteral("/db/%1.mcs").arg(i));
    s.addRecentDatabase(QStringLiteral("/db/5.mcs"));
    const QStringList recent = s.recentDatabases();
    ASSERT_EQ(recent.size(), AppSettings::kMaxRecent);
    EXPECT_EQ(recent.first(), QStringLiteral("/db/5.mcs"));
    EXPECT_EQ(recent.at(1), QStringLiteral("/db/9.mcs"));
    EXPECT_EQ(recent.count(QStringLiteral("/db/5.mcs")), 1);
    EXPECT_FALSE(recent.contains(QStringLiteral("/db/0.mcs")));
    s.removeRecentDatabase(QStringLiteral("/db/9.mcs"));
    EXPECT_FALSE(s.recentDatabases().contains(QStringLiteral("/db/9.mcs")));
    s.addRecentDatabase(QString());
    EXPECT_EQ(s.recentDatabases().size(), AppSettings::kMaxRecent - 1);
}

TEST(AppSettingsPaths, DefaultDatabaseLivesInTheUserDataDirectory)
{
    const QString path = AppSettings::defaultDatabasePath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/mcstudio.sqlite"))) << path.toStdString();
    EXPECT_TRUE(path.contains(QStringLiteral("mcstudio-tests"))) << path.toStdString();
}

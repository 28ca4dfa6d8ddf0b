// mcstudio-cli issuer --set refuses what Tools › Issuer Settings refuses (IssuerSettings::problems),
// naming the setting on one line, and stores nothing then.
#include "clirunner.h"
#include "database.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace mcs;
using test::runCli;

namespace {

class CliIssuer : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(Database::openSqlite(m_path, &error)) << error.toStdString();
    }
    test::CliResult issuer(const QStringList &extra)
    {
        return runCli(QStringList{QStringLiteral("issuer"), QStringLiteral("--db"), m_path} + extra);
    }
    QTemporaryDir m_dir;
    QString m_path = m_dir.filePath(QStringLiteral("issuer.mcs"));
};

} // namespace

TEST_F(CliIssuer, RefusesAWrongValueNamingTheSettingAndStoresNothing)
{
    const auto before = issuer({});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();

    const auto url = issuer({QStringLiteral("--set"), QStringLiteral("signatory_name=Prof. Dr. Aminah Hassan"), QStringLiteral("--set"),
                             QStringLiteral("verification_base_url=verify.unimas.my/mms")});
    EXPECT_EQ(url.exitCode, 2);
    EXPECT_EQ(url.err, QStringLiteral("mcstudio-cli issuer: --set verification_base_url: write a web address starting with "
                                      "https://, without ? or #: the QR code adds the signed token to it\n"));
    const auto email = issuer({QStringLiteral("--set"), QStringLiteral("contact_email=cflex at unimas")});
    EXPECT_EQ(email.exitCode, 2);
    EXPECT_EQ(email.err, QStringLiteral("mcstudio-cli issuer: --set contact_email: write one e-mail address, such as cflex@unimas.my\n"));
    EXPECT_EQ(issuer({QStringLiteral("--set"), QStringLiteral("institution_name=  ")}).exitCode, 2);
    EXPECT_EQ(issuer({QStringLiteral("--set"), QStringLiteral("serial_pattern=UC-{month}-{seq}")}).err,
              QStringLiteral("mcstudio-cli issuer: --set serial_pattern: unknown placeholder {month} in the serial pattern\n"));
    EXPECT_EQ(issuer({}).out, before.out) << "nothing was stored";

    const auto fine = issuer({QStringLiteral("--set"), QStringLiteral("verification_base_url=https://mms.unimas.my/v")});
    ASSERT_EQ(fine.exitCode, 0) << fine.err.toStdString();
    EXPECT_TRUE(fine.out.contains(QLatin1String("verification_base_url=https://mms.unimas.my/v\n"))) << fine.out.toStdString();
}

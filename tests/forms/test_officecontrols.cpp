// Controls for the office's tasks (WorkflowPerson::isOffice) are offered only to CFLEX and the
// administrator on a server, and to the single user of a local file; the server refuses the
// others anyway (ServerSecurity), so offering them would only lead to an error.
#include "database.h"
#include "serverfixture.h"
#include "sltratesdialog.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace mcs;

namespace {

QString introOf(const SltRatesDialog &dialog)
{
    QString text;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        text += label->text();
    return text;
}

} // namespace

TEST(OfficeControls, TheSingleUserOfALocalFileCreatesRateVersions)
{
    QTemporaryDir dir;
    Workspace local;
    QString error;
    ASSERT_TRUE(local.openLocalFile(dir.filePath(QStringLiteral("mine.mcs")), &error)) << error.toStdString();
    SltRatesDialog dialog(local.database(), 1);
    ASSERT_NE(dialog.newVersionButton(), nullptr);
    EXPECT_FALSE(introOf(dialog).contains(QStringLiteral("made by CFLEX")));
}

class OfficeControlsOnServer : public test::ServerRolesTest
{
};

TEST_F(OfficeControlsOnServer, OnlyTheOfficeIsOfferedANewRateVersion)
{
    const QString lecturer = addUser(Role::Lecturer, QStringLiteral("lect"), QString(), QStringLiteral("S1234"));
    const QString cflex = addUser(Role::Cflex, QStringLiteral("cflex"));
    const QString admin = addUser(Role::Admin, QStringLiteral("admin"));
    for (const QString &login : {lecturer, cflex, admin}) {
        SCOPED_TRACE(login.toStdString());
        Workspace w;
        QString error;
        ASSERT_TRUE(w.connectToServer(paramsFor(login), &error)) << error.toStdString();
        SltRatesDialog dialog(w.database(), 1);
        const bool office = login != lecturer;
        EXPECT_EQ(dialog.newVersionButton() != nullptr, office);
        EXPECT_EQ(introOf(dialog).contains(QStringLiteral("New versions are made by CFLEX officers.")), !office);
        EXPECT_NE(dialog.versionCombo(), nullptr); // everyone browses the versions
    }
}

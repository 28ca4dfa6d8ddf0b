// Tools › Issuer Settings, offscreen: the dialog shows what IssuerRepository holds, refuses a
// wrong field naming it (nothing stored), stores a valid edit, and is offered only to CFLEX.
#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "database.h"
#include "ed25519key.h"
#include "issuerrepository.h"
#include "issuersettingsdialog.h"
#include "mainwindow.h"
#include "serverfixture.h"
#include "statementissuer.h"
#include "statementrepository.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace mcs;

namespace {

void grab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

QLineEdit *edit(const IssuerSettingsDialog &d, const char *name)
{
    auto *e = d.findChild<QLineEdit *>(QString::fromLatin1(name));
    EXPECT_NE(e, nullptr) << name;
    return e;
}

// As the officer types: select all, then the new text.
void retype(QLineEdit *e, const QString &text)
{
    e->setFocus();
    e->selectAll();
    QTest::keyClicks(e, text);
}

IssuerSettings stored(Database &db)
{
    IssuerSettings s;
    QString error;
    EXPECT_TRUE(IssuerRepository(db).settings(&s, &error)) << error.toStdString();
    return s;
}

} // namespace

class IssuerSettingsForm : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 40, &error)) << error.toStdString();
        // What `mcstudio-cli issuer --set` would have stored before.
        original.serialPattern = QStringLiteral("UC-MC-{year}-{seq:4}");
        original.signatoryName = QStringLiteral("Dr. Lim Siew Ling");
        original.fullIdOnStatement = false;
        ASSERT_TRUE(IssuerRepository(*workspace.database()).saveSettings(original).ok());
    }

    QTemporaryDir dir;
    Workspace workspace;
    IssuerSettings original;
};

TEST_F(IssuerSettingsForm, LoadsTheStoredSettingsAndTheKeyFingerprint)
{
    IssuerSettingsDialog dialog(workspace.database());
    QString error;
    ASSERT_TRUE(dialog.load(&error)) << error.toStdString();
    EXPECT_EQ(dialog.settings(), original);
    EXPECT_EQ(edit(dialog, "serialPatternEdit")->text(), QStringLiteral("UC-MC-{year}-{seq:4}"));
    EXPECT_EQ(edit(dialog, "signatoryNameEdit")->text(), QStringLiteral("Dr. Lim Siew Ling"));
    EXPECT_EQ(edit(dialog, "institutionNameEdit")->text(), QStringLiteral("Universiti Malaysia Sarawak"));
    EXPECT_FALSE(dialog.findChild<QCheckBox *>(QStringLiteral("fullIdCheck"))->isChecked());
    const QString year = QString::number(QDate::currentDate().year());
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("serialExample"))->text(),
              QStringLiteral("The 123rd statement of %1 gets UC-MC-%1-0123").arg(year));
    // No statement issued yet: no key, and none is made by looking.
    QLineEdit *kid = edit(dialog, "keyIdEdit");
    EXPECT_TRUE(kid->isReadOnly());
    EXPECT_TRUE(kid->text().isEmpty());
    EXPECT_FALSE(IssuerRepository(*workspace.database()).currentPublicKey(&error).has_value());

    Ed25519Key key;
    ASSERT_TRUE(StatementIssuer(*workspace.database()).signingKey(&key, &error)) << error.toStdString();
    IssuerSettingsDialog again(workspace.database());
    ASSERT_TRUE(again.load(&error));
    EXPECT_EQ(edit(again, "keyIdEdit")->text(), key.keyId());
    EXPECT_EQ(key.keyId().size(), 43) << "base64url of a SHA-256 thumbprint";
    again.resize(640, 660);
    grab(&again, "issuer-settings.png");
}

TEST_F(IssuerSettingsForm, AWrongPatternIsNamedAndNothingIsStored)
{
    IssuerSettingsDialog dialog(workspace.database());
    QString error;
    ASSERT_TRUE(dialog.load(&error));
    dialog.show();
    retype(edit(dialog, "signatoryNameEdit"), QStringLiteral("Prof. Dr. Aminah Hassan"));
    retype(edit(dialog, "serialPatternEdit"), QStringLiteral("UC-MC-{year}"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("serialExample"))->text(),
              QStringLiteral("the serial pattern needs {seq} so that every statement's serial is unique"));

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_TRUE(dialog.isVisible()) << "Save must not close the dialog on a wrong field";
    EXPECT_EQ(dialog.problemText(),
              QStringLiteral("Serial pattern: the serial pattern needs {seq} so that every statement's serial is unique"));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("problems"))->isVisible());
    EXPECT_EQ(dialog.focusWidget(), edit(dialog, "serialPatternEdit"));
    EXPECT_EQ(stored(*workspace.database()), original) << "nothing is stored, not even the valid signatory";
    grab(&dialog, "issuer-settings-invalid.png");

    // Two wrong fields at once: each named, in the form's order.
    retype(edit(dialog, "serialPatternEdit"), QStringLiteral("UC-{month}-{seq}"));
    retype(edit(dialog, "verificationBaseUrlEdit"), QStringLiteral("verify.unimas.my/mms?t="));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.problemText(),
              QStringLiteral("Verification address: write a web address starting with https://, without ? or #: the QR code "
                             "adds the signed token to it\n"
                             "Serial pattern: unknown placeholder {month} in the serial pattern"));
    EXPECT_EQ(stored(*workspace.database()), original);

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(stored(*workspace.database()), original);
}

TEST_F(IssuerSettingsForm, AValidEditIsStored)
{
    IssuerSettingsDialog dialog(workspace.database());
    QString error;
    ASSERT_TRUE(dialog.load(&error));
    dialog.show();
    retype(edit(dialog, "serialPatternEdit"), QStringLiteral("UNIMAS-MMS-{year}-{seq:5}"));
    retype(edit(dialog, "signatoryNameEdit"), QStringLiteral("Prof. Dr. Aminah Hassan"));
    retype(edit(dialog, "verificationBaseUrlEdit"), QStringLiteral("https://mms.unimas.my/v"));
    dialog.findChild<QCheckBox *>(QStringLiteral("fullIdCheck"))->click();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problemText().isEmpty());

    IssuerSettings expected = original;
    expected.serialPattern = QStringLiteral("UNIMAS-MMS-{year}-{seq:5}");
    expected.signatoryName = QStringLiteral("Prof. Dr. Aminah Hassan");
    expected.verificationBaseUrl = QStringLiteral("https://mms.unimas.my/v");
    expected.fullIdOnStatement = true;
    const IssuerSettings now = stored(*workspace.database());
    EXPECT_EQ(now, expected);
    EXPECT_EQ(now.serialPattern, QStringLiteral("UNIMAS-MMS-{year}-{seq:5}"));
    EXPECT_EQ(now.institutionName, QStringLiteral("Universiti Malaysia Sarawak")) << "untouched fields keep their value";

    // The next statement issued takes the new pattern.
    StatementIssuer issuer(*workspace.database());
    qint64 course = 0, offering = 0;
    ASSERT_TRUE(StatementRepository(*workspace.database()).latestApprovedOffering(&course, &offering, &error));
    const StatementIssuer::Result r = issuer.issueFor(course, offering);
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    ASSERT_FALSE(r.statements.isEmpty());
    EXPECT_EQ(r.statements.first().statement.serial,
              QStringLiteral("UNIMAS-MMS-%1-00001").arg(r.statements.first().statement.issuedAt.date().year()));
}

TEST_F(IssuerSettingsForm, ToolsMenuOffersItOnALocalFile)
{
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow w(&settings, &workspace);
    QAction *action = w.actions()->action(QString(ActionId::IssuerSettings));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled()) << "a local file's single user holds every role";
    bool inTools = false;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inTools = menu->text() == QStringLiteral("&Tools");
    EXPECT_TRUE(inTools);
    EXPECT_TRUE(IssuerSettingsDialog::mayEdit(&workspace));
    Workspace closed;
    EXPECT_FALSE(IssuerSettingsDialog::mayEdit(&closed));
}

// On the server only CFLEX (and the administrator) may write the settings: the action is disabled
// for a lecturer, whose save the server refuses anyway.
class IssuerSettingsOnServer : public test::ServerRolesTest
{
};

TEST_F(IssuerSettingsOnServer, OnlyCflexMayEdit)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString lecturer = addUser(Role::Lecturer, QStringLiteral("lect"), QStringLiteral("FCSIT"), QStringLiteral("S1"));
    const QString cflex = addUser(Role::Cflex, QStringLiteral("cflex"));
    QString error;

    Workspace theirs;
    ASSERT_TRUE(theirs.connectToServer(paramsFor(lecturer), &error)) << error.toStdString();
    EXPECT_FALSE(IssuerSettingsDialog::mayEdit(&theirs));
    {
        MainWindow w(&settings, &theirs);
        EXPECT_FALSE(w.actions()->action(QString(ActionId::IssuerSettings))->isEnabled());
    }
    IssuerSettings changed;
    changed.signatoryName = QStringLiteral("Someone Else");
    EXPECT_FALSE(IssuerRepository(*theirs.database()).saveSettings(changed).ok()) << "the server refuses a lecturer";

    Workspace office;
    ASSERT_TRUE(office.connectToServer(paramsFor(cflex), &error)) << error.toStdString();
    EXPECT_TRUE(IssuerSettingsDialog::mayEdit(&office));
    {
        MainWindow w(&settings, &office);
        EXPECT_TRUE(w.actions()->action(QString(ActionId::IssuerSettings))->isEnabled());
    }
    IssuerSettingsDialog dialog(office.database());
    ASSERT_TRUE(dialog.load(&error)) << error.toStdString();
    dialog.show();
    retype(edit(dialog, "signatoryNameEdit"), QStringLiteral("Prof. Dr. Aminah Hassan"));
    EXPECT_TRUE(dialog.save()) << dialog.problemText().toStdString();
    EXPECT_EQ(stored(owner()).signatoryName, QStringLiteral("Prof. Dr. Aminah Hassan"));
}

TEST(IssuerSettingsMalay, NoEnglishLeftInTheDialog)
{
    QTranslator malay;
    ASSERT_TRUE(malay.load(QStringLiteral(":/i18n/mcstudio_ms")));
    QStringList english;
    {
        IssuerSettingsDialog dialog(nullptr);
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            english << l->text();
    }
    QCoreApplication::installTranslator(&malay);
    IssuerSettingsDialog dialog(nullptr);
    QCoreApplication::removeTranslator(&malay);
    const QStringList sameInBoth = {QStringLiteral("S&tatus:"), QStringLiteral("Logo:")};
    QStringList texts;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        texts << l->text();
    for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
        texts << b->text();
    for (const QGroupBox *g : dialog.findChildren<QGroupBox *>())
        texts << g->title();
    texts << dialog.windowTitle();
    int checked = 0;
    for (const QString &t : texts) {
        if (t.isEmpty() || sameInBoth.contains(t))
            continue;
        ++checked;
        EXPECT_FALSE(english.contains(t)) << "English left: " << t.toStdString();
        EXPECT_FALSE(t.contains(QLatin1String("Save")) || t.contains(QLatin1String("Cancel")) || t.contains(QLatin1String("Choose")))
            << t.toStdString();
    }
    EXPECT_GE(checked, 20);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Tetapan Pengeluar"));
}

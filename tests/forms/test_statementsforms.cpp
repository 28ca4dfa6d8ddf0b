// The statements desk and Tools › Verify Statement, offscreen.
#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "ed25519key.h"
#include "itemroles.h"
#include "mainwindow.h"
#include "samplestatement.h"
#include "statementissuer.h"
#include "statementrostermodel.h"
#include "statementstab.h"
#include "statementtoken.h"
#include "verifystatementdialog.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QTest>
#include <QTimer>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>

using namespace mcs;

namespace {

void grab(QWidget *w, const char *name, QSize size = QSize(1280, 720))
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (dir.isEmpty())
        return;
    w->resize(size);
    w->show();
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

} // namespace

TEST(VerifyStatementDialog, ShowsValidWithTheFieldsOrNotValidWithTheReason)
{
    const Ed25519Key key = Ed25519Key::generate();
    StatementData s = test::sampleStatement();
    const QString token = statementtoken::sign(s, key);
    const QString url = statementtoken::verificationUrl(QStringLiteral("https://verify.unimas.my/mms"), token);
    StatementVerifier verifier;
    verifier.addKey(Ed25519Key::fromPublicPem(key.publicPem()));
    s.serial = QStringLiteral("UNIMAS-MC-2026-000124");
    const QString revokedToken = statementtoken::sign(s, key);
    verifier.setRevoked(s.serial, QStringLiteral("issued in error"));
    VerifyStatementDialog dialog(std::move(verifier));

    dialog.setInput(QStringLiteral("  ") + url + QStringLiteral("\n"));
    EXPECT_TRUE(dialog.verify().valid);
    EXPECT_EQ(dialog.resultText(), QStringLiteral("VALID\nserial: UNIMAS-MC-2026-000123\nname: Nurul Aisyah binti Abdullah\n"
                                                  "course: TMN4031MCA\ntitle: Micro-Credential in IoT Fundamentals\ngrade: A-\n"
                                                  "awarded: 2026-05-20\niss: Universiti Malaysia Sarawak"));
    const QLabel *result = dialog.findChild<QLabel *>(QStringLiteral("verifyResult"));
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->text().contains(QLatin1String("Nurul Aisyah binti Abdullah")));
    grab(&dialog, "verify-valid.png", QSize(620, 380));

    QString altered = token;
    const int i = int(altered.indexOf(QLatin1Char('.'))) + 5; // a byte of the payload
    altered[i] = altered.at(i) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    dialog.setInput(altered);
    EXPECT_FALSE(dialog.verify().valid);
    EXPECT_TRUE(dialog.resultText().startsWith(QLatin1String("NOT VALID: "))) << dialog.resultText().toStdString();
    EXPECT_TRUE(result->text().contains(QLatin1String("NOT VALID")));

    dialog.setInput(revokedToken);
    EXPECT_FALSE(dialog.verify().valid);
    EXPECT_EQ(dialog.resultText(),
              QStringLiteral("NOT VALID: revoked: statement UNIMAS-MC-2026-000124 was revoked (issued in error)"));
    grab(&dialog, "verify-revoked.png", QSize(620, 380));

    const Ed25519Key stranger = Ed25519Key::generate();
    dialog.setInput(statementtoken::sign(test::sampleStatement(), stranger));
    EXPECT_FALSE(dialog.verify().valid);
    EXPECT_EQ(dialog.resultText(),
              QStringLiteral("NOT VALID: unknown key '%1': this statement was not signed with a key known here").arg(stranger.keyId()));

    dialog.setInput(token.left(token.size() / 2));
    EXPECT_FALSE(dialog.verify().valid);
    EXPECT_TRUE(dialog.resultText().startsWith(QLatin1String("NOT VALID: ")));
}

class StatementsDesk : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 40, &error)) << error.toStdString();
    }
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
};

TEST_F(StatementsDesk, ListsTheCohortWithMaskedNricsAndIssues)
{
    MainWindow w(&settings, &workspace);
    ASSERT_NE(w.actions()->action(QString(ActionId::VerifyStatement)), nullptr);
    w.actions()->action(QString(ActionId::ShowStatements))->trigger();
    auto *tab = w.findChild<StatementsTab *>();
    ASSERT_NE(tab, nullptr);
    StatementRosterModel *model = tab->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GT(model->rowCount(), 0) << "the demo has a cohort with Senate-approved results";
    const int ready = model->count(StatementState::Ready);
    EXPECT_GT(ready, 0);
    EXPECT_EQ(model->count(StatementState::Issued), 0);
    const QRegularExpression masked(QStringLiteral("^XXXXXX-XX-\\d{4}$|^[A-Z0-9]+ \\(.+\\)$"));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString id = model->index(r, StatementRosterModel::IdentityColumn).data().toString();
        EXPECT_TRUE(masked.match(id).hasMatch()) << id.toStdString();
    }
    grab(&w, "statements-before.png");

    // Issue every eligible learner of the offering (as the Issue and Print button does first).
    StatementIssuer issuer(*workspace.database());
    const StatementIssuer::Result r = issuer.issueFor(tab->courseId(), tab->offeringId());
    ASSERT_TRUE(r.ok) << r.error.toStdString();
    EXPECT_EQ(r.newlyIssued, ready);
    QString error;
    ASSERT_TRUE(tab->reload(&error)) << error.toStdString();
    EXPECT_EQ(model->count(StatementState::Issued), ready);
    EXPECT_EQ(model->count(StatementState::Ready), 0);
    int serials = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        serials += !model->index(row, 0).data(StatementSerialRole).toString().isEmpty();
    EXPECT_EQ(serials, ready);
    ASSERT_TRUE(issuer.revoke(r.statements.first().statement.serial, QStringLiteral("issued in error"), &error));
    ASSERT_TRUE(tab->reload(&error));
    EXPECT_EQ(model->count(StatementState::Revoked), 1);
    tab->view()->selectRow(0);
    grab(&w, "statements-issued.png");

    // Issue and Print on the selected (revoked) learner and an issued one: the preview shows the
    // issued statement only.
    tab->view()->clearSelection();
    // A message box first (the revoked statement is not issued again), then the preview.
    bool previewed = false;
    QStringList boxes;
    QTimer closer;
    closer.setInterval(200);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
            previewed = true;
            grab(preview, "statements-preview.png", QSize(900, 1000));
            preview->reject();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            boxes << box->text();
            box->accept();
        }
    });
    closer.start();
    tab->issueAndPrint();
    closer.stop();
    EXPECT_TRUE(previewed);
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_TRUE(boxes.first().startsWith(QLatin1String("These statements were revoked and are not issued again:")));

    // Export PDFs: one complete file per issued statement, named by serial, nothing half-written.
    QTemporaryDir out;
    QStringList written;
    bool finished = false;
    QObject::connect(tab, &StatementsTab::exportFinished, [&](const QStringList &files, bool cancelled) {
        written = files;
        finished = !cancelled;
    });
    boxes.clear();
    closer.start();
    tab->exportPdfsTo(out.path());
    for (int i = 0; i < 600 && !finished; ++i)
        QTest::qWait(100);
    QTest::qWait(400); // the closing message box
    closer.stop();
    ASSERT_TRUE(finished);
    EXPECT_EQ(written.size(), ready - 1);
    QStringList expected;
    for (const StatementIssuer::Printable &p : r.statements.mid(1))
        expected << p.statement.serial + QStringLiteral(".pdf");
    expected.sort();
    EXPECT_EQ(QDir(out.path()).entryList(QDir::Files, QDir::Name), expected);
    ASSERT_EQ(boxes.size(), 1);
    EXPECT_EQ(boxes.last(), QStringLiteral("%1 PDF(s) written to %2.").arg(ready - 1).arg(QDir::toNativeSeparators(out.path())));

    const QString dirName = qEnvironmentVariable("MCS_GRAB_DIR");
    if (!dirName.isEmpty())
        issuer.renderer().renderImage(r.statements.last().data, 110).save(QDir(dirName).filePath(QStringLiteral("statement.png")));
}

#include "verifystatementdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcs {

VerifyStatementDialog::VerifyStatementDialog(StatementVerifier verifier, QWidget *parent)
    : QDialog(parent)
    , m_verifier(std::move(verifier))
    , m_input(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Verify Statement"));
    auto *intro = new QLabel(tr("Paste the web address from a statement's QR code, or the token alone:"), this);
    intro->setWordWrap(true);
    m_input->setPlaceholderText(tr("https://…/eyJhbGciOiJFZERTQSIs…"));
    m_input->setTabChangesFocus(true);
    m_input->setWordWrapMode(QTextOption::WrapAnywhere); // a token has no spaces to break at
    m_input->setMaximumHeight(90);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(150);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_result->setObjectName(QStringLiteral("verifyResult"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *check = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    check->setDefault(true);
    QPushButton *key = buttons->addButton(tr("Add Public &Key…"), QDialogButtonBox::ActionRole);
    key->setToolTip(tr("Also trust a public key (PEM) from another issuer or an older database"));
    connect(check, &QPushButton::clicked, this, [this] { verify(); });
    connect(key, &QPushButton::clicked, this, &VerifyStatementDialog::loadKeyFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_input);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(620, 380);
}

void VerifyStatementDialog::setInput(const QString &tokenOrUrl)
{
    m_input->setPlainText(tokenOrUrl);
}

StatementVerifier::Result VerifyStatementDialog::verify()
{
    const QString input = m_input->toPlainText().simplified().remove(QLatin1Char(' '));
    StatementVerifier::Result r;
    if (input.isEmpty()) {
        m_result->clear();
        m_resultText.clear();
        r.reason = tr("nothing to verify");
        return r;
    }
    r = m_verifier.verify(input);
    if (!r.valid) {
        m_resultText = tr("NOT VALID: %1").arg(r.reason);
        m_result->setText(tr("<p style='font-size:large;color:#b02020'><b>NOT VALID</b></p><p>%1</p>").arg(r.reason.toHtmlEscaped()));
        return r;
    }
    const QStringList lines = StatementVerifier::describe(r.claims);
    m_resultText = tr("VALID") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    QString table;
    const struct { const char *key; const char *label; } rows[] = {
        {"serial", QT_TR_NOOP("Serial")},   {"name", QT_TR_NOOP("Learner")},    {"course", QT_TR_NOOP("Course")},
        {"title", QT_TR_NOOP("Title")},     {"grade", QT_TR_NOOP("Grade")},     {"awarded", QT_TR_NOOP("Awarded")},
        {"iss", QT_TR_NOOP("Issued by")},
    };
    for (const auto &row : rows)
        table += QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                     .arg(tr(row.label), r.claims.value(QString::fromLatin1(row.key)).toString().toHtmlEscaped());
    m_result->setText(tr("<p style='font-size:large;color:#1e6b30'><b>VALID</b></p>"
                         "<p>The signature is the issuer's and the statement has not been revoked.</p>")
                      + QStringLiteral("<table>%1</table>").arg(table));
    return r;
}

void VerifyStatementDialog::loadKeyFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Public Key"), QString(), tr("PEM public keys (*.pem);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    Ed25519Key key = file.open(QIODevice::ReadOnly) ? Ed25519Key::fromPublicPem(file.readAll()) : Ed25519Key();
    if (!key.isValid()) {
        QMessageBox::warning(this, tr("Add Public Key"), tr("%1 is not an Ed25519 public key in PEM form.").arg(path));
        return;
    }
    m_verifier.addKey(std::move(key));
}

} // namespace mcs

#include "connectserverdialog.h"
#include "ui_connectserverdialog.h"

#include "passwordstore.h"

#include <QPushButton>

namespace mcs {

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectServerDialog>())
{
    m_ui->setupUi(this);
    for (QLineEdit *edit : {m_ui->hostEdit, m_ui->userEdit, m_ui->databaseEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::updateState);
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectServerDialog::updateState);
    m_ui->hostEdit->setText(QStringLiteral("localhost"));
    m_ui->rememberCheck->setEnabled(false);
    updateState();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::setParams(const ServerParams &params)
{
    m_ui->hostEdit->setText(params.host);
    m_ui->portSpin->setValue(params.port);
    m_ui->userEdit->setText(params.user);
    m_ui->databaseEdit->setText(params.database);
    m_ui->passwordEdit->clear();
    m_ui->rememberCheck->setChecked(false);
    if (m_store && !params.user.isEmpty()) {
        QString ignored; // no keychain service: simply nothing remembered
        if (const auto password = m_store->read(params.url(), &ignored)) {
            m_ui->passwordEdit->setText(*password);
            m_ui->rememberCheck->setChecked(true);
        }
    }
    (params.user.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
}

void ConnectServerDialog::setPasswordStore(PasswordStore *store)
{
    m_store = store;
    m_ui->rememberCheck->setEnabled(store != nullptr);
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void ConnectServerDialog::setRememberPassword(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

bool ConnectServerDialog::storePasswordChoice(QString *error)
{
    if (!m_store)
        return true;
    const ServerParams p = params();
    if (rememberPassword())
        return m_store->write(p.url(), p.password, error);
    QString ignored; // forgetting what was never stored is not an error
    m_store->remove(p.url(), &ignored);
    return true;
}

ServerParams ConnectServerDialog::params() const
{
    ServerParams p;
    p.host = m_ui->hostEdit->text().trimmed();
    p.port = m_ui->portSpin->value();
    p.user = m_ui->userEdit->text().trimmed();
    p.database = m_ui->databaseEdit->text().trimmed();
    p.password = m_ui->passwordEdit->text();
    return p;
}

void ConnectServerDialog::updateState()
{
    const ServerParams p = params();
    const bool complete = !p.host.isEmpty() && !p.user.isEmpty() && !p.database.isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->urlLabel->setText(complete ? p.url() : tr("Fill in host, user and database."));
}

} // namespace mcs

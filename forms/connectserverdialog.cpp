#include "connectserverdialog.h"
#include "ui_connectserverdialog.h"

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
    (params.user.isEmpty() ? m_ui->userEdit : m_ui->passwordEdit)->setFocus();
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

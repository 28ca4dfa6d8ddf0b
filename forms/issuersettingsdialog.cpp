#include "issuersettingsdialog.h"
#include "ui_issuersettingsdialog.h"

#include "apptheme.h"
#include "database.h"
#include "issuerrepository.h"
#include "serialpattern.h"
#include "workflow.h"
#include "workflowrepository.h"
#include "workspace.h"

#include <QBuffer>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QImageReader>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>

namespace mcs {
namespace {

const char kInvalid[] = "mcsInvalid";

} // namespace

IssuerSettingsDialog::IssuerSettingsDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IssuerSettingsDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    m_ui->problems->hide();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &IssuerSettingsDialog::accept);
    connect(m_ui->serialPatternEdit, &QLineEdit::textChanged, this, &IssuerSettingsDialog::updateSerialExample);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &IssuerSettingsDialog::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        updateLogo();
    });
    // A field marked wrong is unmarked as soon as it is edited.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, [edit] {
            if (edit->property(kInvalid).toBool()) {
                edit->setProperty(kInvalid, false);
                edit->setStyleSheet(QString());
            }
        });
    const QColor red = readableOn(QColor(0xc6, 0x28, 0x28), palette().color(QPalette::Window));
    m_ui->problems->setStyleSheet(QStringLiteral("color: %1").arg(red.name()));
    // The catalogue of Qt's own buttons is not always installed: name them here.
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(m_db != nullptr);
    setSettings(IssuerSettings());
}

IssuerSettingsDialog::~IssuerSettingsDialog() = default;

bool IssuerSettingsDialog::mayEdit(Workspace *workspace)
{
    return workspace && workspace->database() && WorkflowRepository(*workspace->database()).officeSignedIn();
}

void IssuerSettingsDialog::edit(Workspace *workspace, QWidget *parent)
{
    if (!workspace || !workspace->database())
        return;
    IssuerSettingsDialog dialog(workspace->database(), parent);
    QString error;
    if (!dialog.load(&error)) {
        QMessageBox::warning(parent, tr("Issuer Settings"), error);
        return;
    }
    dialog.exec();
}

bool IssuerSettingsDialog::load(QString *error)
{
    if (!m_db)
        return true;
    IssuerRepository repo(*m_db);
    IssuerSettings s;
    if (!repo.settings(&s, error))
        return false;
    setSettings(s);
    QString why;
    const std::optional<IssuerKeyRecord> key = repo.currentPublicKey(&why);
    if (!key && !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (key) {
        m_ui->keyIdEdit->setText(key->kid);
        m_ui->keyCreated->setText(QLocale().toString(key->createdAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        m_ui->keyIdEdit->clear();
        m_ui->keyIdEdit->setPlaceholderText(tr("none yet"));
        m_ui->keyCreated->setText(tr("The key pair is made when the first statement is issued."));
    }
    return true;
}

void IssuerSettingsDialog::setSettings(const IssuerSettings &s)
{
    m_ui->institutionNameEdit->setText(s.institutionName);
    m_ui->institutionStatusEdit->setText(s.institutionStatus);
    m_ui->institutionUrlEdit->setText(s.institutionUrl);
    m_ui->contactEmailEdit->setText(s.contactEmail);
    m_ui->verificationContactEdit->setText(s.verificationContact);
    m_ui->signatoryNameEdit->setText(s.signatoryName);
    m_ui->signatoryTitleEdit->setText(s.signatoryTitle);
    m_ui->verificationBaseUrlEdit->setText(s.verificationBaseUrl);
    m_ui->serialPatternEdit->setText(s.serialPattern);
    m_ui->fullIdCheck->setChecked(s.fullIdOnStatement);
    m_logoPng = s.logoPng;
    updateLogo();
    updateSerialExample();
    showProblems({});
}

IssuerSettings IssuerSettingsDialog::settings() const
{
    IssuerSettings s;
    s.institutionName = m_ui->institutionNameEdit->text().trimmed();
    s.institutionStatus = m_ui->institutionStatusEdit->text().trimmed();
    s.institutionUrl = m_ui->institutionUrlEdit->text().trimmed();
    s.contactEmail = m_ui->contactEmailEdit->text().trimmed();
    s.verificationContact = m_ui->verificationContactEdit->text().trimmed();
    s.signatoryName = m_ui->signatoryNameEdit->text().trimmed();
    s.signatoryTitle = m_ui->signatoryTitleEdit->text().trimmed();
    s.verificationBaseUrl = m_ui->verificationBaseUrlEdit->text().trimmed();
    s.serialPattern = m_ui->serialPatternEdit->text().trimmed();
    s.fullIdOnStatement = m_ui->fullIdCheck->isChecked();
    s.logoPng = m_logoPng;
    return s;
}

QLineEdit *IssuerSettingsDialog::editFor(const QString &key) const
{
    const std::pair<const char *, QLineEdit *> edits[] = {
        {"institution_name", m_ui->institutionNameEdit},
        {"institution_status", m_ui->institutionStatusEdit},
        {"institution_url", m_ui->institutionUrlEdit},
        {"contact_email", m_ui->contactEmailEdit},
        {"verification_contact", m_ui->verificationContactEdit},
        {"signatory_name", m_ui->signatoryNameEdit},
        {"signatory_title", m_ui->signatoryTitleEdit},
        {"verification_base_url", m_ui->verificationBaseUrlEdit},
        {"serial_pattern", m_ui->serialPatternEdit},
    };
    for (const auto &[k, edit] : edits)
        if (key == QLatin1String(k))
            return edit;
    return nullptr;
}

void IssuerSettingsDialog::showProblems(const QVector<IssuerSettingsProblem> &problems)
{
    QStringList lines;
    QLineEdit *first = nullptr;
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        edit->setProperty(kInvalid, false);
        edit->setStyleSheet(QString());
    }
    const QColor red = readableOn(QColor(0xc6, 0x28, 0x28), palette().color(QPalette::Base));
    for (const IssuerSettingsProblem &p : problems) {
        QLineEdit *edit = editFor(p.key);
        QString field = p.key;
        // The field is named as its label reads, without the accelerator and the colon.
        for (const QLabel *label : findChildren<QLabel *>())
            if (edit && label->buddy() == edit) {
                field = label->text().remove(QLatin1Char('&'));
                if (field.endsWith(QLatin1Char(':')))
                    field.chop(1);
            }
        lines << tr("%1: %2").arg(field, p.message);
        if (edit) {
            edit->setProperty(kInvalid, true);
            edit->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid %1; }").arg(red.name()));
            if (!first)
                first = edit;
        }
    }
    m_ui->problems->setText(lines.join(QLatin1Char('\n')));
    m_ui->problems->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus();
}

QString IssuerSettingsDialog::problemText() const
{
    return m_ui->problems->text();
}

bool IssuerSettingsDialog::save()
{
    const IssuerSettings s = settings();
    const QVector<IssuerSettingsProblem> problems = s.problems();
    showProblems(problems);
    if (!problems.isEmpty() || !m_db)
        return false;
    const StoreResult r = IssuerRepository(*m_db).saveSettings(s);
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Issuer Settings"), tr("The settings could not be saved: %1").arg(r.message));
        return false;
    }
    return true;
}

void IssuerSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void IssuerSettingsDialog::updateSerialExample()
{
    const SerialPattern pattern(m_ui->serialPatternEdit->text().trimmed());
    QString why;
    const int year = QDate::currentDate().year();
    if (pattern.isValid(&why))
        m_ui->serialExample->setText(tr("The 123rd statement of %1 gets %2").arg(year).arg(pattern.format(year, 123)));
    else
        m_ui->serialExample->setText(why);
}

void IssuerSettingsDialog::updateLogo()
{
    const QImage logo = QImage::fromData(m_logoPng);
    if (logo.isNull()) {
        m_ui->logoPreview->setPixmap(QPixmap());
        m_ui->logoPreview->setText(tr("no logo"));
    } else {
        m_ui->logoPreview->setPixmap(QPixmap::fromImage(
            logo.scaled(m_ui->logoPreview->minimumSize() - QSize(8, 8), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_ui->removeLogoButton->setEnabled(!logo.isNull());
}

void IssuerSettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Institution's Logo"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Issuer Settings"),
                             tr("%1 is not an image MC Studio can read: %2").arg(QDir::toNativeSeparators(path), reader.errorString()));
        return;
    }
    // Stored as PNG whatever the file was, as `mcstudio-cli issuer --logo` stores it.
    QBuffer buffer(&m_logoPng);
    m_logoPng.clear();
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    updateLogo();
}

} // namespace mcs

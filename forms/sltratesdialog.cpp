#include "sltratesdialog.h"

#include "builtinrates.h"
#include "ratetableeditdialog.h"
#include "ratetablemodel.h"
#include "sltratetablerepository.h"
#include "workflowrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mcs {

SltRatesDialog::SltRatesDialog(const RateTable &rates, QWidget *parent)
    : QDialog(parent)
    , m_latest(rates.version())
    , m_shown(rates)
{
    build();
}

SltRatesDialog::SltRatesDialog(Database *database, int courseVersion, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_courseVersion(courseVersion)
    , m_shown(builtinRateTable())
{
    QString error;
    if (m_db) {
        if (const auto latest = SltRateTableRepository(*m_db).latest(&error))
            m_shown = *latest;
        else
            qWarning("SLT rates: %s", qPrintable(error));
    }
    m_latest = m_shown.version();
    build();
}

void SltRatesDialog::build()
{
    setWindowTitle(tr("SLT rates"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    top->addWidget(m_intro, 1);
    if (m_db) {
        top->addWidget(new QLabel(tr("Version:"), this));
        m_versions = new QComboBox(this);
        m_versions->setObjectName(QStringLiteral("versionCombo"));
        top->addWidget(m_versions);
    }
    layout->addLayout(top);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("ratesView"));
    m_model = new RateTableModel(m_shown, view);
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Only the office creates versions; the server refuses anyone else (ServerSecurity), so the
    // button is not offered to them.
    m_mayCreate = m_db && WorkflowRepository(*m_db).officeSignedIn();
    if (m_db && m_mayCreate) {
        m_newVersion = buttons->addButton(tr("Create New Version…"), QDialogButtonBox::ActionRole);
        m_newVersion->setToolTip(tr("A CFLEX officer's task: an edited copy of the shown table, stored as the next "
                                    "version. Courses keep their version until their developers upgrade."));
        connect(m_newVersion, &QPushButton::clicked, this, &SltRatesDialog::createNewVersion);
    }
    if (m_db) {
        reloadVersions(m_shown.version());
        connect(m_versions, &QComboBox::activated, this, [this](int index) {
            showVersion(m_versions->itemData(index).toInt());
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateIntro();
    resize(680, 500);
}

void SltRatesDialog::reloadVersions(int select)
{
    QVector<int> versions{builtinRateTable().version()};
    QString error;
    for (int v : SltRateTableRepository(*m_db).versions(&error))
        if (!versions.contains(v))
            versions.append(v);
    std::sort(versions.begin(), versions.end());
    m_versions->clear();
    for (int v : versions)
        m_versions->addItem(v == versions.last() ? tr("%1 (in use)").arg(v) : QString::number(v), v);
    m_versions->setCurrentIndex(m_versions->findData(select));
}

void SltRatesDialog::showVersion(int version)
{
    if (m_db) {
        QString error;
        const auto table = SltRateTableRepository(*m_db).rateTable(version, &error);
        if (!table) {
            QMessageBox::warning(this, tr("SLT rates"), error);
            return;
        }
        m_shown = *table;
        m_versions->setCurrentIndex(m_versions->findData(version));
    }
    m_model->setRates(m_shown);
    updateIntro();
}

void SltRatesDialog::updateIntro()
{
    QString text = m_shown.version() == m_latest
        ? tr("Rate table version %1 is in use for new work (guideline 2.2): SLT minutes per unit of each activity "
             "type. A blank rate in Table 4 takes the default.").arg(m_shown.version())
        : tr("Rate table version %1 (version %2 is in use for new work).").arg(m_shown.version()).arg(m_latest);
    if (m_courseVersion > 0)
        text += QLatin1Char(' ') + tr("The current course uses version %1.").arg(m_courseVersion);
    if (m_db && !m_mayCreate)
        text += QLatin1Char(' ') + tr("New versions are made by CFLEX officers.");
    m_intro->setText(text);
}

void SltRatesDialog::createNewVersion()
{
    if (!m_db || !m_mayCreate)
        return;
    SltRateTableRepository repo(*m_db);
    QString error;
    const int next = repo.nextVersion(&error);
    if (next <= 0) {
        QMessageBox::warning(this, tr("SLT rates"), error);
        return;
    }
    RateTableEditDialog editor(m_shown, next, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const auto table = editor.result();
    if (!table || !repo.store(*table, &error)) {
        QMessageBox::warning(this, tr("SLT rates"),
                             tr("Version %1 was not stored: %2").arg(next).arg(table ? error : editor.problemText()));
        return;
    }
    m_latest = table->version();
    reloadVersions(m_latest);
    showVersion(m_latest);
    Q_EMIT versionCreated(*table);
}

} // namespace mcs

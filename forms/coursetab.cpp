#include "coursetab.h"

#include "table4editor.h"

#include "applicationform.h"
#include "compliancemodel.h"
#include "compliancepanel.h"
#include "coursedocument.h"
#include "courserepository.h"
#include "courseworkflow.h"
#include "workflowpage.h"
#include "courseversionrepository.h"
#include "historypage.h"
#include "proposalrenderer.h"
#include "recoveryfile.h"
#include "sltratetablerepository.h"
#include "workspace.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mcs {
namespace {

// The course's document, computed with the rate table it was built with (Table4::rateTableVersion)
// as the database holds it; the built-in table when there is none or it cannot be read.
CourseDocument *makeDocument(Course &&course, Workspace *workspace, QObject *parent)
{
    if (workspace && workspace->database() && course.table4.rateTableVersion > 0) {
        QString error;
        if (auto rates = SltRateTableRepository(*workspace->database()).rateTable(course.table4.rateTableVersion, &error))
            return new CourseDocument(std::move(course), std::move(*rates), parent);
        qWarning("%s: %s", qPrintable(course.code), qPrintable(error));
    }
    return new CourseDocument(std::move(course), parent);
}

} // namespace

CourseTab::CourseTab(Course course, Workspace *workspace, ComplianceContext context, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_database(workspace ? workspace->database() : nullptr)
    , m_location(workspace ? workspace->location() : QString())
    , m_doc(makeDocument(std::move(course), workspace, this))
    , m_compliance(new ComplianceModel(m_doc, std::move(context), this))
    , m_pages(new QTabWidget(this))
    , m_form(new ApplicationForm(m_doc, this))
    , m_panel(new CompliancePanel(m_compliance, this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->setDocumentMode(true);
    m_pages->setTabPosition(QTabWidget::South);

    auto *splitter = new QSplitter(Qt::Horizontal, m_pages);
    splitter->addWidget(m_form);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_pages->addTab(splitter, tr("Application form"));
    m_table4 = new Table4Editor(m_doc, m_pages);
    m_pages->addTab(m_table4, tr("Table 4 and SLT"));
    m_pages->addTab(new WorkflowPage(new CourseWorkflow(workspace, m_doc, this), m_pages), tr("Workflow"));
    if (m_database) {
        QString error;
        if (const auto latest = SltRateTableRepository(*m_database).latest(&error))
            m_table4->setLatestRates(*latest);
    }
    m_history = new HistoryPage(m_doc, m_database, m_pages);
    m_pages->addTab(m_history, tr("History"));
    connect(m_history, &HistoryPage::saveVersionRequested, this, &CourseTab::saveVersion);

    connect(m_panel, &CompliancePanel::findingActivated, this, &CourseTab::showFinding);
    connect(m_doc, &CourseDocument::modifiedChanged, this, [this] { Q_EMIT titleChanged(title()); });
    connect(m_doc, &CourseDocument::fieldChanged, this, [this](CourseField field) {
        if (field == CourseField::Code || field == CourseField::Title)
            Q_EMIT titleChanged(title());
    });
    connect(m_doc, &CourseDocument::saved, this, [this] { Q_EMIT titleChanged(title()); });
}

CourseTab::~CourseTab() = default;

void CourseTab::showTable4()
{
    m_pages->setCurrentWidget(m_table4);
}

void CourseTab::enableRecovery(const QString &directory, int intervalMs)
{
    m_recoveryDirectory = directory;
    if (!m_recoveryTimer) {
        m_recoveryTimer = new QTimer(this);
        connect(m_recoveryTimer, &QTimer::timeout, this, [this] {
            if (m_doc->isModified())
                writeRecovery();
        });
        connect(m_doc, &CourseDocument::saved, this, &CourseTab::removeRecovery);
    }
    m_recoveryTimer->start(intervalMs);
}

QString CourseTab::recoveryPath() const
{
    return m_recoveryDirectory.isEmpty() ? QString() : RecoveryFiles(m_recoveryDirectory).pathFor(m_location, courseId());
}

bool CourseTab::writeRecovery()
{
    if (m_recoveryDirectory.isEmpty())
        return false;
    QString error;
    const bool ok = RecoveryFiles(m_recoveryDirectory).write(m_location, m_doc->snapshot(), &error);
    if (!ok)
        qWarning("recovery copy: %s", qPrintable(error));
    return ok;
}

void CourseTab::removeRecovery()
{
    if (!m_recoveryDirectory.isEmpty())
        RecoveryFiles(m_recoveryDirectory).remove(m_location, courseId());
}

qint64 CourseTab::courseId() const
{
    return m_doc->course().id;
}

int CourseTab::addPage(QWidget *page, const QString &title)
{
    return m_pages->addTab(page, title);
}

QString CourseTab::title() const
{
    return m_doc->displayName() + (m_doc->isModified() ? QStringLiteral(" *") : QString());
}

bool CourseTab::save()
{
    if (!m_workspace || !m_database || m_workspace->database() != m_database
        || m_workspace->location() != m_location) {
        QMessageBox::warning(this, tr("Save"),
                             tr("%1 cannot be saved: the database it was opened from is no longer open. Your edits "
                                "are kept in this tab.").arg(m_doc->displayName()));
        return false;
    }
    CourseRepository repository(*m_workspace->database());
    const StoreResult result = m_doc->save(repository, m_workspace->userName());
    if (result.ok()) {
        QString ignored;
        m_workspace->refreshCourses(&ignored);
        return true;
    }
    QString text;
    switch (result.status) {
    case StoreResult::Status::Conflict:
        text = tr("%1 was changed by someone else since you opened it. Your edits are kept in this tab; "
                  "copy what you need, close the tab and open the course again.")
                   .arg(m_doc->displayName());
        break;
    case StoreResult::Status::Deleted:
        text = tr("%1 was deleted by someone else. Your edits are kept in this tab.").arg(m_doc->displayName());
        break;
    case StoreResult::Status::DuplicateCode:
        text = tr("%1 cannot be saved: another course already uses the code %2.")
                   .arg(m_doc->displayName(), m_doc->course().code);
        break;
    default:
        text = tr("%1 could not be saved: %2").arg(m_doc->displayName(), result.message);
        break;
    }
    QMessageBox::warning(this, tr("Save"), text);
    return false;
}

bool CourseTab::saveVersion()
{
    if (m_doc->isModified() && !save())
        return false;
    if (!m_database || m_workspace->database() != m_database || m_doc->course().id == 0)
        return false;
    const StoreResult result = CourseVersionRepository(*m_database)
                                   .takeSnapshot(m_doc->snapshot(), CourseVersionReason::saved(), m_workspace->userName());
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Save Version"), tr("%1: the version could not be kept: %2")
                                                             .arg(m_doc->displayName(), result.message));
        return false;
    }
    m_history->reload();
    return true;
}

bool CourseTab::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(m_doc->displayName());
    writer.setCreator(QStringLiteral("MC Studio"));
    printProposal(m_doc->snapshot(), m_doc->slt(), &writer);
    return QFileInfo(path).size() > 0;
}

void CourseTab::print()
{
    QPrinter printer;
    printer.setDocName(m_doc->displayName());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printProposal(m_doc->snapshot(), m_doc->slt(), &printer);
}

bool CourseTab::maybeClose()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Close Course"), tr("%1 has unsaved changes. Save them?").arg(m_doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void CourseTab::closeEvent(QCloseEvent *event)
{
    if (maybeClose()) {
        removeRecovery(); // saved or discarded on purpose
        event->accept();
    }
    else
        event->ignore();
}

void CourseTab::showFinding(const ComplianceFinding &finding)
{
    m_pages->setCurrentIndex(0);
    if (finding.field)
        m_form->focusField(*finding.field);
    else
        m_form->focusRecord(finding.record, finding.row);
}

} // namespace mcs

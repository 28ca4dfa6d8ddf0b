#include "statementstab.h"

#include "appsettings.h"
#include "courselistmodel.h"
#include "database.h"
#include "itemroles.h"
#include "languageloader.h"
#include "offeringrepository.h"
#include "resultscsv.h"
#include "resultsimporter.h"
#include "statementbatch.h"
#include "statementissuer.h"
#include "statementrepository.h"
#include "statementrostermodel.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>

namespace mcs {

StatementsTab::StatementsTab(Workspace *workspace, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_model(new StatementRosterModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_course(new QComboBox(this))
    , m_offering(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_issue(new QPushButton(tr("&Issue and Print…"), this))
    , m_export(new QPushButton(tr("&Export PDFs…"), this))
    , m_revoke(new QPushButton(tr("&Revoke…"), this))
    , m_badge(new QPushButton(tr("Export &Badge…"), this))
    , m_import(new QPushButton(tr("Import &Results…"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_course->setMinimumContentsLength(40);
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_offering->setMinimumContentsLength(30);
    m_offering->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *chooser = new QHBoxLayout;
    auto *courseLabel = new QLabel(tr("&Course:"), this);
    courseLabel->setBuddy(m_course);
    auto *offeringLabel = new QLabel(tr("&Offering:"), this);
    offeringLabel->setBuddy(m_offering);
    chooser->addWidget(courseLabel);
    chooser->addWidget(m_course, 2);
    chooser->addSpacing(12);
    chooser->addWidget(offeringLabel);
    chooser->addWidget(m_offering, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StatementRosterModel::LearnerColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(StatementRosterModel::LearnerColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);

    m_issue->setToolTip(tr("Issue statements to the selected learners (or every eligible learner) and print them"));
    m_export->setToolTip(tr("Issue and write one PDF per eligible learner, named by serial"));
    m_revoke->setToolTip(tr("Revoke the selected learner's statement, with the reason"));
    m_badge->setToolTip(tr("Write the selected learner's Open Badges 3.0 credential"));
    m_import->setToolTip(tr("Read learners and results of this offering from a CSV file"));
    // The statement's language, whatever the interface's (issue #10): the office prints Malay
    // statements from an English interface and the other way round.
    m_language->setObjectName(QStringLiteral("statementLanguage"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Bahasa Melayu"), QStringLiteral("ms"));
    m_language->setToolTip(tr("The language statements are printed and exported in, whatever the interface's"));
    // Nothing chosen yet: the language the interface runs in (installTranslations set its locale).
    QString language = m_settings ? m_settings->statementLanguage() : QString();
    if (language.isEmpty())
        language = QLocale().language() == QLocale::Malay ? QStringLiteral("ms") : QStringLiteral("en");
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    auto *languageLabel = new QLabel(tr("Statement &language:"), this);
    languageLabel->setBuddy(m_language);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(languageLabel);
    buttons->addWidget(m_language);
    buttons->addSpacing(12);
    for (QPushButton *b : {m_issue, m_export, m_revoke, m_badge})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_import);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_course, &QComboBox::currentIndexChanged, this, [this] { fillOfferings(0); });
    connect(m_offering, &QComboBox::currentIndexChanged, this, &StatementsTab::reloadRoster);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settings) {
            m_settings->setStatementLanguage(statementLanguage());
            m_settings->sync();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StatementsTab::updateButtons);
    connect(m_issue, &QPushButton::clicked, this, &StatementsTab::issueAndPrint);
    connect(m_export, &QPushButton::clicked, this, &StatementsTab::exportPdfs);
    connect(m_revoke, &QPushButton::clicked, this, &StatementsTab::revokeSelected);
    connect(m_badge, &QPushButton::clicked, this, &StatementsTab::exportBadge);
    connect(m_import, &QPushButton::clicked, this, &StatementsTab::importResults);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (selectedRow() >= 0)
            issueAndPrint();
    });
    fillCourses();
}

qint64 StatementsTab::courseId() const
{
    return m_course->currentData().toLongLong();
}

qint64 StatementsTab::offeringId() const
{
    return m_offering->currentData().toLongLong();
}

QString StatementsTab::statementLanguage() const
{
    return m_language->currentData().toString();
}

void StatementsTab::setStatementLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

StatementRenderer StatementsTab::statementRenderer(StatementIssuer &issuer) const
{
    StatementRenderer::Options options = issuer.rendererOptions();
    mcs::setStatementLanguage(&options, statementLanguage());
    return StatementRenderer(options);
}

void StatementsTab::fillCourses()
{
    const QSignalBlocker block(m_course);
    const qint64 current = courseId();
    m_course->clear();
    for (const CourseSummary &c : m_workspace->courses()->courses())
        m_course->addItem(QStringLiteral("%1 — %2").arg(c.code, c.title), c.id);
    const int index = m_course->findData(current);
    m_course->setCurrentIndex(index >= 0 ? index : 0);
}

void StatementsTab::showCourse(qint64 course, qint64 offering)
{
    if (course == 0 && m_workspace->database())
        StatementRepository(*m_workspace->database()).latestApprovedOffering(&course, &offering, nullptr);
    fillCourses();
    const int index = m_course->findData(course);
    if (index >= 0) {
        const QSignalBlocker block(m_course);
        m_course->setCurrentIndex(index);
    }
    fillOfferings(offering);
}

void StatementsTab::fillOfferings(qint64 select)
{
    QVector<Offering> offerings;
    QString error;
    if (m_workspace->database() && courseId() != 0
        && !OfferingRepository(*m_workspace->database()).offeringsOfCourse(courseId(), &offerings, &error))
        QMessageBox::warning(this, tr("Statements"), error);
    {
        const QSignalBlocker block(m_offering);
        m_offering->clear();
        for (const Offering &o : offerings)
            m_offering->addItem(tr("%1 (%2 – %3)")
                                    .arg(o.name, QLocale().toString(o.startDate, QLocale::ShortFormat),
                                         QLocale().toString(o.endDate, QLocale::ShortFormat)),
                                o.id);
        if (offerings.isEmpty())
            m_offering->addItem(tr("No offering yet"), 0);
        // A finished cohort first: that is where statements are issued.
        int index = m_offering->findData(select);
        if (index < 0)
            index = 0;
        m_offering->setCurrentIndex(index);
    }
    reloadRoster();
}

bool StatementsTab::reload(QString *error)
{
    if (!m_workspace->database())
        return true;
    if (!m_model->load(*m_workspace->database(), offeringId(), error))
        return false;
    m_view->resizeColumnsToContents();
    updateButtons();
    return true;
}

void StatementsTab::reloadRoster()
{
    QString error;
    if (!reload(&error))
        QMessageBox::warning(this, tr("Statements"), error);
}

void StatementsTab::updateButtons()
{
    const int issued = m_model->count(StatementState::Issued);
    const int ready = m_model->count(StatementState::Ready);
    m_summary->setText(tr("%1 learner(s): %2 issued, %3 ready to issue, %4 awaiting Senate approval, %5 not eligible, %6 revoked")
                           .arg(m_model->rowCount())
                           .arg(issued)
                           .arg(ready)
                           .arg(m_model->count(StatementState::AwaitingSenate))
                           .arg(m_model->count(StatementState::NotEligible))
                           .arg(m_model->count(StatementState::Revoked)));
    const int row = selectedRow();
    const bool issuedSelected = row >= 0 && StatementRosterModel::stateOf(m_model->entry(row)) == StatementState::Issued;
    m_issue->setEnabled(issued + ready > 0);
    m_export->setEnabled(issued + ready > 0);
    m_revoke->setEnabled(issuedSelected);
    m_badge->setEnabled(issuedSelected);
    m_import->setEnabled(offeringId() != 0);
}

int StatementsTab::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.size() == 1 ? m_proxy->mapToSource(rows.first()).row() : -1;
}

QVector<qint64> StatementsTab::chosenEnrolments() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            ids << m_proxy->index(r, 0).data(EnrolmentIdRole).toLongLong();
    } else {
        QModelIndexList sorted = rows;
        std::sort(sorted.begin(), sorted.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &index : sorted)
            ids << index.data(EnrolmentIdRole).toLongLong();
    }
    return ids;
}

void StatementsTab::issueAndPrint()
{
    if (!m_workspace->database())
        return;
    StatementIssuer issuer(*m_workspace->database());
    const StatementIssuer::Result r = issuer.issue(chosenEnrolments());
    reloadRoster();
    if (!r.ok) {
        QMessageBox::warning(this, tr("Issue Statements"), r.error);
        return;
    }
    if (!r.revoked.isEmpty())
        QMessageBox::information(this, tr("Issue Statements"),
                                 tr("These statements were revoked and are not issued again:\n%1").arg(r.revoked.join(QLatin1Char('\n'))));
    if (r.statements.isEmpty()) {
        QMessageBox::information(this, tr("Issue Statements"), tr("None of these learners has a Senate-approved pass."));
        return;
    }
    const StatementRenderer renderer = statementRenderer(issuer);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
    printer.setDocName(tr("Statements %1").arg(m_course->currentText()));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Statements (%n page(s))", nullptr, int(r.statements.size())));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
        QPainter painter(p);
        const QRectF page = p->pageLayout().fullRectPixels(p->resolution());
        for (int i = 0; i < r.statements.size(); ++i) {
            if (i > 0)
                p->newPage();
            renderer.render(&painter, page.size(), p->resolution(), r.statements.at(i).data);
        }
    });
    preview.resize(900, 1000);
    preview.exec();
}

void StatementsTab::exportPdfs()
{
    if (!m_workspace->database())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export Statements as PDF — Choose a Folder"));
    if (!dir.isEmpty())
        exportPdfsTo(dir);
}

void StatementsTab::exportPdfsTo(const QString &dir)
{
    if (!m_workspace->database())
        return;
    auto issuer = std::make_shared<StatementIssuer>(*m_workspace->database());
    const StatementIssuer::Result r = issuer->issue(chosenEnrolments());
    reloadRoster();
    if (!r.ok) {
        QMessageBox::warning(this, tr("Export Statements"), r.error);
        return;
    }
    if (r.statements.isEmpty()) {
        QMessageBox::information(this, tr("Export Statements"), tr("None of these learners has a Senate-approved pass."));
        return;
    }
    QVector<StatementData> pages;
    for (const StatementIssuer::Printable &p : r.statements)
        pages << p.data;

    // Rendering runs on every core; the dialog follows and can cancel. Each PDF is written under a
    // temporary name and renamed when whole, so a cancelled export leaves no half-written file.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Writing %n statement(s)…", nullptr, int(pages.size())), tr("Cancel"), 0,
                                         int(pages.size()), this);
    progress->setWindowTitle(tr("Export Statements"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    // The catalogue in the renderer is shared, read-only and never destroyed (loadCatalogue), so
    // the worker threads may translate with it; the locale is a value.
    const StatementBatch batch(statementRenderer(*issuer));
    QPointer<QProgressDialog> guard(progress);
    auto *watcher = new QFutureWatcher<StatementBatch::Result>(this);
    connect(watcher, &QFutureWatcher<StatementBatch::Result>::finished, this, [this, watcher, progress, dir] {
        const StatementBatch::Result result = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        Q_EMIT exportFinished(result.written, result.cancelled);
        if (!result.error.isEmpty())
            QMessageBox::warning(this, tr("Export Statements"), result.error);
        else if (result.cancelled)
            QMessageBox::information(this, tr("Export Statements"),
                                     tr("Cancelled: %n complete PDF(s) were kept in %1.", nullptr, int(result.written.size()))
                                         .arg(QDir::toNativeSeparators(dir)));
        else
            QMessageBox::information(this, tr("Export Statements"),
                                     tr("%n PDF(s) written to %1.", nullptr, int(result.written.size())).arg(QDir::toNativeSeparators(dir)));
    });
    watcher->setFuture(QtConcurrent::run([batch, pages, dir, cancel, guard] {
        return batch.writeFiles(pages, dir,
                                [guard](int done, int) {
                                    QMetaObject::invokeMethod(
                                        qApp,
                                        [guard, done] {
                                            if (guard)
                                                guard->setValue(done);
                                        },
                                        Qt::QueuedConnection);
                                },
                                cancel.get());
    }));
}

void StatementsTab::revokeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_workspace->database() || !m_model->entry(row).statement)
        return;
    const RosterEntry entry = m_model->entry(row);
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke Statement"),
                                                 tr("Why is statement %1 of %2 revoked? The reason is kept and shown to "
                                                    "anyone who verifies it.")
                                                     .arg(entry.statement->serial, entry.learner.name),
                                                 QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || reason.isEmpty())
        return;
    QString error;
    if (!StatementIssuer(*m_workspace->database()).revoke(entry.statement->serial, reason, &error))
        QMessageBox::warning(this, tr("Revoke Statement"), error);
    reloadRoster();
}

void StatementsTab::exportBadge()
{
    const int row = selectedRow();
    if (row < 0 || !m_workspace->database() || !m_model->entry(row).statement)
        return;
    const QString serial = m_model->entry(row).statement->serial;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Badge"), serial + QStringLiteral(".json"),
                                                      tr("Open Badge credential (*.json);;Signed VC-JWT (*.jwt)"), &filter);
    if (path.isEmpty())
        return;
    const bool jwt = path.endsWith(QLatin1String(".jwt")) || filter.contains(QLatin1String("*.jwt"));
    QByteArray badge;
    QUrl linkedIn;
    QString error;
    if (!StatementIssuer(*m_workspace->database()).badge(serial, jwt, &badge, &linkedIn, &error)) {
        QMessageBox::warning(this, tr("Export Badge"), error);
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(badge) != badge.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export Badge"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Export Badge"),
                    tr("The badge of %1 was written to %2.").arg(serial, QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
    box.setInformativeText(tr("The learner can add it to a LinkedIn profile with this link:<br><a href=\"%1\">Add to profile</a>")
                               .arg(linkedIn.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    box.setTextFormat(Qt::RichText);
    box.setTextInteractionFlags(Qt::TextBrowserInteraction);
    box.exec();
}

void StatementsTab::importResults()
{
    if (!m_workspace->database() || offeringId() == 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Results"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import Results"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    ResultsCsv csv;
    QStringList errors;
    ResultsImporter::Summary summary;
    if (csv.parse(QString::fromUtf8(file.readAll())))
        ResultsImporter(*m_workspace->database()).import(offeringId(), csv.rows(), &summary, &errors);
    else
        errors = csv.errors();
    reloadRoster();
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import Results"),
                        tr("Nothing was imported: %n problem(s) in %1.", nullptr, int(errors.size())).arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.setInformativeText(errors.first());
        box.exec();
        return;
    }
    QMessageBox::information(this, tr("Import Results"),
                             tr("%n learner(s) read: %1 new learner(s), %2 new result(s), %3 updated, %4 unchanged.", nullptr,
                                int(csv.rows().size()))
                                 .arg(summary.learnersCreated)
                                 .arg(summary.enrolmentsCreated)
                                 .arg(summary.enrolmentsUpdated)
                                 .arg(summary.unchanged));
}

} // namespace mcs

#include "table4editor.h"
#include "ui_table4editor.h"

#include "coursecommands.h"
#include "apptheme.h"
#include "coursedocument.h"
#include "rateupgradedialog.h"
#include "sltfigures.h"
#include "sltpanel.h"
#include "table4delegate.h"
#include "table4export.h"
#include "table4import.h"
#include "table4summaryview.h"
#include "table4workbook.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>
#include <QMessageBox>
#include <QMimeData>
#include <QTimer>

#include <algorithm>

namespace mcs {

Table4Editor::Table4Editor(CourseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::Table4Editor>())
    , m_doc(doc)
    , m_model(new Table4Model(doc, this))
    , m_panel(new SltPanel(doc, this))
    , m_rateVersion(new QLabel(this))
    , m_upgrade(new QToolButton(this))
{
    m_ui->setupUi(this);
    QTreeView *v = m_ui->view;
    v->setModel(m_model);
    v->setItemDelegate(new Table4Delegate(doc, v));
    v->header()->setStretchLastSection(false);
    v->header()->setSectionResizeMode(QHeaderView::Interactive);
    v->header()->setSectionResizeMode(Table4Model::TypeColumn, QHeaderView::Stretch);
    const int em = v->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    v->setColumnWidth(Table4Model::QuantityColumn, 9 * em);
    v->setColumnWidth(Table4Model::RateColumn, 7 * em);
    v->setColumnWidth(Table4Model::ModeColumn, 10 * em);
    v->setColumnWidth(Table4Model::ClosColumn, 8 * em);
    v->setColumnWidth(Table4Model::AssessmentColumn, 8 * em);
    v->setColumnWidth(Table4Model::WeightColumn, 5 * em);
    v->setColumnWidth(Table4Model::HoursColumn, 5 * em);
    v->expandAll();
    connect(m_model, &QAbstractItemModel::rowsInserted, v, [v](const QModelIndex &where, int first, int last) {
        if (!where.isValid())
            for (int r = first; r <= last; ++r)
                v->expand(v->model()->index(r, 0));
    });
    connect(m_model, &QAbstractItemModel::modelReset, v, &QTreeView::expandAll);

    auto *summary = new Table4SummaryView(doc);
    m_ui->summaryScroll->setWidget(summary);

    m_ui->splitter->addWidget(m_panel);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({880, 320});
    connect(m_panel, &SltPanel::findingActivated, this, &Table4Editor::selectRow);

    m_addUnit = makeAction(tr("Add unit"), tr("Add a learning unit (week or topic) after the current one"),
                           QKeySequence(Qt::CTRL | Qt::Key_Insert), &Table4Editor::addUnit);
    m_addActivity = makeAction(tr("Add activity"), tr("Add an activity after the current row (Insert)"),
                               QKeySequence(Qt::Key_Insert), &Table4Editor::addActivity);
    m_remove = makeAction(tr("Remove"), tr("Remove the selected activities or units (Delete)"),
                          QKeySequence(QKeySequence::Delete), &Table4Editor::removeSelected);
    m_moveUp = makeAction(tr("Move up"), tr("Move the selected activities up (Ctrl+Up)"),
                          QKeySequence(Qt::CTRL | Qt::Key_Up), &Table4Editor::moveUp);
    m_moveDown = makeAction(tr("Move down"), tr("Move the selected activities down (Ctrl+Down)"),
                            QKeySequence(Qt::CTRL | Qt::Key_Down), &Table4Editor::moveDown);
    // Copy and paste have no shortcut of their own: Edit > Copy / Paste (the main window's) route
    // here while the editor has the focus, and the view's key filter serves the editor alone.
    m_copy = makeAction(tr("Copy"), tr("Copy the selected activities (also as tab-separated text for a spreadsheet)"),
                        QKeySequence(), &Table4Editor::copy);
    m_paste = makeAction(tr("Paste"), tr("Paste activities or rows copied from a spreadsheet after the current row"),
                         QKeySequence(), &Table4Editor::paste);
    v->installEventFilter(this);
    m_ui->addUnitButton->setDefaultAction(m_addUnit);
    m_ui->addActivityButton->setDefaultAction(m_addActivity);
    m_ui->removeButton->setDefaultAction(m_remove);
    m_ui->moveUpButton->setDefaultAction(m_moveUp);
    m_ui->moveDownButton->setDefaultAction(m_moveDown);
    m_ui->copyButton->setDefaultAction(m_copy);
    m_ui->pasteButton->setDefaultAction(m_paste);

    // File menu actions: no shortcuts of their own (the main window owns the File menu).
    m_importCsv = new QAction(tr("Import Table 4 from CSV…"), this);
    connect(m_importCsv, &QAction::triggered, this, &Table4Editor::importCsv);
    m_exportCsv = new QAction(tr("Export Table 4 as CSV…"), this);
    connect(m_exportCsv, &QAction::triggered, this, &Table4Editor::exportCsv);
    m_exportXlsx = new QAction(tr("Export Table 4 summary as XLSX…"), this);
    connect(m_exportXlsx, &QAction::triggered, this, &Table4Editor::exportXlsx);
    m_exportPdf = new QAction(tr("Export Table 4 summary as PDF…"), this);
    connect(m_exportPdf, &QAction::triggered, this, &Table4Editor::exportPdf);
    m_showSummary = new QAction(tr("MQA summary"), this);
    m_showSummary->setCheckable(true);
    m_showSummary->setToolTip(tr("Show the read-only, printable MQA-style Table 4 summary"));
    connect(m_showSummary, &QAction::toggled, this, &Table4Editor::setSummaryShown);
    m_ui->summaryButton->setDefaultAction(m_showSummary);

    // The rate table the course is computed with, and an upgrade when a newer one exists.
    m_rateVersion->setObjectName(QStringLiteral("rateVersionLabel"));
    m_upgrade->setObjectName(QStringLiteral("upgradeRatesButton"));
    m_upgrade->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_upgrade->setVisible(false);
    connect(m_upgrade, &QToolButton::clicked, this, &Table4Editor::offerUpgrade);
    const int at = m_ui->toolbar->indexOf(m_ui->summaryButton);
    m_ui->toolbar->insertWidget(at, m_rateVersion);
    m_ui->toolbar->insertSpacing(at + 1, 8);
    m_ui->toolbar->insertWidget(at + 2, m_upgrade);
    m_ui->toolbar->insertSpacing(at + 3, 8);
    connect(m_doc, &CourseDocument::ratesChanged, this, &Table4Editor::updateRateVersion);
    updateRateVersion();
}

Table4Editor::~Table4Editor() = default;

QTreeView *Table4Editor::view() const
{
    return m_ui->view;
}

QAction *Table4Editor::makeAction(const QString &text, const QString &tip, const QKeySequence &key,
                                  void (Table4Editor::*slot)())
{
    auto *a = new QAction(text, this);
    a->setToolTip(tip);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, slot);
    m_ui->view->addAction(a);
    return a;
}

QVector<Table4Model::Position> Table4Editor::selectedPositions() const
{
    QVector<Table4Model::Position> out;
    for (const QModelIndex &i : m_ui->view->selectionModel()->selectedRows())
        out.append(Table4Model::positionOf(i));
    std::sort(out.begin(), out.end());
    return out;
}

void Table4Editor::selectPositions(const QVector<Table4Model::Position> &positions)
{
    auto *sel = m_ui->view->selectionModel();
    sel->clearSelection();
    for (const auto &p : positions) {
        const QModelIndex i = m_model->indexOf(p);
        sel->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        sel->setCurrentIndex(i, QItemSelectionModel::NoUpdate);
    }
    if (!positions.isEmpty())
        m_ui->view->scrollTo(m_model->indexOf(positions.first()));
}

void Table4Editor::showMessage(const QString &text)
{
    const QColor colour = readableOn(QColor(0x9c, 0x2a, 0x00), m_ui->messageLabel->palette().color(QPalette::Window));
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: %1").arg(colour.name()));
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void Table4Editor::addUnit()
{
    const auto current = Table4Model::positionOf(m_ui->view->currentIndex());
    const int index = current.unit < 0 ? m_doc->slt().unitCount() : current.unit + 1;
    m_model->insertUnit(index, tr("New unit"));
    selectPositions({{index, -1}});
}

void Table4Editor::addActivity()
{
    const auto current = Table4Model::positionOf(m_ui->view->currentIndex());
    Activity a;
    a.type = QStringLiteral("slide");
    a.quantity = 1;
    Table4Model::Position at;
    if (current.unit < 0)
        at = {std::max(0, m_doc->slt().unitCount() - 1), m_doc->slt().unitCount() ? m_doc->slt().activityCount(m_doc->slt().unitCount() - 1) : 0};
    else if (current.row < 0)
        at = {current.unit, m_doc->slt().activityCount(current.unit)};
    else
        at = {current.unit, current.row + 1};
    if (m_model->insertActivities(at.unit, at.row, {a})) {
        selectPositions({at});
        m_ui->view->setCurrentIndex(m_model->indexOf(at, Table4Model::TypeColumn));
    }
}

void Table4Editor::removeSelected()
{
    const auto positions = selectedPositions();
    if (positions.isEmpty())
        return;
    m_model->removeRowsAt(positions);
}

void Table4Editor::moveUp()
{
    const auto moved = m_model->moveActivities(selectedPositions(), -1);
    if (!moved.isEmpty())
        selectPositions(moved);
}

void Table4Editor::moveDown()
{
    const auto moved = m_model->moveActivities(selectedPositions(), 1);
    if (!moved.isEmpty())
        selectPositions(moved);
}

void Table4Editor::copy()
{
    QModelIndexList rows = m_ui->view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (QMimeData *mime = m_model->mimeData(rows))
        QApplication::clipboard()->setMimeData(mime);
}

void Table4Editor::cut()
{
    if (m_ui->pages->currentIndex() != 0 || selectedPositions().isEmpty())
        return;
    copy();
    removeSelected();
}

bool Table4Editor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copy();
            return true;
        }
        if (key->matches(QKeySequence::Cut)) {
            cut();
            return true;
        }
        if (key->matches(QKeySequence::Paste)) {
            if (m_paste->isEnabled())
                paste();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Table4Editor::setLatestRates(const RateTable &latest)
{
    m_latest = latest;
    updateRateVersion();
}

void Table4Editor::updateRateVersion()
{
    const int version = m_doc->slt().rates().version();
    m_rateVersion->setText(tr("SLT rates: version %1").arg(version));
    m_rateVersion->setToolTip(tr("Table 4 is computed with SLT rate table version %1 (Tools › SLT Rates).").arg(version));
    const bool newer = m_latest && m_latest->version() > version;
    if (newer) { // the text first, so the button is laid out at its full width when it appears
        m_upgrade->setText(tr("Upgrade to Version %1…").arg(m_latest->version()));
        m_upgrade->setToolTip(tr("See how the totals would change under rate table version %1, then upgrade in one "
                                 "undo step").arg(m_latest->version()));
    }
    m_upgrade->setVisible(newer);
    m_upgrade->setMinimumWidth(newer ? m_upgrade->sizeHint().width() : 0);
}

void Table4Editor::offerUpgrade()
{
    if (!m_latest || m_latest->version() <= m_doc->slt().rates().version())
        return;
    const SltFigures now = sltFigures(m_doc->slt());
    const SltFigures after = sltFigures(m_doc->slt().table(), *m_latest);
    QStringList units;
    for (int u = 0; u < m_doc->slt().unitCount(); ++u) {
        const LearningUnit &unit = m_doc->slt().unit(u);
        units << (unit.title.trimmed().isEmpty() ? tr("Unit %1").arg(unit.number)
                                                 : tr("Unit %1 (%2)").arg(unit.number).arg(unit.title.trimmed()));
    }
    RateUpgradeDialog dialog(now, after, units, this);
    if (dialog.exec() == QDialog::Accepted)
        m_doc->undoStack()->push(new ChangeRateTableCommand(m_doc, *m_latest));
}

void Table4Editor::paste()
{
    if (m_ui->pages->currentIndex() != 0)
        return; // the read-only summary is shown
    QString error;
    if (!m_model->paste(QApplication::clipboard()->mimeData(), Table4Model::positionOf(m_ui->view->currentIndex()), &error))
        showMessage(error.isEmpty() ? QString() : tr("Nothing pasted: %1").arg(error));
    else
        showMessage(QString());
}

bool Table4Editor::pasteText(const QString &text, QString *error)
{
    QMimeData mime;
    mime.setText(text);
    const bool ok = m_model->paste(&mime, Table4Model::positionOf(m_ui->view->currentIndex()), error);
    showMessage(ok ? QString() : tr("Nothing pasted: %1").arg(error ? *error : QString()));
    return ok;
}

void Table4Editor::selectRow(int unit, int activity)
{
    if (unit < 0)
        return;
    selectPositions({{unit, activity}});
    m_ui->view->setFocus();
}

void Table4Editor::setSummaryShown(bool shown)
{
    m_ui->pages->setCurrentIndex(shown ? 1 : 0);
    if (m_showSummary->isChecked() != shown)
        m_showSummary->setChecked(shown);
    for (QAction *a : {m_addUnit, m_addActivity, m_remove, m_moveUp, m_moveDown, m_paste})
        a->setEnabled(!shown);
}

// --- import and export ---

QString Table4Editor::exportBaseName() const
{
    const QString code = m_doc->course().code;
    return (code.isEmpty() ? QStringLiteral("table4") : code + QStringLiteral("-table4"));
}

bool Table4Editor::importCsvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    QString e;
    if (!importTable4Csv(m_doc, file.readAll(), &e)) {
        if (error)
            *error = tr("%1, %2").arg(path, e);
        return false;
    }
    return true;
}

bool Table4Editor::exportCsvFile(const QString &path, QString *error) const
{
    return exportTable4Csv(m_doc->slt().table(), path, error);
}

bool Table4Editor::exportXlsxFile(const QString &path, QString *error) const
{
    return writeTable4Workbook(m_doc->slt(), path, m_doc->displayName(), error);
}

bool Table4Editor::exportPdfFile(const QString &path, QString *error) const
{
    return exportTable4Pdf(m_doc->slt(), path, m_doc->displayName(), QString(), error);
}

void Table4Editor::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Table 4"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importCsvFile(path, &error))
        QMessageBox::warning(this, tr("Import Table 4"), tr("Nothing was imported.\n\n%1").arg(error));
}

void Table4Editor::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table 4 as CSV"), exportBaseName() + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsvFile(path, &error))
        QMessageBox::warning(this, tr("Export Table 4"), error);
}

void Table4Editor::exportXlsx()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table 4 summary as XLSX"),
                                                      exportBaseName() + QStringLiteral(".xlsx"), tr("Excel workbooks (*.xlsx)"));
    QString error;
    if (!path.isEmpty() && !exportXlsxFile(path, &error))
        QMessageBox::warning(this, tr("Export Table 4"), error);
}

void Table4Editor::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table 4 summary as PDF"),
                                                      exportBaseName() + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdfFile(path, &error))
        QMessageBox::warning(this, tr("Export Table 4"), error);
}

} // namespace mcs

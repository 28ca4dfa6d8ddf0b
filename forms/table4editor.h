#pragma once

#include "ratetable.h"
#include "table4model.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QToolButton;
class QTreeView;

namespace mcs {

namespace Ui {
class Table4Editor;
}

class CourseDocument;
class SltPanel;

// The Table 4 tab of one open course: the units and activities tree (Table4Model, Table4Delegate),
// the live SLT panel, and the MQA-style summary page. Every edit goes through the document's undo
// stack. The import/export slots open file dialogs; the *File methods do the work without them.
class Table4Editor : public QWidget
{
    Q_OBJECT
public:
    explicit Table4Editor(CourseDocument *doc, QWidget *parent = nullptr);
    ~Table4Editor() override;

    CourseDocument *document() const { return m_doc; }
    Table4Model *model() const { return m_model; }
    QTreeView *view() const;
    SltPanel *panel() const { return m_panel; }

    // For the main window's menus (File > Import/Export, Edit); all are enabled while the editor lives.
    QAction *importCsvAction() const { return m_importCsv; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *exportXlsxAction() const { return m_exportXlsx; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *showSummaryAction() const { return m_showSummary; }

    bool importCsvFile(const QString &path, QString *error);
    bool exportCsvFile(const QString &path, QString *error) const;
    bool exportXlsxFile(const QString &path, QString *error) const;
    bool exportPdfFile(const QString &path, QString *error) const;
    bool pasteText(const QString &text, QString *error); // after the current row

    QVector<Table4Model::Position> selectedPositions() const;

    // The newest rate table (Tools > SLT Rates); when it is newer than the course's, the tab
    // offers "Upgrade to version N…".
    void setLatestRates(const RateTable &latest);
    QLabel *rateVersionLabel() const { return m_rateVersion; }
    QToolButton *upgradeButton() const { return m_upgrade; }

public Q_SLOTS:
    void addUnit();
    void addActivity();
    void removeSelected();
    void moveUp();
    void moveDown();
    void copy();
    void cut();
    void paste();
    // Previews the totals under the latest rate table and, when the user agrees, upgrades the
    // course in one undo step.
    void offerUpgrade();
    void importCsv();
    void exportCsv();
    void exportXlsx();
    void exportPdf();
    void setSummaryShown(bool shown);
    void selectRow(int unit, int activity); // a finding was clicked

private:
    QAction *makeAction(const QString &text, const QString &tip, const QKeySequence &key, void (Table4Editor::*slot)());
    void selectPositions(const QVector<Table4Model::Position> &positions);
    void showMessage(const QString &text);
    QString exportBaseName() const;
    void updateRateVersion();
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<Ui::Table4Editor> m_ui;
    CourseDocument *m_doc;
    Table4Model *m_model;
    SltPanel *m_panel;
    QAction *m_addUnit, *m_addActivity, *m_remove, *m_moveUp, *m_moveDown, *m_copy, *m_paste;
    QAction *m_importCsv, *m_exportCsv, *m_exportXlsx, *m_exportPdf, *m_showSummary;
    std::optional<RateTable> m_latest;
    QLabel *m_rateVersion;
    QToolButton *m_upgrade;
};

} // namespace mcs

#pragma once

#include "compliancerule.h"
#include "course.h"

#include <QWidget>

class QTabWidget;
class QTimer;

namespace mcs {

class ApplicationForm;
class ComplianceModel;
class CompliancePanel;
class CourseDocument;
class Table4Editor;
class Database;
class HistoryPage;
class Workspace;

// One open course in the main window: its CourseDocument and a tab per editor page
// ("Application form" with the live compliance panel beside it; other editors join through
// addPage). It saves through the workspace's database, marks itself modified in its title and
// asks before a close would lose edits.
class CourseTab : public QWidget
{
    Q_OBJECT
public:
    CourseTab(Course course, Workspace *workspace, ComplianceContext context, QWidget *parent = nullptr);
    ~CourseTab() override;

    CourseDocument *document() const { return m_doc; }
    ApplicationForm *applicationForm() const { return m_form; }
    Table4Editor *table4Editor() const { return m_table4; }
    void showTable4();
    HistoryPage *historyPage() const { return m_history; }
    CompliancePanel *compliancePanel() const { return m_panel; }
    ComplianceModel *complianceModel() const { return m_compliance; }
    QTabWidget *pages() const { return m_pages; }
    qint64 courseId() const;

    // Adds an editor page (the Table 4 editor, ...); returns its index.
    int addPage(QWidget *page, const QString &title);
    // "MC001 — Micro-Credential in …", with a trailing "*" while there are unsaved edits.
    QString title() const;

    // Saves in one transaction. On a conflict or failure shows a message naming the course and
    // keeps every edit; returns whether it was saved.
    bool save();
    // Saves when modified, then keeps the saved state as a version ("Save version"); returns
    // whether a version was taken.
    bool saveVersion();
    // The printable proposal (proposalrenderer.h): to a PDF file, or through the print dialog.
    bool exportPdf(const QString &path);
    void print();

    // Writes a recovery copy into `directory` every `intervalMs` while there are unsaved edits;
    // the copy is removed on save and when the tab closes.
    void enableRecovery(const QString &directory, int intervalMs = 60000);
    bool writeRecovery();
    QString recoveryPath() const;

    // Save / Discard / Cancel when modified; true when the tab may close.
    bool maybeClose();

Q_SIGNALS:
    void titleChanged(const QString &title);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showFinding(const ComplianceFinding &finding);
    void removeRecovery();

    Workspace *m_workspace;
    Database *m_database; // the database the course was loaded from; saves go only there
    QString m_location;
    QString m_recoveryDirectory;
    QTimer *m_recoveryTimer = nullptr;
    CourseDocument *m_doc;
    Table4Editor *m_table4 = nullptr;
    HistoryPage *m_history = nullptr;
    ComplianceModel *m_compliance;
    QTabWidget *m_pages;
    ApplicationForm *m_form;
    CompliancePanel *m_panel;
};

} // namespace mcs

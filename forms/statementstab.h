#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mcs {

class AppSettings;
class StatementIssuer;
class StatementRenderer;
class StatementRosterModel;
class Workspace;

// The CFLEX officer's statements desk for one course and offering: learners with masked NRIC,
// result, grade and statement status; issue and print (print preview), export the PDFs of a
// cohort, revoke with a reason, export a learner's digital badge, import results from CSV.
// Everything goes through StatementIssuer and the repositories; no SQL here. Statements print in
// the language chosen on the desk (issue #10), remembered in the settings.
class StatementsTab : public QWidget
{
    Q_OBJECT
public:
    // settings: where the statement language is remembered; null keeps it for this desk only.
    explicit StatementsTab(Workspace *workspace, AppSettings *settings = nullptr, QWidget *parent = nullptr);

    // Shows this course (and its first offering, or the given one); course 0: the offering whose
    // results Senate approved last.
    void showCourse(qint64 courseId, qint64 offeringId = 0);
    qint64 courseId() const;
    qint64 offeringId() const;
    StatementRosterModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    bool reload(QString *error);

    // The language statements are printed and exported in: "en" or "ms".
    QString statementLanguage() const;
    void setStatementLanguage(const QString &code);

    // The actions, public so that tests and menus can drive them.
    void issueAndPrint();
    void exportPdfs();
    // Export PDFs without asking for the folder; emits exportFinished when the last file is done.
    void exportPdfsTo(const QString &dir);
    void revokeSelected();
    void exportBadge();
    void importResults();

Q_SIGNALS:
    void exportFinished(const QStringList &written, bool cancelled);

private:
    void fillCourses();
    void fillOfferings(qint64 select);
    void reloadRoster();
    void updateButtons();
    QVector<qint64> chosenEnrolments() const; // the selection, or every learner when none
    int selectedRow() const;                  // the model row of the single selected learner, -1 if not one
    StatementRenderer statementRenderer(StatementIssuer &issuer) const; // in the chosen statement language

    Workspace *m_workspace;
    AppSettings *m_settings;
    StatementRosterModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_course;
    QComboBox *m_offering;
    QComboBox *m_language;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_issue;
    QPushButton *m_export;
    QPushButton *m_revoke;
    QPushButton *m_badge;
    QPushButton *m_import;
};

} // namespace mcs

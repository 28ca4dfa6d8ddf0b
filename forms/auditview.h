#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTreeView;

namespace mcs {

class AuditModel;
class Workspace;

// CFLEX's Audit view (View menu): the trail of changes to courses, results and statements,
// filtered by person, course and date, with the old and new values of the selected change. On a
// server only CFLEX officers and administrators may read it; others are told so.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Workspace *workspace, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QComboBox *personFilter() const { return m_person; }
    QComboBox *courseFilter() const { return m_course; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QTreeView *view() const { return m_view; }
    // Refills the filter lists and runs the query.
    bool reload(QString *error);
    bool applyFilter(QString *error);

private:
    void showDetails();

    Workspace *m_workspace;
    AuditModel *m_model;
    QComboBox *m_person;
    QComboBox *m_course;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_status;
    QTreeView *m_view;
    QPlainTextEdit *m_details;
};

} // namespace mcs

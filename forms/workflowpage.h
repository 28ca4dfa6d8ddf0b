#pragma once

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace mcs {

class CourseWorkflow;
struct WorkflowTransition;

// The "Workflow" page of a course tab: the state and whose turn it is, the steps the signed-in
// person may take (one button each), a comment for the thread, and the thread itself.
class WorkflowPage : public QWidget
{
    Q_OBJECT
public:
    // Takes ownership of a workflow that has no parent yet.
    explicit WorkflowPage(CourseWorkflow *workflow, QWidget *parent = nullptr);

    CourseWorkflow *workflow() const { return m_workflow; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    // The SMEs of the database as "Name (login)", editable for a login not listed.
    QComboBox *smePicker() const { return m_smePicker; }
    QLineEdit *smeLoginEdit() const;
    QPushButton *appointButton() const { return m_appoint; }
    // The login the picker names: the chosen SME's, else the text typed.
    QString chosenSmeLogin() const;
    // The buttons of the steps shown now, in table order (for tests and screenshots).
    QList<QPushButton *> actionButtons() const;
    // Takes the step as its button does; false (after telling why) when it was refused.
    bool take(const WorkflowTransition &transition);

private:
    void rebuild();
    void fillSmePicker();
    void appointSme();

    CourseWorkflow *m_workflow;
    QLabel *m_state;
    QLabel *m_person;
    QLabel *m_blocked;
    QPlainTextEdit *m_comment;
    QLabel *m_smes;
    QComboBox *m_smePicker;
    QPushButton *m_appoint;
    QBoxLayout *m_buttons;
    QTreeView *m_thread;
};

} // namespace mcs

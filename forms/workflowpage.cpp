#include "workflowpage.h"

#include "courseworkflow.h"
#include "workflowthreadmodel.h"

#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcs {

WorkflowPage::WorkflowPage(CourseWorkflow *workflow, QWidget *parent)
    : QWidget(parent)
    , m_workflow(workflow)
    , m_state(new QLabel(this))
    , m_person(new QLabel(this))
    , m_blocked(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_smes(new QLabel(this))
    , m_smePicker(new QComboBox(this))
    , m_appoint(new QPushButton(tr("Appoint SME"), this))
    , m_buttons(new QHBoxLayout)
    , m_thread(new QTreeView(this))
{
    if (!m_workflow->parent())
        m_workflow->setParent(this);
    auto *layout = new QVBoxLayout(this);
    m_state->setTextFormat(Qt::RichText);
    m_person->setWordWrap(true);
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_comment->setPlaceholderText(tr("Comment for the thread: what was checked, what needs revising "
                                     "(required when returning a proposal)"));
    m_comment->setMaximumHeight(90);
    m_thread->setModel(m_workflow->thread());
    m_thread->setRootIsDecorated(false);
    m_thread->setAlternatingRowColors(true);
    m_thread->setWordWrap(true);
    m_thread->header()->setStretchLastSection(true);
    m_thread->setColumnWidth(WorkflowThreadModel::When, 130);
    m_thread->setColumnWidth(WorkflowThreadModel::Who, 120);
    m_thread->setColumnWidth(WorkflowThreadModel::Step, 300);

    layout->addWidget(m_state);
    layout->addWidget(m_person);
    auto *smeRow = new QHBoxLayout;
    smeRow->addWidget(m_smes, 1);
    m_smePicker->setEditable(true);
    m_smePicker->setInsertPolicy(QComboBox::NoInsert);
    m_smePicker->setMinimumContentsLength(28);
    m_smePicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_smePicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_smePicker->completer()->setFilterMode(Qt::MatchContains);
    m_smePicker->lineEdit()->setPlaceholderText(tr("Choose an SME, or type a login"));
    m_smePicker->setToolTip(tr("The people with the SME role in this database. To appoint someone not listed, type "
                               "their login."));
    smeRow->addWidget(m_smePicker);
    smeRow->addWidget(m_appoint);
    layout->addLayout(smeRow);
    connect(m_appoint, &QPushButton::clicked, this, &WorkflowPage::appointSme);
    connect(m_smePicker->lineEdit(), &QLineEdit::returnPressed, this, &WorkflowPage::appointSme);
    layout->addWidget(m_comment);
    layout->addLayout(m_buttons);
    layout->addWidget(m_blocked);
    auto *threadLabel = new QLabel(tr("<b>Thread</b> — every step with who took it, when, and their comment"), this);
    layout->addWidget(threadLabel);
    layout->addWidget(m_thread, 1);

    connect(m_workflow, &CourseWorkflow::changed, this, &WorkflowPage::rebuild);
    QString ignored;
    m_workflow->refresh(&ignored);
    rebuild();
}

QList<QPushButton *> WorkflowPage::actionButtons() const
{
    QList<QPushButton *> out;
    for (int i = 0; i < m_buttons->count(); ++i)
        if (auto *b = qobject_cast<QPushButton *>(m_buttons->itemAt(i)->widget()))
            out.append(b);
    return out;
}

void WorkflowPage::rebuild()
{
    const WorkflowState state = m_workflow->state();
    const auto waiting = m_workflow->waitingFor();
    m_state->setText(tr("<h3>%1</h3>%2")
                         .arg(approvalStatusName(state).toHtmlEscaped(),
                              waiting ? tr("Waiting for: %1").arg(roleName(*waiting).toHtmlEscaped())
                                      : tr("The course is ready to offer: the workflow is complete.")));
    const WorkflowPerson &person = m_workflow->person();
    QStringList roles;
    for (Role r : person.roles)
        roles.append(roleName(r));
    m_person->setText(person.everyRole ? tr("Signed in as %1, acting in every role (local file or server owner).")
                                             .arg(person.login)
                                       : tr("Signed in as %1 (%2).")
                                             .arg(person.login,
                                                  roles.isEmpty() ? tr("no workflow role") : roles.join(QStringLiteral(", "))));

    QStringList appointed;
    for (const QString &login : m_workflow->smes()) {
        QString shown = login;
        for (const Person &p : m_workflow->smeCandidates())
            if (p.login == login && !p.name.isEmpty())
                shown = tr("%1 (%2)").arg(p.name, login);
        appointed << shown;
    }
    m_smes->setText(appointed.isEmpty() ? tr("No SME appointed yet (CFLEX appoints one to vet the content, milestone 7).")
                                        : tr("Appointed SME: %1").arg(appointed.join(QStringLiteral(", "))));
    m_smePicker->setVisible(m_workflow->mayAppointSme());
    m_appoint->setVisible(m_workflow->mayAppointSme());
    fillSmePicker();

    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        // Later: the button whose click led here is still delivering its signal.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const QVector<WorkflowTransition> actions = m_workflow->actions();
    const QString blocked = m_workflow->blockedReason();
    for (const WorkflowTransition &t : actions) {
        auto *button = new QPushButton(t.actionName(), this);
        button->setToolTip(tr("%1 → %2").arg(approvalStatusName(t.from), approvalStatusName(t.to)));
        button->setEnabled(blocked.isEmpty());
        connect(button, &QPushButton::clicked, this, [this, t] { take(t); });
        m_buttons->addWidget(button);
    }
    m_buttons->addStretch(1);
    QString note = blocked;
    if (note.isEmpty() && actions.isEmpty())
        note = waiting ? tr("Nothing for you to do here now: the next step is for the %1.").arg(roleName(*waiting).toLower())
                       : QString();
    m_blocked->setText(note);
    m_blocked->setVisible(!note.isEmpty());
    m_comment->setEnabled(!actions.isEmpty());
}

QLineEdit *WorkflowPage::smeLoginEdit() const
{
    return m_smePicker->lineEdit();
}

void WorkflowPage::fillSmePicker()
{
    // The SMEs not yet appointed who have a login to sign in with; what was typed stays.
    const QString typed = m_smePicker->currentText();
    const QSignalBlocker blocker(m_smePicker);
    m_smePicker->clear();
    for (const Person &p : m_workflow->smeCandidates()) {
        if (p.login.isEmpty() || m_workflow->smes().contains(p.login))
            continue;
        m_smePicker->addItem(p.name.isEmpty() ? p.login : tr("%1 (%2)").arg(p.name, p.login), p.login);
        if (!p.ptj.isEmpty())
            m_smePicker->setItemData(m_smePicker->count() - 1, p.ptj, Qt::ToolTipRole);
    }
    m_smePicker->setCurrentIndex(-1);
    m_smePicker->setEditText(typed);
}

QString WorkflowPage::chosenSmeLogin() const
{
    const QString text = m_smePicker->currentText().trimmed();
    const int listed = m_smePicker->findText(text, Qt::MatchFixedString);
    return listed >= 0 ? m_smePicker->itemData(listed).toString() : text;
}

void WorkflowPage::appointSme()
{
    const QString login = chosenSmeLogin();
    if (!login.isEmpty() && !m_workflow->isSmeCandidate(login)) {
        // A typed login: perhaps a typing slip, perhaps someone not given the SME role yet.
        const auto answer = QMessageBox::question(
            this, tr("Appoint SME"),
            tr("No one with the SME role has the login “%1” in this database.\n\nCheck the spelling. To appoint "
               "someone not listed, appoint them anyway: they can record the vetting once an administrator has "
               "given them the SME role.\n\nAppoint “%1” anyway?")
                .arg(login),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    const StoreResult result = m_workflow->appointSme(login);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Appoint SME"), result.message);
        return;
    }
    m_smePicker->setCurrentIndex(-1);
    m_smePicker->clearEditText();
}

bool WorkflowPage::take(const WorkflowTransition &transition)
{
    const QString comment = m_comment->toPlainText().trimmed();
    if (transition.commentRequired && comment.isEmpty()) {
        QMessageBox::information(this, transition.actionName(),
                                 tr("Write in the comment what needs revising: the course team reads it in the thread."));
        m_comment->setFocus();
        return false;
    }
    const StoreResult result = m_workflow->perform(transition, comment);
    if (!result.ok()) {
        QMessageBox::warning(this, transition.actionName(), result.message);
        return false;
    }
    m_comment->clear();
    return true;
}

} // namespace mcs

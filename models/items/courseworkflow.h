#pragma once

#include "person.h"
#include "storeresult.h"
#include "workflow.h"

#include <QObject>

#include <optional>

namespace mcs {

class CourseDocument;
class Database;
class Workspace;
class WorkflowThreadModel;

// The workflow of one open course for its tab: the state, the steps the signed-in person may
// take (the domain table applied to their roles; on a server the database has the last word),
// and the comment thread. Performing a step moves the document's stored state and row version on
// without an undo step, so a later save of the same tab does not collide with it.
class CourseWorkflow : public QObject
{
    Q_OBJECT
public:
    CourseWorkflow(Workspace *workspace, CourseDocument *document, QObject *parent = nullptr);

    // Reads the person and the thread again (after a save, a reconnect, a step).
    bool refresh(QString *error);

    WorkflowState state() const;
    QVector<WorkflowTransition> actions() const;
    std::optional<Role> waitingFor() const { return Workflow::waitingFor(state()); }
    const WorkflowPerson &person() const { return m_person; }
    WorkflowThreadModel *thread() const { return m_thread; }
    // Why no step can be taken right now, for the tab to say; empty when steps are possible.
    QString blockedReason() const;

    StoreResult perform(const WorkflowTransition &transition, const QString &comment);

    // The SMEs appointed to vet the course (read with the thread); CFLEX appoints them.
    const QStringList &smes() const { return m_smes; }
    bool mayAppointSme() const;
    StoreResult appointSme(const QString &login);
    // The people who hold the SME role in the database, by name (read with the thread): whom the
    // SME picker offers. Someone else may still be appointed by login.
    const QVector<Person> &smeCandidates() const { return m_smeCandidates; }
    bool isSmeCandidate(const QString &login) const;

Q_SIGNALS:
    void changed();

private:
    // The database the course came from, while it is still the workspace's; else null.
    Database *database() const;

    Workspace *m_workspace;
    Database *m_database;
    QString m_location;
    CourseDocument *m_doc;
    WorkflowPerson m_person;
    QStringList m_smes;
    QVector<Person> m_smeCandidates;
    WorkflowThreadModel *m_thread;
};

} // namespace mcs

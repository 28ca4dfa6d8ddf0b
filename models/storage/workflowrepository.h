#pragma once

#include "storeresult.h"
#include "workflow.h"

#include <QStringList>
#include <QVector>

namespace mcs {

class Database;

// The approval workflow in the database. On a PostgreSQL server with the security layer
// (ServerSecurity) every transition is made by the server's mcs_transition() function, which
// refuses the wrong role; on a local file, or a server without the layer, the same domain check
// (Workflow::check) runs here with the single user acting in every role. Either way the course's
// row version moves on, so a copy opened before the transition cannot overwrite it.
class WorkflowRepository
{
public:
    explicit WorkflowRepository(Database &db);

    // The connected person: on a server their login, group roles, PTj, team and SME courses
    // (four queries); on a local file `localUser` in every role.
    bool person(const QString &localUser, WorkflowPerson *out, QString *error) const;
    // Whether the connected person does the office's tasks (WorkflowPerson::isOffice: CFLEX,
    // admin, a local file's single user); false when the database cannot tell.
    bool officeSignedIn() const;

    // Moves the course to `to`, recording who, when and the comment. expectedRowVersion: the
    // version the caller's copy has (0: do not check); *newRowVersion receives the new one.
    // A submission also keeps a snapshot of the whole course as a version (CourseVersionRepository,
    // reason "submitted"), in the same transaction: both happen or neither.
    StoreResult transition(qint64 courseId, WorkflowState to, const QString &comment, const QString &user,
                           qint64 expectedRowVersion, qint64 *newRowVersion = nullptr);
    // The course's transitions, oldest first: the comment thread.
    bool history(qint64 courseId, QVector<WorkflowEvent> *out, QString *error) const;
    // Every course with what it means to `person` (three queries whatever the number of courses).
    bool tasks(const WorkflowPerson &person, QVector<WorkflowTask> *out, QString *error) const;

    // The SMEs appointed to vet a course (CFLEX appoints them, domain.md "People").
    StoreResult assignSme(qint64 courseId, const QString &login, const QString &by);
    StoreResult unassignSme(qint64 courseId, const QString &login);
    bool smes(qint64 courseId, QStringList *out, QString *error) const;

private:
    bool secured() const;
    StoreResult transitionLocally(qint64 courseId, WorkflowState to, const QString &comment, const QString &user,
                                  qint64 expectedRowVersion, qint64 *newRowVersion);

    Database &m_db;
};

} // namespace mcs

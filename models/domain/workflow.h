#pragma once

#include "coursesummary.h"
#include "person.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace mcs {

// The state of a course in the approval flow of guideline 2.1, Figure 1. It is the course's
// ApprovalStatus (whose keys are already a contract of files, the database and the CLI), named
// here for what the workflow does with it.
using WorkflowState = ApprovalStatus;

// Who is acting, as far as the workflow cares: the person's roles and how they stand to the
// course. On a server the database answers these; on a local file one person acts in every role.
struct WorkflowActor
{
    QVector<Role> roles;
    bool onTeam = false;      // a lecturer of the course (or the one who created it)
    bool headOfPtj = false;   // head of the course's PTj (faculty or centre)
    bool assignedSme = false; // the SME appointed to vet this course

    bool hasRole(Role role) const { return roles.contains(role); }
    // The single user of a local file: every role, every relation.
    static WorkflowActor everyone();
};

// One step of the approval flow: from which state to which, who may take it, and whether a
// comment must go with it (returning a proposal always explains why, 2.1).
struct WorkflowTransition
{
    WorkflowState from;
    WorkflowState to;
    Role role;
    bool commentRequired = false;

    QString actionKey() const;  // stable: "submit", "endorse", "return", ...
    QString actionName() const; // translated button text: "Submit to head of PTj", ...
    // True when the actor holds the role and stands to the course as the role requires
    // (a lecturer on the team, the head of the course's PTj, the assigned SME).
    bool permits(const WorkflowActor &actor) const;
};

// The signed-in person as the workflow sees them across all courses: what the "My tasks" view
// and the course tab's buttons are computed from, without a query per course.
struct WorkflowPerson
{
    QString login;
    QVector<Role> roles;
    bool everyRole = false; // a local file's single user, or the server's owner: every role
    QString ptj;
    QSet<qint64> teamCourses; // courses whose team this person is on
    QSet<qint64> smeCourses;  // courses this person is appointed to vet

    WorkflowActor actorFor(qint64 courseId, const QString &courseFaculty) const;
    // A CFLEX officer or the administrator (or every role): the office's tasks, such as SME
    // appointments (domain.md "People"), SLT rate-table versions and the statement issuer.
    bool isOffice() const { return everyRole || roles.contains(Role::Cflex) || roles.contains(Role::Admin); }
};

// One line of "My tasks": a course, whether it waits for this person, whether they submitted it.
struct WorkflowTask
{
    CourseSummary course;
    bool waitingForMe = false;
    bool submittedByMe = false;
    QString lastWho; // the latest transition, if any
    QDateTime lastAt;
    QString lastComment;
};

// One recorded transition of a course: the comment thread of the workflow.
struct WorkflowEvent
{
    qint64 id = 0;
    qint64 courseId = 0;
    WorkflowState from = WorkflowState::Draft;
    WorkflowState to = WorkflowState::Draft;
    QString who;
    QDateTime at;
    QString comment;
};

// The transition table and its rules; pure, so the same answer drives the GUI's buttons, the
// local repository's check and the PostgreSQL function generated from it.
class Workflow
{
public:
    static const QVector<WorkflowTransition> &transitions();
    static std::optional<WorkflowTransition> find(WorkflowState from, WorkflowState to);
    // The transitions this actor may take from `state`, in table order.
    static QVector<WorkflowTransition> available(WorkflowState state, const WorkflowActor &actor);
    // Whether the move is allowed; when not, *why says so in one translated sentence.
    static bool check(WorkflowState from, WorkflowState to, const WorkflowActor &actor, const QString &comment,
                      QString *why);
    // States in which the course team edits the proposal or its content; in the others the
    // course waits for someone else (a submitted proposal is not changed under its reviewers).
    static bool teamMayEdit(WorkflowState state);
    // The role whose turn it is in this state (nullopt once offered).
    static std::optional<Role> waitingFor(WorkflowState state);
};

} // namespace mcs

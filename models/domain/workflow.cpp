#include "workflow.h"

#include <QCoreApplication>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Workflow)
};

using S = WorkflowState;

struct Action { S from; S to; const char *key; const char *name; };
// Button texts per transition; the keys are stable (tests, CLI).
const Action kActions[] = {
    {S::Draft, S::Submitted, "submit", QT_TRANSLATE_NOOP("mcs::Workflow", "Submit to head of PTj")},
    {S::ReturnedForRevision, S::Submitted, "resubmit", QT_TRANSLATE_NOOP("mcs::Workflow", "Resubmit")},
    {S::Submitted, S::EndorsedByPtj, "endorse", QT_TRANSLATE_NOOP("mcs::Workflow", "Endorse")},
    {S::Submitted, S::ReturnedForRevision, "return", QT_TRANSLATE_NOOP("mcs::Workflow", "Return for revision")},
    {S::EndorsedByPtj, S::UnderCflexReview, "review", QT_TRANSLATE_NOOP("mcs::Workflow", "Start CFLEX review")},
    {S::UnderCflexReview, S::ReturnedForRevision, "return", QT_TRANSLATE_NOOP("mcs::Workflow", "Return for revision")},
    {S::UnderCflexReview, S::ApprovedForDevelopment, "approve", QT_TRANSLATE_NOOP("mcs::Workflow", "Approve for development")},
    {S::ApprovedForDevelopment, S::InDevelopment, "develop", QT_TRANSLATE_NOOP("mcs::Workflow", "Start development")},
    {S::InDevelopment, S::VettedBySme, "vet", QT_TRANSLATE_NOOP("mcs::Workflow", "Record SME vetting")},
    {S::VettedBySme, S::PresentedToCommittees, "present", QT_TRANSLATE_NOOP("mcs::Workflow", "Record committee presentation")},
    {S::PresentedToCommittees, S::SenateApproved, "senate", QT_TRANSLATE_NOOP("mcs::Workflow", "Record Senate approval")},
    {S::SenateApproved, S::Registered, "register", QT_TRANSLATE_NOOP("mcs::Workflow", "Record registration")},
    {S::Registered, S::Offered, "offer", QT_TRANSLATE_NOOP("mcs::Workflow", "Mark as offered")},
};

const Action *actionOf(S from, S to)
{
    for (const Action &a : kActions)
        if (a.from == from && a.to == to)
            return &a;
    return nullptr;
}

} // namespace

WorkflowActor WorkflowActor::everyone()
{
    WorkflowActor a;
    a.roles = {Role::Lecturer, Role::PtjHead, Role::Cflex, Role::Sme, Role::Admin};
    a.onTeam = a.headOfPtj = a.assignedSme = true;
    return a;
}

WorkflowActor WorkflowPerson::actorFor(qint64 courseId, const QString &courseFaculty) const
{
    if (everyRole)
        return WorkflowActor::everyone();
    WorkflowActor a;
    a.roles = roles;
    a.onTeam = teamCourses.contains(courseId);
    a.headOfPtj = !ptj.isEmpty() && ptj == courseFaculty;
    a.assignedSme = smeCourses.contains(courseId);
    return a;
}

QString WorkflowTransition::actionKey() const
{
    const Action *a = actionOf(from, to);
    return a ? QString::fromLatin1(a->key) : QString();
}

QString WorkflowTransition::actionName() const
{
    const Action *a = actionOf(from, to);
    return a ? QCoreApplication::translate("mcs::Workflow", a->name) : QString();
}

bool WorkflowTransition::permits(const WorkflowActor &actor) const
{
    if (!actor.hasRole(role))
        return false;
    switch (role) {
    case Role::Lecturer: return actor.onTeam;
    case Role::PtjHead: return actor.headOfPtj;
    case Role::Sme: return actor.assignedSme;
    case Role::Cflex:
    case Role::Admin: return true;
    }
    return false;
}

// Guideline 2.1, Figure 1: the developer submits, the head of PTj endorses (or returns), CFLEX
// evaluates and approves or returns with feedback, development follows (Table 3), the SME vets
// (milestone 7), CFLEX presents to the committees (JTSPPA/JTSPS, JPPEU), records Senate approval
// and registration (BJKA/MQA or the university system), and the course is ready to offer.
const QVector<WorkflowTransition> &Workflow::transitions()
{
    static const QVector<WorkflowTransition> table = {
        {S::Draft, S::Submitted, Role::Lecturer, false},
        {S::ReturnedForRevision, S::Submitted, Role::Lecturer, false},
        {S::Submitted, S::EndorsedByPtj, Role::PtjHead, false},
        {S::Submitted, S::ReturnedForRevision, Role::PtjHead, true},
        {S::EndorsedByPtj, S::UnderCflexReview, Role::Cflex, false},
        {S::UnderCflexReview, S::ReturnedForRevision, Role::Cflex, true},
        {S::UnderCflexReview, S::ApprovedForDevelopment, Role::Cflex, false},
        {S::ApprovedForDevelopment, S::InDevelopment, Role::Lecturer, false},
        {S::InDevelopment, S::VettedBySme, Role::Sme, false},
        {S::VettedBySme, S::PresentedToCommittees, Role::Cflex, false},
        {S::PresentedToCommittees, S::SenateApproved, Role::Cflex, false},
        {S::SenateApproved, S::Registered, Role::Cflex, false},
        {S::Registered, S::Offered, Role::Cflex, false},
    };
    return table;
}

std::optional<WorkflowTransition> Workflow::find(WorkflowState from, WorkflowState to)
{
    for (const WorkflowTransition &t : transitions())
        if (t.from == from && t.to == to)
            return t;
    return std::nullopt;
}

QVector<WorkflowTransition> Workflow::available(WorkflowState state, const WorkflowActor &actor)
{
    QVector<WorkflowTransition> out;
    for (const WorkflowTransition &t : transitions())
        if (t.from == state && t.permits(actor))
            out.append(t);
    return out;
}

bool Workflow::check(WorkflowState from, WorkflowState to, const WorkflowActor &actor, const QString &comment,
                     QString *why)
{
    const auto t = find(from, to);
    QString reason;
    if (!t) {
        reason = Tr::tr("A course cannot go from “%1” to “%2”.").arg(approvalStatusName(from), approvalStatusName(to));
    } else if (!actor.hasRole(t->role)) {
        reason = Tr::tr("Only a person with the role “%1” may %2.").arg(roleName(t->role), t->actionName().toLower());
    } else if (!t->permits(actor)) {
        switch (t->role) {
        case Role::Lecturer: reason = Tr::tr("Only a lecturer of this course's team may do this."); break;
        case Role::PtjHead: reason = Tr::tr("Only the head of this course's PTj may do this."); break;
        case Role::Sme: reason = Tr::tr("Only the SME appointed to this course may do this."); break;
        default: break;
        }
    } else if (t->commentRequired && comment.trimmed().isEmpty()) {
        reason = Tr::tr("Say what needs revising: returning a proposal needs a comment.");
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool Workflow::teamMayEdit(WorkflowState state)
{
    switch (state) {
    case S::Draft:
    case S::ReturnedForRevision:
    case S::ApprovedForDevelopment:
    case S::InDevelopment:
        return true;
    default:
        return false;
    }
}

std::optional<Role> Workflow::waitingFor(WorkflowState state)
{
    for (const WorkflowTransition &t : transitions())
        if (t.from == state)
            return t.role;
    return std::nullopt;
}

} // namespace mcs

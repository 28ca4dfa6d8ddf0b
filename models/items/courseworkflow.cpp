#include "courseworkflow.h"

#include "coursedocument.h"
#include "database.h"
#include "peoplerepository.h"
#include "workflowrepository.h"
#include "workflowthreadmodel.h"
#include "workspace.h"

#include <algorithm>

namespace mcs {

CourseWorkflow::CourseWorkflow(Workspace *workspace, CourseDocument *document, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_database(workspace ? workspace->database() : nullptr)
    , m_location(workspace ? workspace->location() : QString())
    , m_doc(document)
    , m_thread(new WorkflowThreadModel(this))
{
    connect(m_doc, &CourseDocument::saved, this, [this] {
        QString ignored;
        refresh(&ignored);
    });
    connect(m_doc, &CourseDocument::modifiedChanged, this, &CourseWorkflow::changed);
}

Database *CourseWorkflow::database() const
{
    // A tab outlives a switch of database: its steps go only to the one it was opened from.
    if (!m_workspace || !m_database || m_workspace->database() != m_database || m_workspace->location() != m_location)
        return nullptr;
    return m_database;
}

bool CourseWorkflow::refresh(QString *error)
{
    Database *db = database();
    if (!db) {
        m_smes.clear();
        m_smeCandidates.clear();
        m_thread->setEvents({});
        m_person = WorkflowPerson();
        Q_EMIT changed();
        return true;
    }
    WorkflowRepository repo(*db);
    bool ok = repo.person(m_workspace->userName(), &m_person, error);
    QVector<WorkflowEvent> events;
    m_smes.clear();
    if (ok && m_doc->course().id != 0)
        ok = repo.history(m_doc->course().id, &events, error) && repo.smes(m_doc->course().id, &m_smes, error);
    m_smeCandidates.clear();
    if (ok && mayAppointSme()) // only CFLEX picks an SME
        ok = PeopleRepository(*db).peopleWithRole(Role::Sme, &m_smeCandidates, error);
    m_thread->setEvents(std::move(events));
    Q_EMIT changed();
    return ok;
}

WorkflowState CourseWorkflow::state() const
{
    return m_doc->course().status;
}

QVector<WorkflowTransition> CourseWorkflow::actions() const
{
    if (m_doc->course().id == 0 || m_person.login.isEmpty())
        return {};
    return Workflow::available(state(), m_person.actorFor(m_doc->course().id, m_doc->course().faculty));
}

QString CourseWorkflow::blockedReason() const
{
    if (m_doc->course().id == 0)
        return tr("Save the course first: the workflow starts from a stored draft.");
    if (m_doc->isModified())
        return tr("Save your edits first: a step is taken on the stored course.");
    return {};
}

StoreResult CourseWorkflow::perform(const WorkflowTransition &transition, const QString &comment)
{
    Database *db = database();
    const QString blocked = blockedReason();
    if (!db || !blocked.isEmpty())
        return StoreResult::failure(StoreResult::Status::Failed,
                                    db ? blocked : tr("The database this course was opened from is no longer open."));
    qint64 version = 0;
    const Course &c = m_doc->course();
    const StoreResult result = WorkflowRepository(*db).transition(c.id, transition.to, comment,
                                                                  m_workspace->userName(), c.rowVersion, &version);
    if (!result.ok())
        return result;
    m_doc->setStoredState(transition.to, version);
    QString ignored;
    m_workspace->refreshCourses(&ignored);
    refresh(&ignored);
    return result;
}

bool CourseWorkflow::mayAppointSme() const
{
    // domain.md "People": CFLEX appoints the SME (the server's grants say the same).
    return m_doc->course().id != 0 && m_person.isOffice();
}

bool CourseWorkflow::isSmeCandidate(const QString &login) const
{
    const QString wanted = login.trimmed();
    return !wanted.isEmpty()
        && std::any_of(m_smeCandidates.begin(), m_smeCandidates.end(), [&](const Person &p) { return p.login == wanted; });
}

StoreResult CourseWorkflow::appointSme(const QString &login)
{
    Database *db = database();
    if (!db)
        return StoreResult::failure(StoreResult::Status::Failed,
                                    tr("The database this course was opened from is no longer open."));
    if (login.trimmed().isEmpty() || m_doc->course().id == 0)
        return StoreResult::failure(StoreResult::Status::Failed, tr("Name the SME's login."));
    const StoreResult result =
        WorkflowRepository(*db).assignSme(m_doc->course().id, login.trimmed(), m_workspace->userName());
    QString ignored;
    refresh(&ignored);
    return result;
}

} // namespace mcs

#include "tasklistmodel.h"

#include "itemroles.h"
#include "workflowrepository.h"

#include <QFont>

namespace mcs {

TaskListModel::TaskListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool TaskListModel::refresh(Database &db, const QString &localUser, QString *error)
{
    WorkflowRepository repo(db);
    WorkflowPerson person;
    QVector<WorkflowTask> tasks;
    if (!repo.person(localUser, &person, error) || !repo.tasks(person, &tasks, error)) {
        setTasks({});
        return false;
    }
    setTasks(std::move(tasks));
    return true;
}

void TaskListModel::setTasks(QVector<WorkflowTask> tasks)
{
    beginResetModel();
    m_all = std::move(tasks);
    rebuild();
    endResetModel();
}

void TaskListModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    beginResetModel();
    m_scope = scope;
    rebuild();
    endResetModel();
}

bool TaskListModel::inScope(const WorkflowTask &task, Scope scope) const
{
    switch (scope) {
    case Scope::WaitingForMe: return task.waitingForMe;
    case Scope::SubmittedByMe: return task.submittedByMe;
    case Scope::All: return true;
    }
    return false;
}

void TaskListModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (inScope(m_all.at(i), m_scope))
            m_rows.append(i);
}

int TaskListModel::count(Scope scope) const
{
    int n = 0;
    for (const WorkflowTask &t : m_all)
        n += inScope(t, scope) ? 1 : 0;
    return n;
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkflowTask &t = task(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return t.course.code;
        case Title: return t.course.title;
        case State: return approvalStatusName(t.course.status);
        case WaitingFor: {
            const auto next = Workflow::waitingFor(t.course.status);
            return next ? roleName(*next) : tr("Nobody: offered");
        }
        case LastStep:
            return t.lastWho.isEmpty() ? QString()
                                       : tr("%1, %2").arg(t.lastWho, t.lastAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
        case Comment: return t.lastComment;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Comment && !t.lastComment.isEmpty() ? QVariant(t.lastComment) : QVariant();
    case Qt::FontRole:
        if (t.waitingForMe && m_scope != Scope::WaitingForMe) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case CourseIdRole: return t.course.id;
    case CourseCodeRole: return t.course.code;
    case CourseStatusRole: return QVariant::fromValue(t.course.status);
    default: return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Title: return tr("Title");
    case State: return tr("State");
    case WaitingFor: return tr("Waiting for");
    case LastStep: return tr("Last step");
    case Comment: return tr("Comment");
    default: return {};
    }
}

} // namespace mcs

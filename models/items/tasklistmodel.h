#pragma once

#include "workflow.h"

#include <QAbstractTableModel>
#include <QVector>

namespace mcs {

class Database;

// "My tasks": the courses that wait for the signed-in person, those they submitted, or all,
// with the state, whose turn it is and the latest step of the thread. CourseIdRole on every cell.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Scope { WaitingForMe, SubmittedByMe, All };
    Q_ENUM(Scope)
    enum Column { Code, Title, State, WaitingFor, LastStep, Comment, ColumnCount };

    explicit TaskListModel(QObject *parent = nullptr);

    // Reads the person and every course's task line (WorkflowRepository::tasks).
    bool refresh(Database &db, const QString &localUser, QString *error);
    void setTasks(QVector<WorkflowTask> tasks);
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }
    int count(Scope scope) const;
    const WorkflowTask &task(int row) const { return m_all.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool inScope(const WorkflowTask &task, Scope scope) const;
    void rebuild();

    QVector<WorkflowTask> m_all;
    QVector<int> m_rows; // indices into m_all in scope
    Scope m_scope = Scope::WaitingForMe;
};

} // namespace mcs

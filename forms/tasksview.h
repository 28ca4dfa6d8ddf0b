#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QTreeView;

namespace mcs {

class TaskListModel;
class Workspace;

// "My tasks" (View menu): the courses waiting for the signed-in person, those they submitted, or
// all, over TaskListModel. Double-clicking a course opens it.
class TasksView : public QWidget
{
    Q_OBJECT
public:
    explicit TasksView(Workspace *workspace, QWidget *parent = nullptr);

    TaskListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    bool reload(QString *error);

Q_SIGNALS:
    void openCourse(qint64 courseId);

private:
    void updateScopeLabels();

    Workspace *m_workspace;
    TaskListModel *m_model;
    QButtonGroup *m_scopes;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace mcs

#pragma once

#include <QWidget>

class QUndoStack;

namespace mcs {

class DashboardView;
class GanttModel;
class GanttView;
class PortfolioFigures;
class Workspace;

// The CFLEX officer's view of every course: the development Gantt and the portfolio dashboard
// over the open database. Dragged planned dates are saved course by course (row-version checked)
// and can be undone with the tab's own undo stack.
class PortfolioTab : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioTab(Workspace *workspace, QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undoStack; }
    GanttModel *model() const { return m_model; }
    bool reload(QString *error);

Q_SIGNALS:
    void openCourse(qint64 courseId);

private:
    Workspace *m_workspace;
    QUndoStack *m_undoStack;
    GanttModel *m_model;
    PortfolioFigures *m_figures;
    GanttView *m_gantt;
    DashboardView *m_dashboard;
};

} // namespace mcs

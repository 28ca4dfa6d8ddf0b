#include "portfoliotab.h"

#include "dashboardview.h"
#include "ganttmodel.h"
#include "ganttview.h"
#include "portfoliodata.h"
#include "portfoliofigures.h"
#include "workspace.h"

#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mcs {

PortfolioTab::PortfolioTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(new QUndoStack(this))
    , m_model(new GanttModel(this))
    , m_figures(new PortfolioFigures(this))
    , m_gantt(new GanttView(this))
    , m_dashboard(new DashboardView(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    auto *pages = new QTabWidget(this);
    pages->setDocumentMode(true);
    pages->setTabPosition(QTabWidget::South);
    pages->addTab(m_gantt, tr("Development Gantt"));
    pages->addTab(m_dashboard, tr("Dashboard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages);

    m_model->setUndoStack(m_undoStack);
    m_gantt->setModel(m_model);
    m_figures->setModel(m_model);
    m_dashboard->setFigures(m_figures);
    connect(m_gantt, &GanttView::openCourse, this, &PortfolioTab::openCourse);
    connect(m_model, &GanttModel::plannedDatesChanged, this,
            [this](qint64 courseId, int number, const QDate &start, const QDate &due) {
                if (!m_workspace->database())
                    return;
                QString error;
                if (!savePlannedDates(*m_workspace->database(), courseId, number, start, due, m_workspace->userName(), &error))
                    QMessageBox::warning(this, tr("Save planned dates"), error);
            });
}

bool PortfolioTab::reload(QString *error)
{
    if (!m_workspace->database())
        return false;
    m_undoStack->clear();
    return loadPortfolio(*m_workspace->database(), m_model, error);
}

} // namespace mcs

#include "tasksview.h"

#include "itemroles.h"
#include "tasklistmodel.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcs {

TasksView::TasksView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new TaskListModel(this))
    , m_scopes(new QButtonGroup(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setAttribute(Qt::WA_DeleteOnClose); // closing its tab closes it for good, like a course tab
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    for (auto scope : {TaskListModel::Scope::WaitingForMe, TaskListModel::Scope::SubmittedByMe,
                       TaskListModel::Scope::All}) {
        auto *b = new QPushButton(this);
        b->setCheckable(true);
        b->setChecked(scope == m_model->scope());
        m_scopes->addButton(b, int(scope));
        bar->addWidget(b);
    }
    bar->addStretch(1);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    layout->addWidget(m_summary);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TaskListModel::Code, Qt::AscendingOrder);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(TaskListModel::Code, 110);
    m_view->setColumnWidth(TaskListModel::Title, 330);
    m_view->setColumnWidth(TaskListModel::State, 170);
    m_view->setColumnWidth(TaskListModel::WaitingFor, 150);
    m_view->setColumnWidth(TaskListModel::LastStep, 170);
    layout->addWidget(m_view, 1);

    connect(m_scopes, &QButtonGroup::idClicked, this, [this](int id) {
        m_model->setScope(TaskListModel::Scope(id));
        updateScopeLabels();
    });
    connect(refresh, &QPushButton::clicked, this, [this] {
        QString ignored;
        reload(&ignored);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCourse(index.data(CourseIdRole).toLongLong());
    });
    updateScopeLabels();
}

bool TasksView::reload(QString *error)
{
    bool ok = true;
    if (m_workspace->database())
        ok = m_model->refresh(*m_workspace->database(), m_workspace->userName(), error);
    else
        m_model->setTasks({});
    updateScopeLabels();
    if (!ok)
        m_summary->setText(tr("The tasks could not be read: %1").arg(error ? *error : QString()));
    return ok;
}

void TasksView::updateScopeLabels()
{
    m_scopes->button(int(TaskListModel::Scope::WaitingForMe))
        ->setText(tr("Waiting for me (%1)").arg(m_model->count(TaskListModel::Scope::WaitingForMe)));
    m_scopes->button(int(TaskListModel::Scope::SubmittedByMe))
        ->setText(tr("I submitted (%1)").arg(m_model->count(TaskListModel::Scope::SubmittedByMe)));
    m_scopes->button(int(TaskListModel::Scope::All))->setText(tr("All (%1)").arg(m_model->count(TaskListModel::Scope::All)));
    switch (m_model->scope()) {
    case TaskListModel::Scope::WaitingForMe:
        m_summary->setText(tr("Courses whose next step is yours to take. Double-click one to open it."));
        break;
    case TaskListModel::Scope::SubmittedByMe:
        m_summary->setText(tr("Courses you submitted or resubmitted, wherever they are now."));
        break;
    case TaskListModel::Scope::All:
        m_summary->setText(tr("Every course; those waiting for you are in bold."));
        break;
    }
}

} // namespace mcs

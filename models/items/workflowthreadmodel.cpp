#include "workflowthreadmodel.h"

namespace mcs {

WorkflowThreadModel::WorkflowThreadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkflowThreadModel::setEvents(QVector<WorkflowEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int WorkflowThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int WorkflowThreadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowThreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const WorkflowEvent &e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Who: return e.who;
        case Step: return tr("%1 → %2").arg(approvalStatusName(e.from), approvalStatusName(e.to));
        case Comment: return e.comment;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Comment && !e.comment.isEmpty())
        return e.comment;
    return {};
}

QVariant WorkflowThreadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Step: return tr("Step");
    case Comment: return tr("Comment");
    default: return {};
    }
}

} // namespace mcs

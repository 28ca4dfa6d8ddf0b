#pragma once

#include "workflow.h"

#include <QAbstractTableModel>
#include <QVector>

namespace mcs {

// The comment thread of a course's workflow: one row per recorded transition, oldest first.
class WorkflowThreadModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Step, Comment, ColumnCount };

    explicit WorkflowThreadModel(QObject *parent = nullptr);
    void setEvents(QVector<WorkflowEvent> events);
    const QVector<WorkflowEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<WorkflowEvent> m_events;
};

} // namespace mcs

#pragma once

#include "coursedocument.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mcs {

// One record list of an open course — lecturers, CLOs or assessment components — as an editable
// table. Every edit is an undo command on the document's stack: setData a SetRecordCommand,
// insertRows/removeRows Insert/RemoveRecordCommands (several rows = one undo step), moveRows a
// MoveRecordCommand. The document's record signals become the matching row signals.
//
// Columns: lecturers name, staff id, e-mail, role; CLOs code, statement, domain, level;
// assessment name, kind (0 continuous / 1 final; shown by name), weight (%).
class CourseRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    CourseRecordModel(CourseDocument *document, CourseDocument::RecordList list, QObject *parent = nullptr);

    CourseDocument::RecordList list() const { return m_list; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

private:
    QVariant blankRecord(int row) const;

    QPointer<CourseDocument> m_doc;
    CourseDocument::RecordList m_list;
    // A copy of the list, changed between begin* and end* so views and proxies see the rows as
    // they were until the change is announced (the document signals after the fact).
    QVector<QVariant> m_rows;
};

} // namespace mcs

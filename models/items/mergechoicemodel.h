#pragma once

#include "coursemerge.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace mcs {

// The parts of a check-in that changed, one row each, with the server's change and mine side by
// side. A conflicting row is decided by checking the server's or my column; a row changed on
// one side only is shown with its automatic choice and cannot be changed. Undecided conflicts
// keep result() empty, so nothing can be written before every one is decided.
class MergeChoiceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PartColumn, TheirsColumn, MineColumn, ColumnCount };

    explicit MergeChoiceModel(const CourseMerge &merge, QObject *parent = nullptr);

    const CourseMerge &merge() const { return m_merge; }
    const MergeItem &item(int row) const { return m_merge.items().at(row); }
    QHash<QString, MergeSide> choices() const { return m_choices; }
    int undecidedCount() const;
    void setChoice(int row, MergeSide side);
    void chooseAll(MergeSide side);
    std::optional<Course> result() const { return m_merge.result(m_choices); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "MC title: old → new", one line per change, for the cells and the command line.
    static QString changeLine(const CourseChange &change);

Q_SIGNALS:
    void decisionsChanged();

private:
    // The side this row's value comes from: chosen for a conflict, automatic otherwise.
    std::optional<MergeSide> sideOf(int row) const;

    CourseMerge m_merge;
    QHash<QString, MergeSide> m_choices;
};

} // namespace mcs

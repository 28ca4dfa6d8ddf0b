#pragma once

#include "table4.h"

#include <QAbstractItemModel>
#include <QVector>

namespace mcs {

class CourseDocument;

// Table 4 of one open course as a tree: learning units are the top rows, their activities the
// children (DESIGN.md "Data flow for an edit"). setData() and the editing helpers push undo
// commands onto the document's stack and never change data themselves; the document's
// fine-grained signals become the smallest dataChanged / rowsInserted / rowsRemoved.
//
// The document changes before it signals, so the model keeps its own row counts and, while it
// announces an insertion or removal, maps its rows onto the document's (m_pending) so views and
// QAbstractItemModelTester see a consistent "before" state.
class Table4Model : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TypeColumn, QuantityColumn, RateColumn, ModeColumn, ClosColumn, AssessmentColumn,
                  WeightColumn, HoursColumn, ColumnCount };
    Q_ENUM(Column)

    // Where a row sits: unit index and activity row (-1 for the unit row itself).
    struct Position
    {
        int unit = -1;
        int row = -1;
        bool operator==(const Position &o) const { return unit == o.unit && row == o.row; }
        bool operator<(const Position &o) const { return unit < o.unit || (unit == o.unit && row < o.row); }
    };

    explicit Table4Model(CourseDocument *doc, QObject *parent = nullptr);

    CourseDocument *document() const { return m_doc; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop and the clipboard: activities travel as MIME data (their TSV text as well,
    // so a spreadsheet can take them).
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // A move inside this model is done here as one undo step and reported as not dropped, so
    // the view does not remove the source rows a second time.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }

    static Position positionOf(const QModelIndex &index);
    QModelIndex indexOf(Position pos, int column = 0) const;

    // --- Editing, each one undo step ---
    // Inserts activities at (unit, row); returns false when there is no unit to put them in.
    bool insertActivities(int unit, int row, const QVector<Activity> &activities);
    void removeRowsAt(QVector<Position> positions); // activities and/or whole units
    // Moves activities up (-1) or down (+1) one place, crossing into the neighbouring unit at
    // the edges; returns their new positions (empty when nothing could move).
    QVector<Position> moveActivities(QVector<Position> activities, int delta);
    // Moves activities to just before (unit, row) in the current numbering.
    void moveActivitiesTo(QVector<Position> activities, int unit, int row);
    void insertUnit(int index, const QString &title);
    // Pastes clipboard data after `at` (an activity: after it; a unit: at its end; invalid: the
    // last unit). Reads this model's own MIME data or tab-separated text; on unreadable text
    // returns false and sets *error ("line 2, column 'quantity': ...").
    bool paste(const QMimeData *data, Position at, QString *error);
    QVector<Activity> activitiesAt(const QVector<Position> &positions) const;

private:
    struct Pending
    {
        enum Kind { None, InsertUnit, RemoveUnit, InsertActivity, RemoveActivity } kind = None;
        int unit = -1;
        int row = -1;
    };
    int docUnit(int modelUnit) const;          // -1 while a removed unit is being announced
    int docRow(int modelUnit, int modelRow) const;
    QVariant unitData(int unit, int column, int role) const;
    QVariant activityData(int unit, int row, int column, int role) const;
    bool setActivityData(int unit, int row, int column, const QVariant &value);
    void emitUnitHoursChanged(int unit);
    Position pasteTarget(Position at) const;

    void onUnitInserted(int index);
    void onUnitRemoved(int index);
    void onUnitChanged(int index);
    void onActivityInserted(int unit, int row);
    void onActivityRemoved(int unit, int row);
    void onActivityChanged(int unit, int row);
    void onReset();

    CourseDocument *m_doc;
    QVector<int> m_counts; // activities per unit as the views know them
    Pending m_pending;
};

} // namespace mcs

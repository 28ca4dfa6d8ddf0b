#pragma once

#include "itemroles.h"
#include "portfolio.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QUndoStack>

#include <optional>

namespace mcs {

// Every course's eight milestones as a tree (optionally grouped): group -> course -> milestone.
// Dates, forecast and overdue flags come through the roles of itemroles.h; the Gantt view and the
// dashboard read nothing else. Edits of planned dates go through QUndoCommands (DESIGN.md).
class GanttModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DueColumn, ProgressColumn, ColumnCount };
    enum class Grouping { None, Faculty, Status, Kind };

    explicit GanttModel(QObject *parent = nullptr);

    void setCourses(QVector<CourseMilestones> courses);
    const QVector<CourseMilestones> &courses() const { return m_courses; }
    const QVector<CourseForecast> &forecasts() const { return m_forecasts; }
    // Courses that pass the filters, as indexes into courses(), in display order.
    QVector<int> visibleCourses() const;

    // "Today" decides overdue flags and forecasts; injectable for tests (default: the current date).
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    void setFacultyFilter(const QString &faculty); // empty = all
    void setStatusFilter(std::optional<ApprovalStatus> status);
    void setKindFilter(std::optional<CourseKind> kind);
    QStringList faculties() const; // distinct, sorted: for the filter box

    // Where edits go; without a stack they apply at once (no undo).
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Moves a milestone's planned bar by `days` (start and due together) as one undo step.
    bool movePlannedBar(const QModelIndex &milestone, int days);
    // Changes a milestone's planned dates as one undo step.
    bool changePlannedDates(qint64 courseId, int number, const QDate &start, const QDate &due, const QString &text);

    // Applied by the undo commands: the one place planned dates change.
    void applyPlannedDates(qint64 courseId, int number, const QDate &start, const QDate &due);
    const Milestone *milestone(qint64 courseId, int number) const;

    QModelIndex courseIndex(qint64 courseId, int column = 0) const;
    QModelIndex milestoneIndex(qint64 courseId, int number, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // A milestone's planned dates changed (for the storage layer to persist).
    void plannedDatesChanged(qint64 courseId, int number, const QDate &start, const QDate &due);
    // Forecasts, progress or the visible set changed: portfolio figures must be recomputed.
    void portfolioChanged();

private:
    struct Group
    {
        QString label;
        QVector<int> courses;
    };
    enum class Node { Group, Course, Milestone };

    void rebuild(); // within a model reset
    void recomputeForecasts();
    bool accepts(const CourseMilestones &c) const;
    QString groupLabel(const CourseMilestones &c) const;
    int courseOfId(qint64 id) const;
    Node nodeOf(const QModelIndex &index) const;
    int courseOf(const QModelIndex &index) const; // course rows and milestone rows
    const Milestone *milestoneAt(int course, int number) const;
    QVariant groupData(int group, int column, int role) const;
    QVariant courseData(int course, int column, int role) const;
    QVariant milestoneData(int course, int number, int column, int role) const;

    QVector<CourseMilestones> m_courses;
    QVector<CourseForecast> m_forecasts;
    QHash<qint64, int> m_courseById;
    QDate m_today;
    Grouping m_grouping = Grouping::None;
    QString m_faculty;
    std::optional<ApprovalStatus> m_status;
    std::optional<CourseKind> m_kind;
    QPointer<QUndoStack> m_undoStack;
    // Visible structure.
    QVector<Group> m_groups;     // when grouped
    QVector<int> m_topCourses;   // when not grouped
    QVector<int> m_rowOfCourse;  // row under its parent; -1 when filtered out
    QVector<int> m_groupOfCourse;
};

} // namespace mcs

Q_DECLARE_METATYPE(mcs::GanttRowType)

#include "ganttmodel.h"

#include "plannedmilestonecommand.h"

#include <QBrush>
#include <QFont>
#include <QMap>

#include <functional>

namespace mcs {
namespace {

// internalId of an index names its parent: 0 = top level, else a tag and the parent's number.
constexpr quintptr kGroupParent = quintptr(1) << 40;
constexpr quintptr kCourseParent = quintptr(2) << 40;
constexpr quintptr kTagMask = quintptr(3) << 40;
constexpr quintptr kValueMask = kGroupParent - 1;

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

GanttModel::GanttModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_today(QDate::currentDate())
{
}

void GanttModel::setCourses(QVector<CourseMilestones> courses)
{
    beginResetModel();
    m_courses = std::move(courses);
    m_courseById.clear();
    for (int i = 0; i < m_courses.size(); ++i)
        m_courseById.insert(m_courses.at(i).course.id, i);
    recomputeForecasts();
    rebuild();
    endResetModel();
    Q_EMIT portfolioChanged();
}

void GanttModel::recomputeForecasts()
{
    m_forecasts = forecastPortfolio(m_courses, m_today);
    for (int i = 0; i < m_courses.size(); ++i)
        m_courses[i].course.progressPercent = m_forecasts.at(i).progressPercent;
}

void GanttModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    recomputeForecasts();
    // Every date role of every row may change; the structure does not.
    std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
        for (int r = 0; r < rows; ++r)
            if (nodeOf(index(r, 0, parent)) != Node::Milestone)
                touch(index(r, 0, parent));
    };
    touch({});
    Q_EMIT portfolioChanged();
}

void GanttModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

void GanttModel::setFacultyFilter(const QString &faculty)
{
    if (faculty == m_faculty)
        return;
    beginResetModel();
    m_faculty = faculty;
    rebuild();
    endResetModel();
    Q_EMIT portfolioChanged();
}

void GanttModel::setStatusFilter(std::optional<ApprovalStatus> status)
{
    if (status == m_status)
        return;
    beginResetModel();
    m_status = status;
    rebuild();
    endResetModel();
    Q_EMIT portfolioChanged();
}

void GanttModel::setKindFilter(std::optional<CourseKind> kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    rebuild();
    endResetModel();
    Q_EMIT portfolioChanged();
}

QStringList GanttModel::faculties() const
{
    QStringList out;
    for (const CourseMilestones &c : m_courses)
        if (!out.contains(c.course.faculty))
            out.append(c.course.faculty);
    out.sort();
    return out;
}

bool GanttModel::accepts(const CourseMilestones &c) const
{
    return (m_faculty.isEmpty() || c.course.faculty == m_faculty) && (!m_status || c.course.status == *m_status)
        && (!m_kind || c.course.kind == *m_kind);
}

QString GanttModel::groupLabel(const CourseMilestones &c) const
{
    switch (m_grouping) {
    case Grouping::Faculty: return c.course.faculty.isEmpty() ? tr("(no faculty)") : c.course.faculty;
    case Grouping::Status: return approvalStatusName(c.course.status);
    case Grouping::Kind: return courseKindName(c.course.kind);
    case Grouping::None: break;
    }
    return {};
}

void GanttModel::rebuild()
{
    m_groups.clear();
    m_topCourses.clear();
    m_rowOfCourse.fill(-1, m_courses.size());
    m_groupOfCourse.fill(-1, m_courses.size());
    if (m_grouping == Grouping::None) {
        for (int i = 0; i < m_courses.size(); ++i) {
            if (!accepts(m_courses.at(i)))
                continue;
            m_rowOfCourse[i] = int(m_topCourses.size());
            m_topCourses.append(i);
        }
        return;
    }
    // Groups in a meaningful order: statuses and kinds in their flow order, faculties by name.
    QMap<QPair<int, QString>, QVector<int>> groups;
    for (int i = 0; i < m_courses.size(); ++i) {
        const CourseMilestones &c = m_courses.at(i);
        if (!accepts(c))
            continue;
        int order = 0;
        if (m_grouping == Grouping::Status)
            order = int(c.course.status);
        else if (m_grouping == Grouping::Kind)
            order = int(c.course.kind);
        groups[{order, groupLabel(c)}].append(i);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const int g = int(m_groups.size());
        for (int r = 0; r < it.value().size(); ++r) {
            m_rowOfCourse[it.value().at(r)] = r;
            m_groupOfCourse[it.value().at(r)] = g;
        }
        m_groups.append(Group{it.key().second, it.value()});
    }
}

QVector<int> GanttModel::visibleCourses() const
{
    if (m_grouping == Grouping::None)
        return m_topCourses;
    QVector<int> out;
    for (const Group &g : m_groups)
        out += g.courses;
    return out;
}

int GanttModel::courseOfId(qint64 id) const
{
    return m_courseById.value(id, -1);
}

const Milestone *GanttModel::milestoneAt(int course, int number) const
{
    for (const Milestone &m : m_courses.at(course).milestones)
        if (m.number == number)
            return &m;
    return nullptr;
}

const Milestone *GanttModel::milestone(qint64 courseId, int number) const
{
    const int c = courseOfId(courseId);
    return c < 0 ? nullptr : milestoneAt(c, number);
}

QModelIndex GanttModel::courseIndex(qint64 courseId, int column) const
{
    const int c = courseOfId(courseId);
    if (c < 0 || m_rowOfCourse.at(c) < 0)
        return {};
    const quintptr parentId = m_grouping == Grouping::None ? 0 : kGroupParent | quintptr(m_groupOfCourse.at(c));
    return createIndex(m_rowOfCourse.at(c), column, parentId);
}

QModelIndex GanttModel::milestoneIndex(qint64 courseId, int number, int column) const
{
    const int c = courseOfId(courseId);
    if (c < 0 || m_rowOfCourse.at(c) < 0 || number < 1 || number > MilestonePlan::kCount)
        return {};
    return createIndex(number - 1, column, kCourseParent | quintptr(c));
}

GanttModel::Node GanttModel::nodeOf(const QModelIndex &index) const
{
    const quintptr tag = index.internalId() & kTagMask;
    if (tag == kCourseParent)
        return Node::Milestone;
    if (tag == kGroupParent)
        return Node::Course;
    return m_grouping == Grouping::None ? Node::Course : Node::Group;
}

int GanttModel::courseOf(const QModelIndex &index) const
{
    const quintptr tag = index.internalId() & kTagMask;
    const int value = int(index.internalId() & kValueMask);
    if (tag == kCourseParent)
        return value;
    if (tag == kGroupParent)
        return m_groups.at(value).courses.at(index.row());
    return m_grouping == Grouping::None ? m_topCourses.at(index.row()) : -1;
}

QModelIndex GanttModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    switch (nodeOf(parent)) {
    case Node::Group: return createIndex(row, column, kGroupParent | quintptr(parent.row()));
    case Node::Course: return createIndex(row, column, kCourseParent | quintptr(courseOf(parent)));
    case Node::Milestone: break;
    }
    return {};
}

QModelIndex GanttModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr tag = child.internalId() & kTagMask;
    const int value = int(child.internalId() & kValueMask);
    if (tag == kGroupParent)
        return createIndex(value, 0, quintptr(0));
    if (tag == kCourseParent) {
        const quintptr parentId =
            m_grouping == Grouping::None ? 0 : kGroupParent | quintptr(m_groupOfCourse.at(value));
        return createIndex(m_rowOfCourse.at(value), 0, parentId);
    }
    return {};
}

int GanttModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_grouping == Grouping::None ? m_topCourses.size() : m_groups.size());
    if (parent.column() != 0)
        return 0;
    switch (nodeOf(parent)) {
    case Node::Group: return int(m_groups.at(parent.row()).courses.size());
    case Node::Course: return MilestonePlan::kCount;
    case Node::Milestone: break;
    }
    return 0;
}

int GanttModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GanttModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Course / milestone");
    case DueColumn: return tr("Due");
    case ProgressColumn: return tr("Progress");
    default: return {};
    }
}

Qt::ItemFlags GanttModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index) == Node::Milestone)
        f |= Qt::ItemNeverHasChildren;
    if (nodeOf(index) == Node::Milestone && index.column() == DueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant GanttModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (nodeOf(index)) {
    case Node::Group: return groupData(index.row(), index.column(), role);
    case Node::Course: return courseData(courseOf(index), index.column(), role);
    case Node::Milestone: return milestoneData(courseOf(index), index.row() + 1, index.column(), role);
    }
    return {};
}

QVariant GanttModel::groupData(int group, int column, int role) const
{
    const Group &g = m_groups.at(group);
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return tr("%1 (%2)").arg(g.label).arg(g.courses.size());
        if (column == ProgressColumn && !g.courses.isEmpty()) {
            int sum = 0;
            for (int c : g.courses)
                sum += m_forecasts.at(c).progressPercent;
            return QStringLiteral("%1%").arg(qRound(double(sum) / g.courses.size()));
        }
        return {};
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case GanttRowTypeRole: return QVariant::fromValue(GanttRowType::Group);
    case OverdueRole:
        for (int c : g.courses)
            if (m_forecasts.at(c).overdue)
                return true;
        return false;
    default: return {};
    }
}

QVariant GanttModel::courseData(int course, int column, int role) const
{
    const CourseMilestones &c = m_courses.at(course);
    const CourseForecast &f = m_forecasts.at(course);
    const Milestone *first = milestoneAt(course, 1);
    const Milestone *last = milestoneAt(course, MilestonePlan::kCount);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return QStringLiteral("%1 — %2").arg(c.course.code, c.course.title);
        case DueColumn: return isoOrEmpty(f.nextDue);
        case ProgressColumn: return QStringLiteral("%1%").arg(f.progressPercent);
        }
        return {};
    case Qt::ToolTipRole: {
        QString t = QStringLiteral("%1 — %2\n%3 · %4 · %5")
                        .arg(c.course.code, c.course.title, c.course.faculty, approvalStatusName(c.course.status),
                             courseKindName(c.course.kind));
        t += QLatin1Char('\n') + tr("Progress: %1%").arg(f.progressPercent);
        if (f.currentMilestone > 0) {
            t += QLatin1Char('\n')
                + tr("Current: %1. %2, due %3")
                      .arg(QString::number(f.currentMilestone), MilestonePlan::name(f.currentMilestone),
                           isoOrEmpty(f.nextDue));
            if (f.overdue)
                t += QLatin1Char('\n') + tr("Overdue");
            t += QLatin1Char('\n') + tr("Forecast completion: %1").arg(isoOrEmpty(f.forecastCompletion));
        } else {
            t += QLatin1Char('\n') + tr("Completed: %1").arg(isoOrEmpty(f.forecastCompletion));
        }
        return t;
    }
    case Qt::ForegroundRole:
        return f.overdue ? QVariant(QBrush(QColor(176, 0, 32))) : QVariant();
    case Qt::BackgroundRole:
        return f.overdue ? QVariant(QBrush(QColor(252, 232, 231))) : QVariant();
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case GanttRowTypeRole: return QVariant::fromValue(GanttRowType::Course);
    case CourseIdRole: return c.course.id;
    case CourseCodeRole: return c.course.code;
    case CourseTitleRole: return c.course.title;
    case CourseKindRole: return QVariant::fromValue(c.course.kind);
    case CourseStatusRole: return QVariant::fromValue(c.course.status);
    case CourseFacultyRole: return c.course.faculty;
    case CourseProgressRole: return f.progressPercent;
    case MilestoneNumberRole: return f.currentMilestone;
    case PlannedStartRole: return first ? first->plannedStart : QDate();
    case PlannedDueRole: return last ? last->plannedDue : QDate();
    case ActualStartRole: return f.completedCount > 0 && first ? first->plannedStart : QDate();
    case ActualCompletionRole:
        return f.completedCount > 0 ? milestoneAt(course, f.completedCount)->actualCompletion : QDate();
    case ForecastStartRole:
        return f.currentMilestone > 0 ? f.forecastStart[size_t(f.currentMilestone - 1)] : QDate();
    case ForecastDueRole: return f.currentMilestone > 0 ? f.forecastCompletion : QDate();
    case OverdueRole: return f.overdue;
    case NextDueRole: return f.nextDue;
    case SearchTextRole: return QStringList{c.course.code, c.course.title, c.course.faculty}.join(QLatin1Char(' '));
    default: return {};
    }
}

QVariant GanttModel::milestoneData(int course, int number, int column, int role) const
{
    const CourseMilestones &c = m_courses.at(course);
    const CourseForecast &f = m_forecasts.at(course);
    const Milestone *m = milestoneAt(course, number);
    const size_t i = size_t(number - 1);
    const bool done = number <= f.completedCount;
    auto actualStart = [&]() -> QDate {
        if (!done)
            return {};
        if (number == 1)
            return m ? m->plannedStart : QDate();
        return milestoneAt(course, number - 1)->actualCompletion;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return QStringLiteral("%1. %2").arg(number).arg(MilestonePlan::name(number));
        case DueColumn: return m ? isoOrEmpty(m->plannedDue) : QString();
        case ProgressColumn:
            if (done)
                return tr("done %1").arg(isoOrEmpty(m->actualCompletion));
            return f.milestoneOverdue[i] ? tr("overdue") : QString();
        }
        return {};
    case Qt::EditRole:
        return column == DueColumn && m ? QVariant(m->plannedDue) : QVariant();
    case Qt::ToolTipRole: {
        QString t = QStringLiteral("%1 — %2. %3 (%4%)")
                        .arg(c.course.code, QString::number(number), MilestonePlan::name(number),
                             QString::number(MilestonePlan::cumulativePercent(number)));
        if (m && m->plannedDue.isValid())
            t += QLatin1Char('\n') + tr("Planned: %1 to %2").arg(isoOrEmpty(m->plannedStart), isoOrEmpty(m->plannedDue));
        if (done)
            t += QLatin1Char('\n') + tr("Completed: %1").arg(isoOrEmpty(m->actualCompletion));
        else
            t += QLatin1Char('\n')
                + tr("Forecast: %1 to %2").arg(isoOrEmpty(f.forecastStart[i]), isoOrEmpty(f.forecastDue[i]));
        if (f.milestoneOverdue[i])
            t += QLatin1Char('\n') + tr("Overdue");
        return t;
    }
    case Qt::ForegroundRole:
        return f.milestoneOverdue[i] ? QVariant(QBrush(QColor(176, 0, 32))) : QVariant();
    case Qt::BackgroundRole:
        return f.milestoneOverdue[i] ? QVariant(QBrush(QColor(252, 232, 231))) : QVariant();
    case GanttRowTypeRole: return QVariant::fromValue(GanttRowType::Milestone);
    case CourseIdRole: return c.course.id;
    case CourseCodeRole: return c.course.code;
    case CourseTitleRole: return c.course.title;
    case CourseKindRole: return QVariant::fromValue(c.course.kind);
    case CourseStatusRole: return QVariant::fromValue(c.course.status);
    case CourseFacultyRole: return c.course.faculty;
    case MilestoneNumberRole: return number;
    case PlannedStartRole: return m ? m->plannedStart : QDate();
    case PlannedDueRole: return m ? m->plannedDue : QDate();
    case ActualStartRole: return actualStart();
    case ActualCompletionRole: return done ? m->actualCompletion : QDate();
    case ForecastStartRole: return f.forecastStart[i];
    case ForecastDueRole: return f.forecastDue[i];
    case OverdueRole: return f.milestoneOverdue[i];
    default: return {};
    }
}

bool GanttModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || nodeOf(index) != Node::Milestone)
        return false;
    const int course = courseOf(index);
    const int number = index.row() + 1;
    const Milestone *m = milestoneAt(course, number);
    const QDate date = value.toDate();
    if (!date.isValid())
        return false;
    QDate start = m ? m->plannedStart : QDate();
    QDate due = m ? m->plannedDue : QDate();
    if (role == PlannedStartRole)
        start = date;
    else if (role == PlannedDueRole || (role == Qt::EditRole && index.column() == DueColumn))
        due = date;
    else
        return false;
    if (start.isValid() && due.isValid() && due < start)
        return false;
    return changePlannedDates(m_courses.at(course).course.id, number, start, due,
                              tr("Change planned dates of milestone %1").arg(number));
}

bool GanttModel::movePlannedBar(const QModelIndex &milestone, int days)
{
    if (!checkIndex(milestone, CheckIndexOption::IndexIsValid) || nodeOf(milestone) != Node::Milestone || days == 0)
        return false;
    const int course = courseOf(milestone);
    const int number = milestone.row() + 1;
    const Milestone *m = milestoneAt(course, number);
    if (!m || !m->plannedStart.isValid() || !m->plannedDue.isValid())
        return false;
    return changePlannedDates(m_courses.at(course).course.id, number, m->plannedStart.addDays(days),
                              m->plannedDue.addDays(days),
                              tr("Move %1 milestone %2").arg(m_courses.at(course).course.code).arg(number));
}

bool GanttModel::changePlannedDates(qint64 courseId, int number, const QDate &start, const QDate &due,
                                    const QString &text)
{
    if (courseOfId(courseId) < 0 || number < 1 || number > MilestonePlan::kCount)
        return false;
    auto *command = new PlannedMilestoneCommand(this, courseId, number, start, due, text);
    if (m_undoStack) {
        m_undoStack->push(command); // push() runs redo()
    } else {
        command->redo();
        delete command;
    }
    return true;
}

void GanttModel::applyPlannedDates(qint64 courseId, int number, const QDate &start, const QDate &due)
{
    const int c = courseOfId(courseId);
    if (c < 0)
        return;
    MilestoneList &list = m_courses[c].milestones;
    auto it = std::find_if(list.begin(), list.end(), [number](const Milestone &m) { return m.number == number; });
    if (it == list.end()) {
        Milestone m;
        m.number = number;
        list.append(m);
        it = list.end() - 1;
    }
    it->plannedStart = start;
    it->plannedDue = due;
    m_forecasts[c] = forecastCourse(list, m_today);
    m_courses[c].course.progressPercent = m_forecasts.at(c).progressPercent;
    if (m_rowOfCourse.at(c) >= 0) {
        // The course's span and forecast and every milestone's forecast may move.
        Q_EMIT dataChanged(courseIndex(courseId, 0), courseIndex(courseId, ColumnCount - 1));
        Q_EMIT dataChanged(milestoneIndex(courseId, 1, 0),
                           milestoneIndex(courseId, MilestonePlan::kCount, ColumnCount - 1));
        if (m_grouping != Grouping::None) {
            const QModelIndex g = index(m_groupOfCourse.at(c), 0);
            Q_EMIT dataChanged(g, g.siblingAtColumn(ColumnCount - 1));
        }
    }
    Q_EMIT plannedDatesChanged(courseId, number, start, due);
    Q_EMIT portfolioChanged();
}

} // namespace mcs

#include "courselistmodel.h"

#include "itemroles.h"

namespace mcs {

CourseListModel::CourseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CourseListModel::setCourses(QVector<CourseSummary> courses)
{
    beginResetModel();
    m_courses = std::move(courses);
    endResetModel();
}

int CourseListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_courses.size(); ++i)
        if (m_courses[i].id == id)
            return i;
    return -1;
}

void CourseListModel::upsertCourse(const CourseSummary &course)
{
    const int row = rowOfId(course.id);
    if (row >= 0) {
        m_courses[row] = course;
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i);
        return;
    }
    beginInsertRows({}, m_courses.size(), m_courses.size());
    m_courses.append(course);
    endInsertRows();
}

void CourseListModel::removeCourse(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_courses.removeAt(row);
    endRemoveRows();
}

int CourseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_courses.size());
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourseSummary &c = m_courses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 — %2").arg(c.code, c.title);
    case Qt::ToolTipRole:
        return tr("%1\n%2\n%3 · %4 · %5% developed")
            .arg(c.code, c.title, courseKindName(c.kind), approvalStatusName(c.status))
            .arg(c.progressPercent);
    case CourseIdRole: return c.id;
    case CourseCodeRole: return c.code;
    case CourseTitleRole: return c.title;
    case CourseKindRole: return QVariant::fromValue(c.kind);
    case CourseStatusRole: return QVariant::fromValue(c.status);
    case CourseFacultyRole: return c.faculty;
    case CourseProgressRole: return c.progressPercent;
    case SearchTextRole: return QStringList{c.code, c.title, c.faculty}.join(QLatin1Char(' '));
    default: return {};
    }
}

} // namespace mcs

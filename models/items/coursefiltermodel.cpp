#include "coursefiltermodel.h"

#include "itemroles.h"

namespace mcs {

CourseFilterModel::CourseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CourseCodeRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CourseFilterModel::setSearchText(const QString &text)
{
    // Every word must appear somewhere (code, title or faculty), in any order.
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CourseFilterModel::setStatusFilter(std::optional<ApprovalStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void CourseFilterModel::setKindFilter(std::optional<CourseKind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void CourseFilterModel::setFacultyFilter(const QString &faculty)
{
    m_faculty = faculty;
    invalidateFilter();
}

bool CourseFilterModel::hasActiveFilter() const
{
    return !m_words.isEmpty() || m_status || m_kind || !m_faculty.isEmpty();
}

bool CourseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && i.data(CourseStatusRole).value<ApprovalStatus>() != *m_status)
        return false;
    if (m_kind && i.data(CourseKindRole).value<CourseKind>() != *m_kind)
        return false;
    if (!m_faculty.isEmpty() && i.data(CourseFacultyRole).toString() != m_faculty)
        return false;
    const QString haystack = i.data(SearchTextRole).toString();
    for (const QString &w : m_words)
        if (!haystack.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace mcs

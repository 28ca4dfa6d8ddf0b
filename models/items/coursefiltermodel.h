#pragma once

#include "coursesummary.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace mcs {

// Filters a CourseListModel by free text (code, title, faculty) and optional status/kind/faculty.
class CourseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CourseFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<ApprovalStatus> status);
    void setKindFilter(std::optional<CourseKind> kind);
    void setFacultyFilter(const QString &faculty); // empty = all
    bool hasActiveFilter() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<ApprovalStatus> m_status;
    std::optional<CourseKind> m_kind;
    QString m_faculty;
};

} // namespace mcs

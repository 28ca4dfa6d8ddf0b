#pragma once

#include "coursesummary.h"

#include <QAbstractListModel>
#include <QVector>

namespace mcs {

// The courses of the open database, one row each, for the navigator and the portfolio.
class CourseListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit CourseListModel(QObject *parent = nullptr);

    void setCourses(QVector<CourseSummary> courses);
    const QVector<CourseSummary> &courses() const { return m_courses; }
    // Replaces one course's line (matched by id) or appends it; emits the smallest change.
    void upsertCourse(const CourseSummary &course);
    void removeCourse(qint64 id);
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<CourseSummary> m_courses;
};

} // namespace mcs

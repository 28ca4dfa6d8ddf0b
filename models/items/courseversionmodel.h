#pragma once

#include "courseversionrepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace mcs {

// A course's stored versions, newest first, after a first row for the current edit (what the
// open tab holds, saved or not), so any two can be picked for comparison.
class CourseVersionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TakenAtColumn, TakenByColumn, ReasonColumn, ColumnCount };

    explicit CourseVersionModel(QObject *parent = nullptr);

    void setVersions(QVector<CourseVersion> versions);
    // Row 0 is the current edit; rows 1.. the versions.
    const CourseVersion *version(int row) const;
    static constexpr int kCurrentRow = 0;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Version 3 — Submitted, 4 May 2026 09:30" or "Current edit": for the comparison's headings.
    QString rowName(int row) const;

private:
    QVector<CourseVersion> m_versions;
};

} // namespace mcs

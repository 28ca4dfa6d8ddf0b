#include "courseversionmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace mcs {

CourseVersionModel::CourseVersionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CourseVersionModel::setVersions(QVector<CourseVersion> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

const CourseVersion *CourseVersionModel::version(int row) const
{
    return row >= 1 && row <= m_versions.size() ? &m_versions[row - 1] : nullptr;
}

int CourseVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size()) + 1;
}

int CourseVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseVersionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CourseVersion *v = version(index.row());
    if (role == CourseVersionIdRole)
        return v ? v->id : qint64(0);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!v) {
        switch (index.column()) {
        case NumberColumn: return tr("Current");
        case ReasonColumn: return tr("What the tab holds now, saved or not");
        default: return {};
        }
    }
    switch (index.column()) {
    case NumberColumn: return v->number;
    case TakenAtColumn: return QLocale().toString(v->takenAt.toLocalTime(), QLocale::ShortFormat);
    case TakenByColumn: return v->takenBy;
    case ReasonColumn: return courseVersionReasonName(v->reason);
    default: return {};
    }
}

QVariant CourseVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Version");
    case TakenAtColumn: return tr("Taken");
    case TakenByColumn: return tr("By");
    case ReasonColumn: return tr("Reason");
    default: return {};
    }
}

QString CourseVersionModel::rowName(int row) const
{
    const CourseVersion *v = version(row);
    if (!v)
        return tr("Current edit");
    return tr("Version %1 — %2, %3")
        .arg(v->number)
        .arg(courseVersionReasonName(v->reason), QLocale().toString(v->takenAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace mcs

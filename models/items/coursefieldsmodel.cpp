#include "coursefieldsmodel.h"

#include "coursecommands.h"
#include "coursedocument.h"

#include <QUndoStack>

#include <cmath>

namespace mcs {

CourseFieldsModel::CourseFieldsModel(CourseDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
{
    connect(document, &CourseDocument::fieldChanged, this, [this](CourseField field) {
        const QModelIndex cell = index(0, columnOf(field));
        Q_EMIT dataChanged(cell, cell, {Qt::DisplayRole, Qt::EditRole});
    });
}

int CourseFieldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_doc ? 0 : 1;
}

int CourseFieldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(allCourseFields().size());
}

QVariant CourseFieldsModel::toWidgetValue(CourseField field, const QVariant &v)
{
    switch (field) {
    case CourseField::Kind: return int(v.value<CourseKind>());
    case CourseField::Delivery: return int(v.value<CourseDelivery>());
    case CourseField::Status: return int(v.value<ApprovalStatus>());
    case CourseField::FeeSen: return v.toLongLong() / 100.0;
    default: return v;
    }
}

QVariant CourseFieldsModel::toDocumentValue(CourseField field, const QVariant &v)
{
    switch (field) {
    case CourseField::Kind: return QVariant::fromValue(CourseKind(v.toInt()));
    case CourseField::Delivery: return QVariant::fromValue(CourseDelivery(v.toInt()));
    case CourseField::Status: return QVariant::fromValue(ApprovalStatus(v.toInt()));
    case CourseField::FeeSen: return qint64(std::llround(v.toDouble() * 100));
    default: return v;
    }
}

QVariant CourseFieldsModel::data(const QModelIndex &index, int role) const
{
    if (!m_doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CourseField field = fieldOf(index.column());
    const QVariant value = courseFieldValue(m_doc->course(), field);
    if (role == Qt::EditRole)
        return toWidgetValue(field, value);
    if (role == Qt::DisplayRole) {
        switch (field) {
        case CourseField::Kind: return courseKindName(value.value<CourseKind>());
        case CourseField::Delivery: return courseDeliveryName(value.value<CourseDelivery>());
        case CourseField::Status: return approvalStatusName(value.value<ApprovalStatus>());
        default: return toWidgetValue(field, value);
        }
    }
    return {};
}

bool CourseFieldsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_doc || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const CourseField field = fieldOf(index.column());
    const QVariant documentValue = toDocumentValue(field, value);
    Course probe = m_doc->course();
    if (!setCourseFieldValue(&probe, field, documentValue))
        return false;
    if (courseFieldValue(probe, field) == courseFieldValue(m_doc->course(), field))
        return true; // nothing changed: no undo step
    m_doc->undoStack()->push(new SetFieldCommand(m_doc, field, documentValue));
    return true;
}

Qt::ItemFlags CourseFieldsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CourseFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount())
        return courseFieldLabel(fieldOf(section));
    return orientation == Qt::Vertical ? QVariant(section + 1) : QVariant();
}

} // namespace mcs

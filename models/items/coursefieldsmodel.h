#pragma once

#include "coursefield.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mcs {

class CourseDocument;

// The scalar fields of an open course as one row with a column per CourseField (column =
// columnOf(field)), for a QDataWidgetMapper. setData pushes a SetFieldCommand onto the
// document's undo stack; the document's fieldChanged becomes dataChanged of that one cell.
//
// Values for widgets: enumerations (kind, delivery, status) are their int, so a QComboBox's
// currentIndex maps to them (the combo lists the values in enumeration order); the fee is in MYR
// (a double), stored in sen; every other field is its courseFieldValue.
class CourseFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CourseFieldsModel(CourseDocument *document, QObject *parent = nullptr);

    static int columnOf(CourseField field) { return int(field); }
    static CourseField fieldOf(int column) { return CourseField(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The widget value of a field, and its conversion back to the document's type.
    static QVariant toWidgetValue(CourseField field, const QVariant &documentValue);
    static QVariant toDocumentValue(CourseField field, const QVariant &widgetValue);

private:
    QPointer<CourseDocument> m_doc;
};

} // namespace mcs

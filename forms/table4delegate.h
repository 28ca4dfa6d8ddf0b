#pragma once

#include <QStyledItemDelegate>

namespace mcs {

class CourseDocument;

// Editors for Table 4 cells: the activity-type combo (each type with its unit and 2.2 range), the
// mode and assessment combos, the CLO multi-select (a check box per CLO of the course) and number
// fields (the rate with its range as placeholder; blank = default).
class Table4Delegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit Table4Delegate(CourseDocument *doc, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    CourseDocument *m_doc;
};

} // namespace mcs

#include "table4delegate.h"

#include "coursedocument.h"
#include "itemroles.h"
#include "table4model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>

namespace mcs {

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

// One check box per CLO of the course.
class CloSelector : public QWidget
{
public:
    CloSelector(const QVector<Clo> &clos, QWidget *parent)
        : QWidget(parent)
    {
        setAutoFillBackground(true);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(2, 0, 2, 0);
        layout->setSpacing(6);
        for (const Clo &clo : clos) {
            auto *box = new QCheckBox(clo.code, this);
            box->setToolTip(clo.statement);
            layout->addWidget(box);
            m_boxes.append(box);
        }
        layout->addStretch();
        setFocusPolicy(Qt::StrongFocus);
    }
    void setSelected(const QStringList &codes)
    {
        for (QCheckBox *b : m_boxes)
            b->setChecked(codes.contains(b->text()));
        m_extra.clear();
        for (const QString &c : codes) // codes not (or no longer) among the course's CLOs are kept
            if (std::none_of(m_boxes.cbegin(), m_boxes.cend(), [&c](QCheckBox *b) { return b->text() == c; }))
                m_extra.append(c);
    }
    QStringList selected() const
    {
        QStringList out;
        for (QCheckBox *b : m_boxes)
            if (b->isChecked())
                out.append(b->text());
        return out + m_extra;
    }

private:
    QVector<QCheckBox *> m_boxes;
    QStringList m_extra;
};

} // namespace

Table4Delegate::Table4Delegate(CourseDocument *doc, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_doc(doc)
{
}

QWidget *Table4Delegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(Table4IsUnitRole).toBool())
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (index.column()) {
    case Table4Model::TypeColumn: {
        auto *combo = new QComboBox(parent);
        for (const ActivityRate &r : m_doc->slt().rates().rates()) {
            QString range;
            switch (r.kind) {
            case RateKind::Ranged: range = tr("%1–%2 min per %3").arg(num(r.min), num(r.max), rateUnitName(r.unit, false)); break;
            case RateKind::Fixed: range = tr("%1 min per %2").arg(num(r.min), rateUnitName(r.unit, false)); break;
            case RateKind::Required: range = tr("rate required, per %1").arg(rateUnitName(r.unit, false)); break;
            }
            combo->addItem(tr("%1 (%2)").arg(rateLabel(r), range), r.key);
        }
        return combo;
    }
    case Table4Model::ModeColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Physical"), QStringLiteral("physical"));
        combo->addItem(tr("Online synchronous"), QStringLiteral("online_sync"));
        combo->addItem(tr("Independent (online async)"), QStringLiteral("online_async"));
        return combo;
    }
    case Table4Model::AssessmentColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("Not graded"), QString());
        combo->addItem(tr("Formative"), QStringLiteral("formative"));
        combo->addItem(tr("Continuous"), QStringLiteral("continuous"));
        combo->addItem(tr("Final"), QStringLiteral("final"));
        return combo;
    }
    case Table4Model::ClosColumn: return new CloSelector(m_doc->course().clos, parent);
    case Table4Model::QuantityColumn:
    case Table4Model::RateColumn:
    case Table4Model::WeightColumn: {
        auto *edit = new QLineEdit(parent);
        auto *validator = new QDoubleValidator(0, 1e9, 4, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(QLocale::c());
        edit->setValidator(validator);
        if (index.column() == Table4Model::RateColumn) {
            edit->setPlaceholderText(index.data(Table4RateHintRole).toString());
            edit->setToolTip(tr("Blank = the default rate. %1").arg(index.data(Table4RateHintRole).toString()));
        }
        return edit;
    }
    default: return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void Table4Delegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto *clos = dynamic_cast<CloSelector *>(editor)) {
        clos->setSelected(value.toStringList());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && !index.data(Table4IsUnitRole).toBool()) {
        edit->setText(value.isValid() ? num(value.toDouble()) : QString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void Table4Delegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData());
    else if (auto *clos = dynamic_cast<CloSelector *>(editor))
        model->setData(index, clos->selected());
    else if (auto *edit = qobject_cast<QLineEdit *>(editor); edit && !index.data(Table4IsUnitRole).toBool())
        model->setData(index, edit->text());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void Table4Delegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect r = option.rect;
    if (auto *clos = dynamic_cast<CloSelector *>(editor))
        r.setWidth(std::max(r.width(), clos->sizeHint().width()));
    editor->setGeometry(r);
    Q_UNUSED(index)
}

} // namespace mcs

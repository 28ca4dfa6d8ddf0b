#include "ratetableeditdialog.h"

#include "ratetableeditmodel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace mcs {
namespace {

// Minutes with two decimals, up to a day: wider than the default spin box's 99.99.
class MinutesDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setDecimals(2);
        spin->setRange(0, 1440);
        spin->setFrame(false);
        return spin;
    }
};

} // namespace

RateTableEditDialog::RateTableEditDialog(const RateTable &base, int newVersion, QWidget *parent)
    : QDialog(parent)
    , m_version(newVersion)
    , m_model(new RateTableEditModel(base, this))
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New SLT Rate Table: Version %1").arg(newVersion));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A copy of version %1. Change the SLT minutes per unit of any activity type; a blank "
                                "rate in Table 4 takes the default. Courses keep the version they were built with "
                                "until their developers choose to upgrade.")
                                 .arg(base.version()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view->setObjectName(QStringLiteral("rateEditView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MinutesDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RateTableEditModel::LabelColumn, QHeaderView::Stretch);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    layout->addWidget(m_view, 1);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #9c2a00"));
    layout->addWidget(m_problem);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save as Version %1").arg(newVersion));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canSave())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RateTableEditDialog::updateProblem);
    updateProblem();
    resize(720, 520);
}

QString RateTableEditDialog::problemText() const
{
    return m_problem->text();
}

bool RateTableEditDialog::canSave() const
{
    return m_model->problem().isEmpty();
}

std::optional<RateTable> RateTableEditDialog::result() const
{
    return m_model->result(m_version);
}

void RateTableEditDialog::updateProblem()
{
    const QString problem = m_model->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace mcs

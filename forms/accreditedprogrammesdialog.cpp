#include "accreditedprogrammesdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcs {

AccreditedProgrammesDialog::AccreditedProgrammesDialog(const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Accredited Programme Names"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The qualification names of the university's accredited programmes. An MC's title must "
                                "not equal any of them (with or without \"Micro-Credential in\"). Double-click a name "
                                "to edit it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list->setObjectName(QStringLiteral("programmeList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_list->setAlternatingRowColors(true);
    for (const QString &name : names)
        addName(name);
    m_list->setCurrentRow(m_list->count() ? 0 : -1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add->setToolTip(tr("Add a programme name"));
    m_remove->setToolTip(tr("Remove the selected names"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] { addName(); });
    connect(m_remove, &QPushButton::clicked, this, &AccreditedProgrammesDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &AccreditedProgrammesDialog::updateButtons);
    updateButtons();
    resize(560, 420);
}

QStringList AccreditedProgrammesDialog::names() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString name = m_list->item(i)->text().simplified();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out.append(name);
    }
    return out;
}

void AccreditedProgrammesDialog::addName(const QString &name)
{
    auto *item = new QListWidgetItem(name, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    if (name.isEmpty()) {
        m_list->setCurrentItem(item);
        m_list->editItem(item);
    }
}

void AccreditedProgrammesDialog::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    updateButtons();
}

void AccreditedProgrammesDialog::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace mcs

#include "sltratesdialog.h"

#include "ratetablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace mcs {

SltRatesDialog::SltRatesDialog(const RateTable &rates, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("SLT rates"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Rate table version %1 (guideline 2.2): SLT minutes per unit of each activity type. "
                                    "A blank rate in Table 4 takes the default.").arg(rates.version()), this));
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("ratesView"));
    view->setModel(new RateTableModel(rates, view));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 480);
}

} // namespace mcs

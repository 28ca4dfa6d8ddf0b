#include "rateupgradedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace mcs {
namespace {

QString hours(double h)
{
    return QString::number(h, 'f', 2);
}

QString change(double from, double to, int decimals)
{
    const double d = to - from;
    if (std::abs(d) < 0.5 * std::pow(10.0, -decimals))
        return QStringLiteral("—");
    return (d > 0 ? QStringLiteral("+") : QStringLiteral("−")) + QString::number(std::abs(d), 'f', decimals);
}

} // namespace

RateUpgradeDialog::RateUpgradeDialog(const SltFigures &now, const SltFigures &after, const QStringList &unitNames,
                                     QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Upgrade to SLT Rate Table Version %1").arg(after.rateTableVersion));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Table 4 is computed with rate table version %1. Version %2 would change the figures "
                                "below. Rates you chose yourself are kept; blank rates take the new defaults. "
                                "Edit › Undo returns to version %1 in one step.")
                                 .arg(now.rateTableVersion)
                                 .arg(after.rateTableVersion),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    struct Row { QString label, now, after, change; };
    QVector<Row> rows = {
        {tr("Total SLT (hours)"), hours(now.totalHours), hours(after.totalHours),
         change(now.totalHours, after.totalHours, 2)},
        {tr("Credits (hours / 40)"), hours(now.credits), hours(after.credits), change(now.credits, after.credits, 2)},
        {tr("SLT findings"), QString::number(now.findingCount), QString::number(after.findingCount),
         change(now.findingCount, after.findingCount, 0)},
    };
    for (int u = 0; u < now.unitHours.size() && u < after.unitHours.size(); ++u)
        rows.append({tr("%1 (hours)").arg(unitNames.value(u, tr("Unit %1").arg(u + 1))), hours(now.unitHours.at(u)),
                     hours(after.unitHours.at(u)), change(now.unitHours.at(u), after.unitHours.at(u), 2)});

    m_table->setObjectName(QStringLiteral("upgradePreview"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({QString(), tr("Version %1 (now)").arg(now.rateTableVersion),
                                        tr("Version %1").arg(after.rateTableVersion), tr("Change")});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList cells = {rows[r].label, rows[r].now, rows[r].after, rows[r].change};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsEnabled);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (r < 3 && c == 0) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Upgrade to Version %1").arg(after.rateTableVersion));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

} // namespace mcs

#pragma once

#include "sltfigures.h"

#include <QDialog>
#include <QStringList>

class QTableWidget;

namespace mcs {

// "Upgrade to version N…" on the Table 4 tab: how the totals would change (total SLT, credits,
// hours per unit, SLT findings) before the user chooses to upgrade. Accepting applies nothing
// itself: the caller pushes the one undo command.
class RateUpgradeDialog : public QDialog
{
    Q_OBJECT
public:
    // `unitNames` label the per-unit rows ("Unit 1 (Intro)").
    RateUpgradeDialog(const SltFigures &now, const SltFigures &after, const QStringList &unitNames,
                      QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace mcs

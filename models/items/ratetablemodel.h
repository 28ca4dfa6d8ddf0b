#pragma once

#include "ratetable.h"

#include <QAbstractTableModel>

namespace mcs {

// A rate table (2.2) as a read-only table: type, label, unit, SLT minutes per unit (range, fixed
// or "rate required"), default, and whether it is one of 2.2's assessments.
class RateTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, LabelColumn, UnitColumn, RateColumn, DefaultColumn, AssessmentColumn, ColumnCount };

    explicit RateTableModel(RateTable rates, QObject *parent = nullptr);

    const RateTable &rates() const { return m_rates; }
    void setRates(RateTable rates);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RateTable m_rates;
};

} // namespace mcs

#pragma once

#include "ratetable.h"

#include <QAbstractTableModel>

namespace mcs {

// An editable copy of a rate table, for a CFLEX officer drafting the next version (2.2): per
// activity type the minimum, maximum and default SLT minutes. Ranged types edit all three (the
// default becomes a chosen one), fixed types their one rate, "rate required" types nothing.
// A row whose figures cannot go into a version is marked (tooltip and colour); result() checks
// the whole table.
class RateTableEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, UnitColumn, MinColumn, MaxColumn, DefaultColumn, ColumnCount };

    explicit RateTableEditModel(RateTable base, QObject *parent = nullptr);

    const RateTable &base() const { return m_base; }
    const QVector<ActivityRate> &rates() const { return m_rates; }
    // The first problem of any row, translated; empty when every row is fine.
    QString problem() const;
    // The edited copy as `version`; nothing (and *error) while a row has a problem.
    std::optional<RateTable> result(int version, QString *error = nullptr) const;
    bool isChanged() const { return m_rates != m_base.rates(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    RateTable m_base;
    QVector<ActivityRate> m_rates;
};

} // namespace mcs

#include "ratetablemodel.h"

namespace mcs {

namespace {
QString num(double v)
{
    return QString::number(v, 'g', 10);
}
} // namespace

RateTableModel::RateTableModel(RateTable rates, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rates(std::move(rates))
{
}

void RateTableModel::setRates(RateTable rates)
{
    beginResetModel();
    m_rates = std::move(rates);
    endResetModel();
}

int RateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.rates().size());
}

int RateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ActivityRate &r = m_rates.rates().at(index.row());
    switch (index.column()) {
    case KeyColumn: return r.key;
    case LabelColumn: return rateLabel(r);
    case UnitColumn: return rateUnitName(r.unit, false);
    case RateColumn:
        switch (r.kind) {
        case RateKind::Ranged: return r.min == r.max ? num(r.min) : tr("%1–%2").arg(num(r.min), num(r.max));
        case RateKind::Fixed: return tr("fixed %1").arg(num(r.min));
        case RateKind::Required: return tr("given per activity");
        }
        return {};
    case DefaultColumn: {
        const auto d = r.defaultRate();
        return d ? num(*d) : QString();
    }
    case AssessmentColumn: return r.assessment ? tr("yes") : QString();
    default: return {};
    }
}

QVariant RateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case LabelColumn: return tr("Activity");
    case UnitColumn: return tr("Unit");
    case RateColumn: return tr("SLT min per unit");
    case DefaultColumn: return tr("Default");
    case AssessmentColumn: return tr("Assessment");
    default: return {};
    }
}

} // namespace mcs

#include "ratetableeditmodel.h"

#include <QBrush>
#include <QColor>

namespace mcs {

RateTableEditModel::RateTableEditModel(RateTable base, QObject *parent)
    : QAbstractTableModel(parent)
    , m_base(std::move(base))
    , m_rates(m_base.rates())
{
}

QString RateTableEditModel::problem() const
{
    for (const ActivityRate &r : m_rates)
        if (const QString p = r.editProblem(); !p.isEmpty())
            return p;
    return QString();
}

std::optional<RateTable> RateTableEditModel::result(int version, QString *error) const
{
    return m_base.newVersion(version, m_rates, error);
}

int RateTableEditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rates.size());
}

int RateTableEditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RateTableEditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ActivityRate &r = m_rates.at(index.row());
    const QString problem = r.editProblem();
    if (role == Qt::ToolTipRole) {
        if (!problem.isEmpty())
            return problem;
        if (r.kind == RateKind::Required)
            return tr("No guideline rate: the developer gives the rate of each activity.");
        if (r.kind == RateKind::Fixed)
            return tr("A fixed rate: minimum, maximum and default are the same.");
        return tr("SLT minutes per %1; a blank rate in Table 4 takes the default.").arg(r.unit);
    }
    if (role == Qt::BackgroundRole && !problem.isEmpty() && index.column() >= MinColumn)
        return QBrush(QColor(0xf8, 0xd7, 0xd3));
    if (role == Qt::TextAlignmentRole && index.column() >= MinColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case LabelColumn: return r.label;
    case UnitColumn: return r.unit;
    default: break;
    }
    if (r.kind == RateKind::Required)
        return role == Qt::DisplayRole && index.column() == MinColumn ? QVariant(tr("given per activity")) : QVariant();
    switch (index.column()) {
    case MinColumn: return r.min;
    case MaxColumn: return r.max;
    case DefaultColumn: return *r.defaultRate();
    default: return {};
    }
}

bool RateTableEditModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok)
        return false;
    ActivityRate &r = m_rates[index.row()];
    const QString before = problem();
    if (r.kind == RateKind::Fixed) {
        r.min = r.max = v; // one rate, shown in every column
    } else {
        switch (index.column()) {
        case MinColumn: r.min = v; break;
        case MaxColumn: r.max = v; break;
        case DefaultColumn: r.preferred = v; break;
        default: return false;
        }
    }
    Q_EMIT dataChanged(this->index(index.row(), MinColumn), this->index(index.row(), DefaultColumn));
    if (const QString now = problem(); now != before)
        Q_EMIT problemChanged(now);
    return true;
}

Qt::ItemFlags RateTableEditModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() >= MinColumn && m_rates.at(index.row()).kind != RateKind::Required)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RateTableEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn: return tr("Activity");
    case UnitColumn: return tr("Per");
    case MinColumn: return tr("Minimum (min)");
    case MaxColumn: return tr("Maximum (min)");
    case DefaultColumn: return tr("Default (min)");
    default: return {};
    }
}

} // namespace mcs

#include "mergechoicemodel.h"

#include "itemroles.h"

#include <QBrush>
#include <QFont>

namespace mcs {
namespace {

QString shortened(const QString &text)
{
    QString oneLine = text;
    oneLine.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return oneLine.size() > 90 ? oneLine.left(89) + QChar(0x2026) : oneLine;
}

} // namespace

MergeChoiceModel::MergeChoiceModel(const CourseMerge &merge, QObject *parent)
    : QAbstractTableModel(parent)
    , m_merge(merge)
{
}

QString MergeChoiceModel::changeLine(const CourseChange &c)
{
    switch (c.kind) {
    case CourseChange::Kind::Added: return tr("%1: added %2").arg(c.label, shortened(c.newValue));
    case CourseChange::Kind::Removed: return tr("%1: removed %2").arg(c.label, shortened(c.oldValue));
    case CourseChange::Kind::Changed: {
        // An empty side (a date not yet set, a cleared field) is named, not left as a gap.
        const QString empty = tr("(empty)");
        return tr("%1: %2 → %3")
            .arg(c.label, c.oldValue.trimmed().isEmpty() ? empty : shortened(c.oldValue),
                 c.newValue.trimmed().isEmpty() ? empty : shortened(c.newValue));
    }
    }
    return {};
}

int MergeChoiceModel::undecidedCount() const
{
    int n = 0;
    for (const MergeItem &i : m_merge.items())
        n += i.conflict && !m_choices.contains(i.key);
    return n;
}

std::optional<MergeSide> MergeChoiceModel::sideOf(int row) const
{
    const MergeItem &i = item(row);
    if (i.conflict) {
        if (!m_choices.contains(i.key))
            return std::nullopt;
        return m_choices.value(i.key);
    }
    return i.mineChanged && !i.theirsChanged ? MergeSide::Mine : MergeSide::Theirs;
}

void MergeChoiceModel::setChoice(int row, MergeSide side)
{
    const MergeItem &i = item(row);
    if (!i.conflict || (m_choices.contains(i.key) && m_choices.value(i.key) == side))
        return;
    m_choices.insert(i.key, side);
    Q_EMIT dataChanged(index(row, TheirsColumn), index(row, MineColumn));
    Q_EMIT decisionsChanged();
}

void MergeChoiceModel::chooseAll(MergeSide side)
{
    for (int row = 0; row < rowCount(); ++row)
        setChoice(row, side);
}

int MergeChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_merge.items().size());
}

int MergeChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MergeItem &i = item(index.row());
    if (role == MergeKeyRole)
        return i.key;
    const std::optional<MergeSide> side = sideOf(index.row());
    switch (index.column()) {
    case PartColumn:
        if (role == Qt::DisplayRole)
            return i.conflict ? tr("%1 (conflict)").arg(i.label) : i.label;
        if (role == Qt::FontRole && i.conflict) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ToolTipRole)
            return i.conflict ? tr("Changed on the server and in your copy: choose which to keep")
                              : tr("Changed on one side only: taken from there");
        return {};
    case TheirsColumn:
    case MineColumn: {
        const bool mineColumn = index.column() == MineColumn;
        const QVector<CourseChange> &changes = mineColumn ? i.mineChanges : i.theirsChanges;
        const bool changed = mineColumn ? i.mineChanged : i.theirsChanged;
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (!changed)
                return tr("unchanged");
            QStringList lines;
            for (const CourseChange &c : changes)
                lines << changeLine(c);
            return lines.isEmpty() ? tr("changed") : lines.join(QLatin1Char('\n'));
        }
        if (role == Qt::CheckStateRole)
            return side && *side == (mineColumn ? MergeSide::Mine : MergeSide::Theirs) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    default:
        return {};
    }
}

bool MergeChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() == PartColumn || !item(index.row()).conflict)
        return false;
    if (value.toInt() != Qt::Checked)
        return false; // a choice is changed by checking the other side
    setChoice(index.row(), index.column() == MineColumn ? MergeSide::Mine : MergeSide::Theirs);
    return true;
}

Qt::ItemFlags MergeChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != PartColumn && item(index.row()).conflict)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MergeChoiceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartColumn: return tr("Part of the course");
    case TheirsColumn: return tr("Server's change (keep theirs)");
    case MineColumn: return tr("My change (keep mine)");
    default: return {};
    }
}

} // namespace mcs

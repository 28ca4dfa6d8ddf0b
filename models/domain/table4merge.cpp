#include "table4merge.h"

#include "coursediff.h"

#include <QCoreApplication>

#include <functional>

namespace mcs {
namespace {

// lupdate files these strings under mcs::CourseMerge, with the other parts' labels.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseMerge)
};

const QString kOrderKey = QStringLiteral("table4.order");

bool sameBody(const LearningUnit &a, const LearningUnit &b)
{
    return a.title == b.title && a.activities == b.activities;
}

// The same unit content at index `ia` of one copy and `ib` of another. A number that stayed, or
// moved with the unit's position (units renumbered after an insertion), is no change.
bool sameUnit(const LearningUnit &a, int ia, const LearningUnit &b, int ib)
{
    return sameBody(a, b) && (a.number == b.number || b.number - a.number == ib - ia);
}

bool numberedByPosition(const Table4 &t)
{
    for (int i = 0; i < t.units.size(); ++i)
        if (t.units[i].number != i + 1)
            return false;
    return true;
}

// For each unit of `side`, the index of the base unit it is, or -1 for a unit added there.
QVector<int> matchToBase(const QVector<LearningUnit> &base, const QVector<LearningUnit> &side)
{
    QVector<int> baseOf(side.size(), -1);
    QVector<bool> taken(base.size(), false);
    auto match = [&](int i, int j) {
        baseOf[j] = i;
        taken[i] = true;
    };
    // The diff's alignment first. It keeps the order, so a moved unit is left over on both sides;
    // a pair made only by position waits until the moves are found.
    QVector<RowPair> byPosition;
    for (const RowPair &p : alignUnits(base, side)) {
        if (p.a < 0 || p.b < 0)
            continue;
        if (base[p.a].title == side[p.b].title)
            match(p.a, p.b);
        else
            byPosition.append(p);
    }
    auto matchMoved = [&](const std::function<bool(const LearningUnit &, const LearningUnit &)> &same) {
        for (int j = 0; j < side.size(); ++j) {
            if (baseOf[j] >= 0)
                continue;
            for (int i = 0; i < base.size(); ++i) {
                if (!taken[i] && same(base[i], side[j])) {
                    match(i, j);
                    break;
                }
            }
        }
    };
    matchMoved(sameBody);
    matchMoved([](const LearningUnit &a, const LearningUnit &b) { return !a.title.isEmpty() && a.title == b.title; });
    for (const RowPair &p : byPosition)
        if (baseOf[p.b] < 0 && !taken[p.a])
            match(p.a, p.b);
    return baseOf;
}

// Places unit `u` of `reference` (a copy's order) into `order`: after the unit it follows in that
// copy, and after the units placed there since that the copy does not hold (another copy's
// additions at the same place come first).
void placeAfterPredecessor(QVector<int> *order, const QVector<int> &reference, int u)
{
    const int at = int(reference.indexOf(u));
    int pos = 0;
    for (int k = at - 1; k >= 0; --k) {
        const int found = int(order->indexOf(reference[k]));
        if (found >= 0) {
            pos = found + 1;
            break;
        }
    }
    while (pos < order->size() && !reference.contains(order->at(pos)))
        ++pos;
    order->insert(pos, u);
}

// The units for which `present` holds, in the order of the first sequence, the others placed
// after their predecessors in the later sequences.
QVector<int> arrange(const QVector<QVector<int>> &sequences, const std::function<bool(int)> &present)
{
    QVector<int> order;
    for (int s = 0; s < sequences.size(); ++s)
        for (int u : sequences[s])
            if (present(u) && !order.contains(u)) {
                if (s == 0)
                    order.append(u);
                else
                    placeAfterPredecessor(&order, sequences[s], u);
            }
    return order;
}

bool increasing(const QVector<int> &values)
{
    for (int i = 1; i < values.size(); ++i)
        if (values[i] <= values[i - 1])
            return false;
    return true;
}

QString unitName(const LearningUnit &u)
{
    return u.title.isEmpty() ? Tr::tr("Unit %1").arg(u.number) : Tr::tr("Unit %1: %2").arg(u.number).arg(u.title);
}

// A unit's part already names the unit: its changes inside the unit drop the unit's name from
// their labels ("activity 2 · Quantity"); a whole unit added or removed keeps it.
QVector<CourseChange> withinUnit(QVector<CourseChange> changes, const LearningUnit *unit)
{
    if (!unit)
        return changes;
    const QString prefix = learningUnitLabel(*unit) + QStringLiteral(" · ");
    for (CourseChange &c : changes)
        if (c.label.startsWith(prefix))
            c.label.remove(0, prefix.size());
    return changes;
}

MergeSide other(MergeSide side)
{
    return side == MergeSide::Mine ? MergeSide::Theirs : MergeSide::Mine;
}

} // namespace

Table4Merge::Table4Merge(const Table4 &base, const Table4 &mine, const Table4 &theirs)
    : m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_positional(numberedByPosition(base) && numberedByPosition(mine) && numberedByPosition(theirs))
{
    for (int i = 0; i < base.units.size(); ++i) {
        Unit u;
        u.base = i;
        u.key = QStringLiteral("table4.units[base%1]").arg(i + 1);
        m_units.append(u);
    }
    const QVector<int> mineBase = matchToBase(base.units, mine.units);
    const QVector<int> theirsBase = matchToBase(base.units, theirs.units);
    QVector<int> addedMine;
    QVector<int> addedTheirs;
    for (int j = 0; j < mineBase.size(); ++j) {
        if (mineBase[j] >= 0)
            m_units[mineBase[j]].mine = j;
        else
            addedMine.append(j);
    }
    for (int k = 0; k < theirsBase.size(); ++k) {
        if (theirsBase[k] >= 0)
            m_units[theirsBase[k]].theirs = k;
        else
            addedTheirs.append(k);
    }
    // A unit added on both sides with the same content, or else the same title, is one unit.
    QVector<int> partner(addedMine.size(), -1);
    QVector<bool> paired(addedTheirs.size(), false);
    auto pairAdded = [&](const std::function<bool(const LearningUnit &, const LearningUnit &)> &same) {
        for (int a = 0; a < addedMine.size(); ++a) {
            if (partner[a] >= 0)
                continue;
            for (int t = 0; t < addedTheirs.size(); ++t) {
                if (!paired[t] && same(mine.units[addedMine[a]], theirs.units[addedTheirs[t]])) {
                    partner[a] = addedTheirs[t];
                    paired[t] = true;
                    break;
                }
            }
        }
    };
    pairAdded(sameBody);
    pairAdded([](const LearningUnit &a, const LearningUnit &b) { return !a.title.isEmpty() && a.title == b.title; });
    for (int a = 0; a < addedMine.size(); ++a) {
        Unit u;
        u.mine = addedMine[a];
        u.theirs = partner[a];
        u.key = QStringLiteral("table4.units[mine%1]").arg(u.mine + 1);
        m_units.append(u);
    }
    for (int t = 0; t < addedTheirs.size(); ++t) {
        if (paired[t])
            continue;
        Unit u;
        u.theirs = addedTheirs[t];
        u.key = QStringLiteral("table4.units[theirs%1]").arg(u.theirs + 1);
        m_units.append(u);
    }

    for (Unit &u : m_units) {
        auto changedOn = [&](const Table4 &side, int index) {
            if (u.base < 0)
                return index >= 0;
            return index < 0 || !sameUnit(base.units[u.base], u.base, side.units[index], index);
        };
        u.mineChanged = changedOn(mine, u.mine);
        u.theirsChanged = changedOn(theirs, u.theirs);
        const bool sameOnBoth = u.mine < 0 && u.theirs < 0
            ? true
            : u.mine >= 0 && u.theirs >= 0 && sameUnit(mine.units[u.mine], u.mine, theirs.units[u.theirs], u.theirs);
        u.conflict = u.mineChanged && u.theirsChanged && !sameOnBoth;
    }

    // Reordered: the units kept from the base no longer in the base's order.
    auto baseIndexes = [&](MergeSide side, bool onlyOnBoth) {
        QVector<int> out;
        for (int k : sequence(side)) {
            const Unit &u = m_units[k];
            if (u.base >= 0 && (!onlyOnBoth || (u.mine >= 0 && u.theirs >= 0)))
                out.append(u.base);
        }
        return out;
    };
    m_mineReordered = !increasing(baseIndexes(MergeSide::Mine, false));
    m_theirsReordered = !increasing(baseIndexes(MergeSide::Theirs, false));
    m_orderConflict = m_mineReordered && m_theirsReordered
        && baseIndexes(MergeSide::Mine, true) != baseIndexes(MergeSide::Theirs, true);

    auto unitOf = [&](const Unit &u, MergeSide side) -> const LearningUnit * {
        if (side == MergeSide::Mine)
            return u.mine >= 0 ? &mine.units[u.mine] : nullptr;
        return u.theirs >= 0 ? &theirs.units[u.theirs] : nullptr;
    };
    if (m_mineReordered || m_theirsReordered) {
        MergeItem item;
        item.key = kOrderKey;
        item.label = Tr::tr("Table 4 – Order of units");
        item.section = CourseSection::Table4;
        item.mineChanged = m_mineReordered;
        item.theirsChanged = m_theirsReordered;
        item.conflict = m_orderConflict;
        auto orderText = [&](const QVector<int> &sequence, const std::function<const LearningUnit *(const Unit &)> &unit) {
            QStringList names;
            for (int k : sequence)
                if (m_units[k].base >= 0)
                    if (const LearningUnit *x = unit(m_units[k]))
                        names << (x->title.isEmpty() ? unitName(*x) : x->title);
            return names.join(QLatin1Char('\n'));
        };
        const QString before = orderText(baseSequence(), [&](const Unit &u) { return &base.units[u.base]; });
        for (MergeSide side : {MergeSide::Mine, MergeSide::Theirs}) {
            if (side == MergeSide::Mine ? !m_mineReordered : !m_theirsReordered)
                continue;
            const CourseChange change{CourseSection::Table4, CourseChange::Kind::Changed, kOrderKey, Tr::tr("Order of units"),
                                      before, orderText(sequence(side), [&](const Unit &u) { return unitOf(u, side); })};
            (side == MergeSide::Mine ? item.mineChanges : item.theirsChanges).append(change);
        }
        m_items.append(item);
    }

    // The parts in the order of the merged table as it comes out when no conflict goes my way.
    const MergeSide first = orderSide({});
    for (int k : arrange({sequence(first), sequence(other(first)), baseSequence()}, [](int) { return true; })) {
        const Unit &u = m_units[k];
        if (!u.mineChanged && !u.theirsChanged)
            continue;
        MergeItem item;
        item.key = u.key;
        item.label = label(u);
        item.section = CourseSection::Table4;
        item.mineChanged = u.mineChanged;
        item.theirsChanged = u.theirsChanged;
        item.conflict = u.conflict;
        const LearningUnit *b = u.base >= 0 ? &base.units[u.base] : nullptr;
        const LearningUnit *m = unitOf(u, MergeSide::Mine);
        const LearningUnit *t = unitOf(u, MergeSide::Theirs);
        if (u.mineChanged)
            item.mineChanges = withinUnit(diffLearningUnit(b, u.base, m, u.mine), m);
        if (u.theirsChanged)
            item.theirsChanges = withinUnit(diffLearningUnit(b, u.base, t, u.theirs), t);
        m_items.append(item);
    }
}

QString Table4Merge::label(const Unit &u) const
{
    // The unit as it is named after the change: my copy's when I changed it (the person checking
    // in knows it so), else the server's, else what is left.
    const LearningUnit &unit = u.mineChanged && u.mine >= 0 ? m_mine.units[u.mine]
        : u.theirs >= 0                                     ? m_theirs.units[u.theirs]
        : u.mine >= 0                                       ? m_mine.units[u.mine]
                                                            : m_base.units[u.base];
    return Tr::tr("Table 4 – %1").arg(unitName(unit));
}

MergeSide Table4Merge::sideOf(const Unit &u, const QHash<QString, MergeSide> &choices) const
{
    if (u.conflict)
        return choices.value(u.key, MergeSide::Theirs);
    return u.mineChanged && !u.theirsChanged ? MergeSide::Mine : MergeSide::Theirs;
}

MergeSide Table4Merge::orderSide(const QHash<QString, MergeSide> &choices) const
{
    if (m_orderConflict)
        return choices.value(kOrderKey, MergeSide::Theirs);
    return m_mineReordered && !m_theirsReordered ? MergeSide::Mine : MergeSide::Theirs;
}

QVector<int> Table4Merge::sequence(MergeSide side) const
{
    const Table4 &table = side == MergeSide::Mine ? m_mine : m_theirs;
    QVector<int> out(table.units.size(), -1);
    for (int k = 0; k < m_units.size(); ++k) {
        const int index = side == MergeSide::Mine ? m_units[k].mine : m_units[k].theirs;
        if (index >= 0)
            out[index] = k;
    }
    return out;
}

QVector<int> Table4Merge::baseSequence() const
{
    QVector<int> out;
    for (int k = 0; k < m_units.size(); ++k)
        if (m_units[k].base >= 0)
            out.append(k); // base units come first in m_units, in base order
    return out;
}

QVector<LearningUnit> Table4Merge::mergedUnits(const QHash<QString, MergeSide> &choices) const
{
    auto versionOf = [&](int k) -> const LearningUnit * {
        const Unit &u = m_units[k];
        if (sideOf(u, choices) == MergeSide::Mine)
            return u.mine >= 0 ? &m_mine.units[u.mine] : nullptr;
        return u.theirs >= 0 ? &m_theirs.units[u.theirs] : nullptr;
    };
    const MergeSide first = orderSide(choices);
    QVector<LearningUnit> out;
    for (int k : arrange({sequence(first), sequence(other(first))}, [&](int i) { return versionOf(i) != nullptr; })) {
        LearningUnit unit = *versionOf(k);
        if (m_positional)
            unit.number = int(out.size()) + 1;
        out.append(unit);
    }
    return out;
}

} // namespace mcs

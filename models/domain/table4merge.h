#pragma once

#include "coursemerge.h"
#include "table4.h"

#include <QHash>
#include <QVector>

namespace mcs {

// The three-way merge of Table 4's learning units for CourseMerge: each unit is its own part, so
// a unit edited offline and another edited on the server both survive a check-in.
//
// A unit has no stored identity (saving replaces the rows), so the units of each side are matched
// to the checked-out base ones the way diffCourses aligns them (equal title and activities, then
// equal title, then position), and then across moves (a unit moved elsewhere, with or without
// edits, is still the same unit). A unit is keyed by where it was: "table4.units[base3]" for the
// base's third unit, "table4.units[mine2]" / "table4.units[theirs4]" for one added on that side
// (a unit added on both sides with the same title or content is one part, keyed by mine).
//
// A unit changed on one side only (edited, added, removed) takes that side's version; changed on
// both sides identically (or removed on both) is no conflict; otherwise, including removed on one
// side and edited on the other, it is a conflict to decide. Units moved on one side keep that
// side's order ("table4.order"; a conflict when both sides reordered them differently); units
// added on the other side go after the unit they follow there, after the server's own additions.
// Unit numbers follow positions when every copy numbers its units 1, 2, 3...; otherwise each unit
// keeps the number of the version taken.
class Table4Merge
{
public:
    Table4Merge(const Table4 &base, const Table4 &mine, const Table4 &theirs);

    // The unit parts changed on at least one side (and "table4.order" first when units were
    // reordered), in the order of the merged table.
    const QVector<MergeItem> &items() const { return m_items; }

    // The merged units, each conflict decided by `choices` (an undecided one keeps the server's).
    QVector<LearningUnit> mergedUnits(const QHash<QString, MergeSide> &choices) const;

private:
    struct Unit
    {
        int base = -1; // index in each copy, -1 when not there
        int mine = -1;
        int theirs = -1;
        QString key;
        bool mineChanged = false;
        bool theirsChanged = false;
        bool conflict = false;
    };

    MergeSide sideOf(const Unit &u, const QHash<QString, MergeSide> &choices) const;
    MergeSide orderSide(const QHash<QString, MergeSide> &choices) const;
    QVector<int> sequence(MergeSide side) const; // indexes into m_units in that copy's order
    QVector<int> baseSequence() const;
    QString label(const Unit &u) const;

    Table4 m_base;
    Table4 m_mine;
    Table4 m_theirs;
    bool m_positional = true; // every copy numbers its units by position
    QVector<Unit> m_units;
    bool m_mineReordered = false;
    bool m_theirsReordered = false;
    bool m_orderConflict = false;
    QVector<MergeItem> m_items;
};

} // namespace mcs

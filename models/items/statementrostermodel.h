#pragma once

#include "statementrepository.h"

#include <QAbstractTableModel>

namespace mcs {

class Database;

// Where a learner's statement stands (Appendix 1; 3, 4).
enum class StatementState {
    NotEligible,     // no pass
    AwaitingSenate,  // a pass Senate has not confirmed yet
    Ready,           // eligible, not issued yet
    Issued,
    Revoked,
};

// The learners of one offering with result and statement, read-only. NRICs are shown masked;
// the full number never reaches a list.
class StatementRosterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LearnerColumn, IdentityColumn, MarksColumn, GradeColumn, ResultColumn, SenateColumn, SerialColumn,
                  StatusColumn, ColumnCount };

    explicit StatementRosterModel(QObject *parent = nullptr);

    // Reloads from the database (one query); an offering id of 0 empties the list.
    bool load(Database &db, qint64 offeringId, QString *error);
    void setRoster(QVector<RosterEntry> roster);
    const RosterEntry &entry(int row) const { return m_roster.at(row); }
    static StatementState stateOf(const RosterEntry &entry);
    // Learners per state, for the summary line.
    int count(StatementState state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<RosterEntry> m_roster;
};

} // namespace mcs

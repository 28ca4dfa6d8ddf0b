#include "statementrostermodel.h"

#include "itemroles.h"
#include "nric.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace mcs {

StatementRosterModel::StatementRosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool StatementRosterModel::load(Database &db, qint64 offeringId, QString *error)
{
    QVector<RosterEntry> roster;
    if (offeringId != 0 && !StatementRepository(db).roster(offeringId, &roster, error))
        return false;
    setRoster(std::move(roster));
    return true;
}

void StatementRosterModel::setRoster(QVector<RosterEntry> roster)
{
    beginResetModel();
    m_roster = std::move(roster);
    endResetModel();
}

StatementState StatementRosterModel::stateOf(const RosterEntry &e)
{
    if (e.statement)
        return e.statement->isRevoked() ? StatementState::Revoked : StatementState::Issued;
    if (e.enrolment.result != ResultStatus::Pass)
        return StatementState::NotEligible;
    return e.enrolment.isSenateApproved() ? StatementState::Ready : StatementState::AwaitingSenate;
}

int StatementRosterModel::count(StatementState state) const
{
    return int(std::count_if(m_roster.cbegin(), m_roster.cend(), [state](const RosterEntry &e) { return stateOf(e) == state; }));
}

int StatementRosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roster.size());
}

int StatementRosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementRosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterEntry &e = m_roster.at(index.row());
    const StatementState state = stateOf(e);
    switch (role) {
    case EnrolmentIdRole: return e.enrolment.id;
    case StatementSerialRole: return e.statement ? e.statement->serial : QString();
    case StatementStateRole: return int(state);
    case Qt::TextAlignmentRole:
        return index.column() == MarksColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && state == StatementState::Revoked)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (index.column() == StatusColumn && state == StatementState::Issued)
            return QBrush(QColor(0x1e, 0x6b, 0x30));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && state == StatementState::Revoked)
            return tr("Revoked on %1: %2")
                .arg(QLocale().toString(e.statement->revokedAt.toLocalTime().date(), QLocale::ShortFormat),
                     e.statement->revocationReason);
        return {};
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case LearnerColumn: return e.learner.name;
    case IdentityColumn:
        // Lists never show an NRIC in full (domain.md "Offering, results, certification": identity preserved).
        return e.learner.isInternational() ? tr("%1 (%2)").arg(e.learner.passportNo, e.learner.nationality)
                                           : maskNric(e.learner.nric);
    case MarksColumn: return e.enrolment.marks ? QLocale().toString(*e.enrolment.marks, 'f', 1) : QString();
    case GradeColumn: return e.enrolment.grade;
    case ResultColumn:
        switch (e.enrolment.result) {
        case ResultStatus::Enrolled: return tr("Enrolled");
        case ResultStatus::Pass: return tr("Pass");
        case ResultStatus::Fail: return tr("Fail");
        case ResultStatus::Withdrawn: return tr("Withdrawn");
        }
        return {};
    case SenateColumn:
        return e.enrolment.senateApprovedOn.isValid() ? QLocale().toString(e.enrolment.senateApprovedOn, QLocale::ShortFormat)
                                                      : QString();
    case SerialColumn: return e.statement ? e.statement->serial : QString();
    case StatusColumn:
        switch (state) {
        case StatementState::NotEligible: return tr("Not eligible");
        case StatementState::AwaitingSenate: return tr("Awaiting Senate approval");
        case StatementState::Ready: return tr("Ready to issue");
        case StatementState::Issued:
            return tr("Issued %1").arg(QLocale().toString(e.statement->issuedAt.toLocalTime().date(), QLocale::ShortFormat));
        case StatementState::Revoked: return tr("Revoked: %1").arg(e.statement->revocationReason);
        }
    }
    return {};
}

QVariant StatementRosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LearnerColumn: return tr("Learner");
    case IdentityColumn: return tr("NRIC / passport");
    case MarksColumn: return tr("Marks");
    case GradeColumn: return tr("Grade");
    case ResultColumn: return tr("Result");
    case SenateColumn: return tr("Senate approved");
    case SerialColumn: return tr("Serial");
    case StatusColumn: return tr("Statement");
    }
    return {};
}

} // namespace mcs

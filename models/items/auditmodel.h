#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>
#include <QVector>

namespace mcs {

class Database;

// The audit trail for CFLEX's Audit view: newest first, filtered by person, course and dates
// (AuditRepository), with a one-line summary of what changed in each row.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, Action, Table, Course, Changes, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);

    bool refresh(Database &db, const AuditFilter &filter, QString *error);
    void setEntries(QVector<AuditEntry> entries);
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    // "title: “A” → “B”; status: draft → submitted" from the old and new JSON objects; the
    // bookkeeping columns (row version, updated at/by) are left out.
    static QString changeSummary(const QString &oldJson, const QString &newJson);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<AuditEntry> m_entries;
    QStringList m_summaries;
};

} // namespace mcs

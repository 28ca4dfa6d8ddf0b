#pragma once

#include <QDateTime>
#include <QString>

namespace mcs {

// One line of the audit trail: who changed which record when, with the old and new values
// (JSON text). Written by the store (on the server by triggers), never edited.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString who;
    QString tableName;
    QString recordId;
    QString oldValues;
    QString newValues;
};

} // namespace mcs

#pragma once

#include <QDate>
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
    qint64 courseId = 0;  // the course the record belongs to; 0 when none
    QString courseCode;   // its code, when the course still exists
};

// What the Audit view asks for; empty members do not filter.
struct AuditFilter
{
    QString who;        // the login
    qint64 courseId = 0;
    QDate from;         // inclusive, UTC dates
    QDate to;           // inclusive
    QString tableName;
    int limit = 2000;   // the newest first
};

} // namespace mcs

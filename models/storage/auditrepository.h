#pragma once

#include "auditentry.h"

#include <QStringList>
#include <QVector>

namespace mcs {

class Database;

// Reads the audit trail (written by triggers only: on the server by the security layer's
// mcs_audit(), on a local file by the schema's SQLite triggers). One query per call.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db);

    bool query(const AuditFilter &filter, QVector<AuditEntry> *out, QString *error) const;
    // The logins that appear in the trail, for the Audit view's person filter.
    bool people(QStringList *out, QString *error) const;

private:
    Database &m_db;
};

} // namespace mcs

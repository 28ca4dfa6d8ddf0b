#pragma once

#include "database.h"

#include <QString>
#include <QStringList>

namespace mcs {

// The versioned schema (DESIGN.md habit 6): an ordered list of migrations, each taking the
// database from version N-1 to N in one transaction. The same tables on SQLite and PostgreSQL;
// column types differ only through the dialect tokens resolved here.
//   v1: courses (form, lecturers, CLOs, assessment, Table 4, milestones, attachments), people and
//       roles, SLT rate tables, audit log
//   v2: offerings, learners, enrolments (results) and statements
//   v3: a course's declared hands-on nature (1.5 i) and professional body (1.5 g)
//   v4: issuer key, serial counters, issuer settings, one statement per enrolment
//   v5: workflow transitions (the comment thread), SME assignments, audit rows per course
//   v6: course versions (snapshots) and offline check-outs
class Schema
{
public:
    static constexpr int kCurrentVersion = 6;
    // PRAGMA application_id of every MC Studio SQLite file ("MCST").
    static constexpr qint32 kSqliteApplicationId = 0x4D435354;

    // What an opened database holds before migration.
    struct Probe
    {
        bool empty = true;   // no tables at all: a new database
        bool ours = false;   // an MC Studio database
        int version = 0;     // its schema version when ours
    };
    static bool probe(Database &db, Probe *probe, QString *error);

    // Applies migrations from+1 .. to in one transaction; on PostgreSQL under an advisory lock, so
    // two clients opening an old server database at once migrate it once.
    static bool migrate(Database &db, int from, int to, QString *error);

    // The DDL of one migration in the backend's dialect (exposed for tests and documentation).
    static QStringList migrationStatements(int version, Database::Backend backend);
};

} // namespace mcs

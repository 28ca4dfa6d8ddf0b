#pragma once

#include "course.h"
#include "coursemerge.h"
#include "storeresult.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace mcs {

class Database;

// Where a course in a local file came from (issue 9 "Offline check-out"): the database it was
// copied from, the course's id and row version there, and the course as it was then — the base
// of the three-way merge when it is checked in again.
struct CheckoutRecord
{
    qint64 localCourseId = 0;
    QString source;          // the source's location: server URL without password, or absolute file path
    qint64 sourceCourseId = 0;
    qint64 baseRowVersion = 0;
    Course base;
    QDateTime checkedOutAt;
    QString checkedOutBy;
};

// A check-in about to happen: my local copy, the server's copy now and how they merge.
struct CheckInPlan
{
    CheckoutRecord record;
    Course mine;
    std::optional<Course> theirs; // nothing when the course was deleted on the server
    bool serverDeleted() const { return !theirs.has_value(); }
    // Someone saved the server copy since it was checked out.
    bool serverChanged() const { return theirs && theirs->rowVersion != record.baseRowVersion; }
    CourseMerge merge() const { return CourseMerge(record.base, mine, theirs ? *theirs : record.base); }
};

// Taking a course from a server (or any database) into a local SQLite file to work without a
// network, and sending it back. The copy back never overwrites a newer server copy silently:
// when the server's row version moved on, the caller merges (CourseMerge) and decides every
// conflicting part before commit() writes anything.
class CourseCheckout
{
public:
    // A stable name for a database: the server URL (no password) or the absolute file path.
    static QString sourceName(const Database &db);

    // Copies the course with this code from `source` into `local` and records where it came from.
    // Refused (DuplicateCode) when the local file already holds a course with that code.
    static StoreResult checkOut(Database &source, const QString &code, Database &local, const QString &user,
                                CheckoutRecord *record = nullptr);

    // Every checked-out course in a local file.
    static bool records(Database &local, QVector<CheckoutRecord> *out, QString *error);

    // Reads my copy and the server's copy for one check-out. Fails (nothing returned) when
    // `server` is not the database the course was checked out from.
    static std::optional<CheckInPlan> prepare(Database &server, Database &local, const CheckoutRecord &record,
                                              QString *error);

    // Sends `result` (my copy, or a merge of mine and theirs) to the server in one transaction
    // that also keeps a "checked in" version; refused with Conflict when the server copy changed
    // after prepare(). Then the local copy and its record are brought up to the server's new
    // state, so work can go on offline and be checked in again. When the result equals the
    // server's copy nothing is written there.
    static StoreResult commit(Database &server, Database &local, const CheckInPlan &plan, const Course &result,
                              const QString &user, Course *stored = nullptr);
};

} // namespace mcs

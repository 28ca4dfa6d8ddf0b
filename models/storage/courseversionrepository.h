#pragma once

#include "course.h"
#include "storeresult.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

namespace mcs {

class Database;

// One stored version of a course: the whole course as its exchange JSON (courseexchange.h),
// numbered 1, 2, ... per course (issue 9 "Versions and diff").
struct CourseVersion
{
    qint64 id = 0;
    qint64 courseId = 0;
    int number = 0;
    QDateTime takenAt;
    QString takenBy;
    QString reason;          // a key: "submitted", "saved", "checked_in"
    qint64 courseRowVersion = 0; // the course's row version the snapshot shows
};

// Why a version was taken, for people.
QString courseVersionReasonName(const QString &reason);

namespace CourseVersionReason {
inline QString submitted() { return QStringLiteral("submitted"); }
inline QString saved() { return QStringLiteral("saved"); }
inline QString checkedIn() { return QStringLiteral("checked_in"); }
} // namespace CourseVersionReason

// The version history of courses, on both backends. A snapshot is taken on every submission
// (the workflow calls takeSnapshot), on "Save version" and on every offline check-in.
class CourseVersionRepository
{
public:
    explicit CourseVersionRepository(Database &db);

    // Stores the course (which must have been saved: course.id != 0) as the next version of it,
    // inside the caller's transaction when there is one.
    StoreResult takeSnapshot(const Course &course, const QString &reason, const QString &user,
                             CourseVersion *taken = nullptr);
    // The course's versions, newest first (without their snapshots).
    bool list(qint64 courseId, QVector<CourseVersion> *out, QString *error) const;
    // The course as it was in one version; id and row version are those of the stored course
    // at the time, created/updated by/at empty.
    std::optional<Course> load(qint64 versionId, QString *error) const;

    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace mcs

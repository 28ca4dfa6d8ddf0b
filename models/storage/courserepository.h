#pragma once

#include "course.h"
#include "coursesummary.h"
#include "portfolio.h"
#include "storeresult.h"

#include <QDateTime>
#include <QVector>

#include <functional>
#include <optional>

namespace mcs {

class Database;

// Courses in the database. Reading the navigator list costs one query whatever the number of
// courses; loading a course a fixed handful; saving is one transaction with optimistic
// concurrency on the row version, so a save never silently overwrites someone else's.
class CourseRepository
{
public:
    explicit CourseRepository(Database &db);

    // Every course's summary line, ordered by code.
    bool listSummaries(QVector<CourseSummary> *out, QString *error) const;
    // Every course's summary with its eight milestones, ordered by code: what the Gantt chart and
    // the dashboard read. Two queries, whatever the number of courses.
    bool listWithMilestones(QVector<CourseMilestones> *out, QString *error) const;
    std::optional<Course> load(qint64 id, QString *error) const;
    // The id of the course with this code; 0 when there is none.
    qint64 idOfCode(const QString &code, QString *error) const;
    qint64 count(QString *error) const;

    // Inserts (id 0) or updates the course with everything it holds, in one transaction. An update
    // succeeds only when the stored row version still equals course->rowVersion; then the row
    // version is incremented and course->id, rowVersion, created/updated by/at are brought up to
    // date. On any failure nothing is written and *course is unchanged.
    StoreResult save(Course *course, const QString &user);
    // Deletes a course (and its Table 4, milestones, offerings) if still at rowVersion.
    StoreResult remove(const Course &course);

    // Where "now" comes from; the demo generator pins it so the same seed gives the same file.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    StoreResult checkUpdatable(const Course &course, const QString &verb) const;
    bool writeChildren(const Course &course);
    // Writes only the milestones that changed; *refused names one the server would not let change.
    bool writeMilestones(const Course &course, bool existing, QString *refused);

    Database &m_db;
    std::function<QDateTime()> m_clock;
};

} // namespace mcs

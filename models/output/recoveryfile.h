#pragma once

#include "course.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace mcs {

// Recovery copies of open courses with unsaved edits, written every minute by the editor and
// offered when the course is opened again after a crash. One file per database and course in
// `directory`: the course in the exchange format (courseexchange.h) plus the row version it was
// loaded at, so saving a recovered copy still meets optimistic concurrency.
class RecoveryFiles
{
public:
    explicit RecoveryFiles(QString directory);

    QString pathFor(const QString &databaseLocation, qint64 courseId) const;
    // Atomic (QSaveFile): a crash while writing leaves the previous copy.
    bool write(const QString &databaseLocation, const Course &course, QString *error) const;
    // The recovered course (content, id and row version; no other bookkeeping) and when it was
    // written; nothing when there is no readable copy.
    std::optional<Course> read(const QString &databaseLocation, qint64 courseId, QDateTime *savedAt) const;
    void remove(const QString &databaseLocation, qint64 courseId) const;

private:
    QString m_directory;
};

} // namespace mcs

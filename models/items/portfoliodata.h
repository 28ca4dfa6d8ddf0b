#pragma once

#include <QDate>
#include <QString>

namespace mcs {

class Database;
class GanttModel;

// Fills the Gantt/dashboard model from the open database (two queries, CourseRepository).
bool loadPortfolio(Database &db, GanttModel *model, QString *error);

// Persists one milestone's planned dates dragged in the Gantt view: loads the course, changes the
// milestone and saves it as one transaction with the row-version check, so a course someone else
// saved meanwhile is reported, never overwritten.
bool savePlannedDates(Database &db, qint64 courseId, int number, const QDate &start, const QDate &due,
                      const QString &user, QString *error);

} // namespace mcs

#include "portfoliodata.h"

#include "courserepository.h"
#include "ganttmodel.h"

#include <QCoreApplication>

namespace mcs {

bool loadPortfolio(Database &db, GanttModel *model, QString *error)
{
    QVector<CourseMilestones> courses;
    if (!CourseRepository(db).listWithMilestones(&courses, error))
        return false;
    model->setCourses(std::move(courses));
    return true;
}

bool savePlannedDates(Database &db, qint64 courseId, int number, const QDate &start, const QDate &due,
                      const QString &user, QString *error)
{
    CourseRepository repo(db);
    std::optional<Course> course = repo.load(courseId, error);
    if (!course)
        return false;
    for (Milestone &m : course->milestones) {
        if (m.number == number) {
            m.plannedStart = start;
            m.plannedDue = due;
        }
    }
    const StoreResult result = repo.save(&*course, user);
    if (!result.ok() && error)
        *error = result.message.isEmpty()
            ? QCoreApplication::translate("mcs::Portfolio", "the new dates of %1 could not be saved").arg(course->code)
            : result.message;
    return result.ok();
}

} // namespace mcs

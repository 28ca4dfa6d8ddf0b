#include "courseoption.h"

#include "courserepository.h"
#include "database.h"

namespace mcs::cli {

std::optional<Course> loadCourseByCode(Database &db, const QString &code, const QString &command, Context &ctx)
{
    QString error;
    CourseRepository repository(db);
    const qint64 id = repository.idOfCode(code, &error);
    if (id == 0) {
        usageError(ctx, command, error.isEmpty() ? QStringLiteral("%1: no course with code %2").arg(db.location(), code)
                                                 : QStringLiteral("%1: %2").arg(db.location(), error));
        return std::nullopt;
    }
    auto course = repository.load(id, &error);
    if (!course)
        usageError(ctx, command, QStringLiteral("%1: %2").arg(db.location(), error));
    return course;
}

} // namespace mcs::cli

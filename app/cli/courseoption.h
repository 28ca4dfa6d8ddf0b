#pragma once

#include "cli.h"
#include "course.h"

#include <optional>

namespace mcs {
class Database;
}

namespace mcs::cli {

// Loads the course with this code; on failure prints one line naming the course (or the
// database's error) and returns nothing.
std::optional<Course> loadCourseByCode(Database &db, const QString &code, const QString &command, Context &ctx);

} // namespace mcs::cli

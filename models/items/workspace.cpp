#include "workspace.h"

#include "courselistmodel.h"
#include "database.h"

namespace mcs {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_courses(new CourseListModel(this))
{
}

Workspace::~Workspace() = default;

bool Workspace::openLocalFile(const QString &path, QString *error)
{
    return adopt(Database::openSqlite(path, error), error);
}

bool Workspace::connectToServer(const ServerParams &params, QString *error)
{
    return adopt(Database::openPostgres(params, error), error);
}

bool Workspace::adopt(std::unique_ptr<Database> db, QString *error)
{
    if (!db)
        return false; // the previous database stays open: nothing is lost on a failed open
    m_database = std::move(db);
    const bool ok = refreshCourses(error);
    Q_EMIT databaseChanged();
    return ok;
}

void Workspace::close()
{
    m_courses->setCourses({});
    m_database.reset();
    Q_EMIT databaseChanged();
}

QString Workspace::location() const
{
    return m_database ? m_database->location() : QString();
}

QString Workspace::description() const
{
    return m_database ? m_database->description() : tr("No database open");
}

bool Workspace::refreshCourses(QString *error)
{
    Q_UNUSED(error)
    // The course repository (storage issue) fills this; a new database has no courses yet.
    m_courses->setCourses({});
    return true;
}

} // namespace mcs

#include "workspace.h"

#include "courselistmodel.h"
#include "courserepository.h"
#include "database.h"
#include "demoportfolio.h"

#include <QFileInfo>

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

bool Workspace::createDemoDatabase(const QString &path, int courses, QString *error)
{
    if (QFileInfo::exists(path)) {
        if (error)
            *error = tr("%1 already exists; the demonstration portfolio goes only into a new file").arg(path);
        return false;
    }
    auto db = Database::openSqlite(path, error);
    if (!db)
        return false;
    DemoPortfolio::Options options;
    options.courses = courses;
    options.learners = courses * 10;
    DemoPortfolio demo(options);
    QString why;
    if (!demo.write(*db, nullptr, &why)) {
        if (error)
            *error = why;
        return false;
    }
    return adopt(std::move(db), error);
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

QString Workspace::userName() const
{
    if (m_database && m_database->backend() == Database::Backend::Postgres) {
        if (const auto params = ServerParams::fromUrl(m_database->location(), nullptr))
            return params->user;
    }
    const QString account = qEnvironmentVariable("USER");
    return account.isEmpty() ? QStringLiteral("mcstudio") : account;
}

QString Workspace::description() const
{
    return m_database ? m_database->description() : tr("No database open");
}

bool Workspace::refreshCourses(QString *error)
{
    QVector<CourseSummary> list;
    if (m_database && !CourseRepository(*m_database).listSummaries(&list, error)) {
        m_courses->setCourses({});
        return false;
    }
    m_courses->setCourses(std::move(list));
    return true;
}

} // namespace mcs

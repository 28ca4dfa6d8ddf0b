// mcstudio-cli ics --db FILE [--course CODE] --out FILE.ics: milestone due dates as iCalendar.
#include "commands.h"

#include "courserepository.h"
#include "databaseoption.h"
#include "milestonecalendar.h"

#include <QDateTime>
#include <QSaveFile>

namespace mcs::cli {

int runIcs(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("ics"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("Only this course."), QStringLiteral("CODE"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The .ics file to write."), QStringLiteral("FILE"));
    parser.addOptions({course, out});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (!parser.isSet(out))
        return usageError(ctx, command.name, QStringLiteral("--out FILE.ics is required"));
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    QVector<CourseMilestones> courses;
    QString error;
    if (!CourseRepository(*db).listWithMilestones(&courses, &error))
        return usageError(ctx, command.name, error);
    const QString only = parser.value(course);
    if (!only.isEmpty()) {
        const bool known = std::any_of(courses.cbegin(), courses.cend(),
                                       [&](const CourseMilestones &c) { return c.course.code == only; });
        if (!known)
            return usageError(ctx, command.name, QStringLiteral("--course: no course with code '%1'").arg(only));
    }
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly))
        return usageError(ctx, command.name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    file.write(milestoneCalendar(courses, QDateTime::currentDateTimeUtc(), only));
    if (!file.commit())
        return usageError(ctx, command.name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return ExitSuccess;
}

} // namespace mcs::cli

// mcstudio-cli import: a course exchange file into a database (docs/exchange-format.md).
#include "commands.h"
#include "courseexchange.h"
#include "courserepository.h"
#include "databaseoption.h"

#include <QFile>

namespace mcs::cli {

int runImport(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("import"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption replace(QStringLiteral("replace"),
                                     QStringLiteral("Overwrite the course of the same code if the database has one."));
    parser.addOption(replace);
    parser.addPositionalArgument(QStringLiteral("IN.json"), QStringLiteral("The course exchange file."));
    bool help = false;
    if (!parseArguments(parser, self, args, ctx, &help))
        return help ? ExitSuccess : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, self.name, QStringLiteral("give exactly one exchange file IN.json"));

    // Read and check the whole file before the database is touched: a bad file changes nothing.
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(path, file.errorString()));
    ExchangeError error;
    auto course = courseFromExchangeJson(file.readAll(), &error);
    if (!course)
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(path, error.toString()));

    auto db = openDatabaseOption(parser, dbOptions, self.name, false, ctx);
    if (!db)
        return ExitUsage;
    CourseRepository repository(*db);
    QString dbError;
    const qint64 existing = repository.idOfCode(course->code, &dbError);
    if (!dbError.isEmpty())
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(db->location(), dbError));
    if (existing != 0) {
        if (!parser.isSet(replace)) {
            ctx.err << QStringLiteral("mcstudio-cli import: %1 already has a course %2; nothing imported (use --replace "
                                      "to overwrite it)\n")
                           .arg(db->location(), course->code);
            return ExitWanting;
        }
        const auto old = repository.load(existing, &dbError);
        if (!old)
            return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(db->location(), dbError));
        course->id = old->id;
        course->rowVersion = old->rowVersion;
        course->createdBy = old->createdBy;
        course->createdAt = old->createdAt;
    }
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = QStringLiteral("mcstudio-cli");
    const StoreResult result = repository.save(&*course, user);
    if (!result.ok())
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(db->location(), result.message));
    ctx.out << QStringLiteral("%1 %2 into %3\n")
                   .arg(course->code, existing ? QStringLiteral("replaced") : QStringLiteral("imported"), db->location());
    return ExitSuccess;
}

} // namespace mcs::cli

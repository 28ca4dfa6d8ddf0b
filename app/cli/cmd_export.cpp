// mcstudio-cli export: one course as a course exchange file (docs/exchange-format.md).
#include "commands.h"
#include "courseexchange.h"
#include "courseoption.h"
#include "databaseoption.h"

#include <QSaveFile>

namespace mcs::cli {

int runExport(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("export"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("The MC code of the course to export."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("The exchange file to write."),
                                     QStringLiteral("FILE.json"));
    parser.addOptions({course, outFile});
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;
    if (!parser.isSet(course))
        return usageError(ctx, self.name, QStringLiteral("--course CODE is required"));
    if (!parser.isSet(outFile))
        return usageError(ctx, self.name, QStringLiteral("--out FILE.json is required"));

    auto db = openDatabaseOption(parser, dbOptions, self.name, true, ctx);
    if (!db)
        return ExitUsage;
    const auto loaded = loadCourseByCode(*db, parser.value(course), self.name, ctx);
    if (!loaded)
        return ExitUsage;

    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(courseToExchangeJson(*loaded)) < 0 || !file.commit())
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    ctx.out << QStringLiteral("%1 exported to %2\n").arg(loaded->code, file.fileName());
    return ExitSuccess;
}

} // namespace mcs::cli

// mcstudio-cli portfolio --db FILE [--json]: every course's development progress (Table 3).
#include "commands.h"

#include "courserepository.h"
#include "databaseoption.h"
#include "milestonereport.h"
#include "portfolio.h"

#include <QJsonDocument>

namespace mcs::cli {

int runPortfolio(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("portfolio"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Judge overdue and forecast as of this day."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({json, today});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    QDate asOf = QDate::currentDate();
    if (parser.isSet(today)) {
        asOf = QDate::fromString(parser.value(today), QStringLiteral("yyyy-MM-dd"));
        if (!asOf.isValid())
            return usageError(ctx, command.name, QStringLiteral("--today: '%1' is not a valid date (expected YYYY-MM-DD)")
                                                     .arg(parser.value(today)));
    }
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    QVector<CourseMilestones> courses;
    QString error;
    if (!CourseRepository(*db).listWithMilestones(&courses, &error))
        return usageError(ctx, command.name, error);
    const QVector<CourseForecast> forecasts = forecastPortfolio(courses, asOf);
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(portfolioJson(courses, forecasts)).toJson(QJsonDocument::Indented));
    else
        ctx.out << portfolioText(courses, forecasts);
    return ExitSuccess;
}

} // namespace mcs::cli

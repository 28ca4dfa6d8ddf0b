// mcstudio-cli schedule --start YYYY-MM-DD [--json]: the Table 3 planned schedule from a start date.
#include "commands.h"

#include "milestonereport.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace mcs::cli {

int runSchedule(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("schedule"));
    QCommandLineParser parser;
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("First day of milestone 1."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOption(start);
    parser.addOption(json);
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (!parser.isSet(start))
        return usageError(ctx, command.name, QStringLiteral("--start YYYY-MM-DD is required"));
    const QString text = parser.value(start);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, QStringLiteral("yyyy-MM-dd")) : QDate();
    if (!date.isValid())
        return usageError(ctx, command.name,
                          QStringLiteral("--start: '%1' is not a valid date (expected YYYY-MM-DD)").arg(text));

    const MilestoneList plan = MilestonePlan::plannedSchedule(date);
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(scheduleJson(plan)).toJson(QJsonDocument::Indented));
    else
        ctx.out << scheduleText(plan);
    return ExitSuccess;
}

} // namespace mcs::cli

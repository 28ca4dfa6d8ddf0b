// mcstudio-cli demo: writes a realistic demonstration portfolio into a new or empty database.
#include "commands.h"
#include "databaseoption.h"
#include "demoportfolio.h"

#include <QDate>

namespace mcs::cli {

int runDemo(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("demo"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption courses(QStringLiteral("courses"), QStringLiteral("Number of courses (default 40)."),
                                     QStringLiteral("N"), QStringLiteral("40"));
    const QCommandLineOption learners(QStringLiteral("learners"), QStringLiteral("Number of learners (default 400)."),
                                      QStringLiteral("M"), QStringLiteral("400"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (default 1): the same seed gives the same portfolio."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("Reference date YYYY-MM-DD for milestones (default: today)."),
                                   QStringLiteral("DATE"));
    parser.addOptions({courses, learners, seed, today});
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;

    DemoPortfolio::Options options;
    bool ok = false;
    options.courses = parser.value(courses).toInt(&ok);
    if (!ok || options.courses < 0 || options.courses > 100000)
        return usageError(ctx, self.name, QStringLiteral("--courses: '%1' is not a number from 0 to 100000").arg(parser.value(courses)));
    options.learners = parser.value(learners).toInt(&ok);
    if (!ok || options.learners < 0 || options.learners > 1000000)
        return usageError(ctx, self.name, QStringLiteral("--learners: '%1' is not a number from 0 to 1000000").arg(parser.value(learners)));
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(ctx, self.name, QStringLiteral("--seed: '%1' is not a non-negative number").arg(parser.value(seed)));
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return usageError(ctx, self.name, QStringLiteral("--today: '%1' is not a date YYYY-MM-DD").arg(parser.value(today)));
    }

    auto db = openDatabaseOption(parser, dbOptions, self.name, false, ctx);
    if (!db)
        return ExitUsage;
    DemoPortfolio demo(options);
    DemoPortfolio::Summary summary;
    QString error;
    if (!demo.write(*db, &summary, &error))
        return usageError(ctx, self.name, error);
    ctx.out << "Wrote " << summary.courses << " courses, " << summary.offerings << " offerings, " << summary.learners
            << " learners, " << summary.enrolments << " enrolments (" << summary.senateApproved
            << " Senate-approved results) to " << db->location() << '\n';
    return ExitSuccess;
}

} // namespace mcs::cli

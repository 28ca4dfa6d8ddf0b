// mcstudio-cli checkout: copy a course from a server (or any database) into a local file to work
// offline; the file records where it came from and the row version it was based on.
#include "commands.h"
#include "coursecheckout.h"
#include "databaseoption.h"

#include <QFileInfo>

namespace mcs::cli {

int runCheckout(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("checkout"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The database to copy from: a postgresql:// URL (password from PGPASSWORD) or a file."),
                                QStringLiteral("SERVER_OR_FILE"));
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("The MC code of the course."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("The local file to copy into (created when absent)."),
                                 QStringLiteral("LOCAL.sqlite"));
    parser.addOptions({db, course, out});
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;
    for (const QCommandLineOption *o : {&db, &course, &out})
        if (!parser.isSet(*o))
            return usageError(ctx, self.name, QStringLiteral("--%1 %2 is required").arg(o->names().first(), o->valueName()));

    auto source = openDatabaseLocation(parser.value(db), self.name, ctx);
    if (!source)
        return ExitUsage;
    QString error;
    auto local = Database::openSqlite(parser.value(out), &error);
    if (!local)
        return usageError(ctx, self.name, error);
    if (CourseCheckout::sourceName(*local) == CourseCheckout::sourceName(*source))
        return usageError(ctx, self.name, QStringLiteral("%1: cannot check out into the database itself").arg(parser.value(out)));

    CheckoutRecord record;
    const StoreResult r = CourseCheckout::checkOut(*source, parser.value(course), *local,
                                                   databaseUser(*source), &record);
    if (r.status == StoreResult::Status::DuplicateCode) {
        ctx.err << QStringLiteral("mcstudio-cli checkout: %1 already holds a course %2; check it in or use another file\n")
                       .arg(parser.value(out), parser.value(course));
        return ExitWanting;
    }
    if (!r.ok())
        return usageError(ctx, self.name, r.message);
    ctx.out << QStringLiteral("%1 checked out from %2 (row version %3) to %4\n")
                   .arg(record.base.code, record.source)
                   .arg(record.baseRowVersion)
                   .arg(parser.value(out));
    return ExitSuccess;
}

} // namespace mcs::cli

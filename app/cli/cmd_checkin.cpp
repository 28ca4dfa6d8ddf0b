// mcstudio-cli checkin: send the courses checked out into a local file back to where they came
// from. A server copy changed meanwhile is merged part by part; parts changed on both sides are
// conflicts, listed (exit 1) unless --force-mine or --force-theirs decides them all.
#include "commands.h"
#include "coursecheckout.h"
#include "databaseoption.h"
#include "mergechoicemodel.h"

namespace mcs::cli {

int runCheckin(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("checkin"));
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The database the courses came from: a postgresql:// URL (password from PGPASSWORD) or a file."),
                                QStringLiteral("SERVER_OR_FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The local file the courses were checked out to."),
                                  QStringLiteral("LOCAL.sqlite"));
    const QCommandLineOption forceMine(QStringLiteral("force-mine"),
                                       QStringLiteral("Decide every conflicting part for the local copy."));
    const QCommandLineOption forceTheirs(QStringLiteral("force-theirs"),
                                         QStringLiteral("Decide every conflicting part for the server's copy."));
    parser.addOptions({db, from, forceMine, forceTheirs});
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;
    for (const QCommandLineOption *o : {&db, &from})
        if (!parser.isSet(*o))
            return usageError(ctx, self.name, QStringLiteral("--%1 %2 is required").arg(o->names().first(), o->valueName()));
    if (parser.isSet(forceMine) && parser.isSet(forceTheirs))
        return usageError(ctx, self.name, QStringLiteral("give at most one of --force-mine and --force-theirs"));

    auto local = openDatabaseLocation(parser.value(from), self.name, ctx);
    if (!local)
        return ExitUsage;
    auto server = openDatabaseLocation(parser.value(db), self.name, ctx);
    if (!server)
        return ExitUsage;
    QVector<CheckoutRecord> records;
    QString error;
    if (!CourseCheckout::records(*local, &records, &error))
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(parser.value(from), error));
    if (records.isEmpty())
        return usageError(ctx, self.name, QStringLiteral("%1: holds no checked-out course").arg(parser.value(from)));

    // Everything is read and merged first: with an undecided conflict nothing at all is written.
    QVector<CheckInPlan> plans;
    bool wanting = false;
    for (const CheckoutRecord &record : records) {
        auto plan = CourseCheckout::prepare(*server, *local, record, &error);
        if (!plan)
            return usageError(ctx, self.name, error);
        if (plan->serverDeleted()) {
            ctx.out << QStringLiteral("%1: deleted on %2 since it was checked out; not checked in\n")
                           .arg(plan->mine.code, record.source);
            wanting = true;
            continue;
        }
        const CourseMerge merge = plan->merge();
        if (merge.hasConflicts() && !parser.isSet(forceMine) && !parser.isSet(forceTheirs)) {
            ctx.out << QStringLiteral("%1: changed on the server since it was checked out (row version %2, now %3); "
                                      "%4 conflicting part(s):\n")
                           .arg(plan->mine.code)
                           .arg(record.baseRowVersion)
                           .arg(plan->theirs->rowVersion)
                           .arg(merge.conflictKeys().size());
            for (const MergeItem &item : merge.items()) {
                if (!item.conflict)
                    continue;
                ctx.out << QStringLiteral("  %1 (%2)\n").arg(item.key, item.label);
                for (const CourseChange &c : item.theirsChanges)
                    ctx.out << QStringLiteral("    server: %1\n").arg(MergeChoiceModel::changeLine(c));
                for (const CourseChange &c : item.mineChanges)
                    ctx.out << QStringLiteral("    mine:   %1\n").arg(MergeChoiceModel::changeLine(c));
            }
            wanting = true;
        }
        plans.append(*plan);
    }
    if (wanting) {
        ctx.out << QStringLiteral("Nothing was written. Decide with --force-mine or --force-theirs, or check in from "
                                  "MC Studio to choose part by part.\n");
        return ExitWanting;
    }

    const QString user = databaseUser(*server);
    int status = ExitSuccess;
    for (const CheckInPlan &plan : plans) {
        const CourseMerge merge = plan.merge();
        const Course result = parser.isSet(forceMine)     ? merge.resultAll(MergeSide::Mine)
                            : parser.isSet(forceTheirs) ? merge.resultAll(MergeSide::Theirs)
                                                        : *merge.result({});
        Course stored;
        const StoreResult r = CourseCheckout::commit(*server, *local, plan, result, user, &stored);
        if (r.status == StoreResult::Status::Conflict || r.status == StoreResult::Status::Deleted) {
            ctx.out << QStringLiteral("%1: %2\n").arg(plan.mine.code, r.message);
            status = ExitWanting;
            continue;
        }
        if (!r.ok())
            return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(plan.mine.code, r.message));
        QStringList fromServer;
        for (const MergeItem &item : merge.items())
            if (item.theirsChanged && (!item.conflict || parser.isSet(forceTheirs)))
                fromServer << item.key;
        if (stored.rowVersion == plan.theirs->rowVersion)
            ctx.out << QStringLiteral("%1: nothing to check in; the local copy now matches %2 (row version %3)\n")
                           .arg(plan.mine.code, plan.record.source)
                           .arg(stored.rowVersion);
        else
            ctx.out << QStringLiteral("%1 checked in to %2 (row version %3)\n")
                           .arg(plan.mine.code, plan.record.source)
                           .arg(stored.rowVersion);
        if (!fromServer.isEmpty())
            ctx.out << QStringLiteral("  kept from the server: %1\n").arg(fromServer.join(QStringLiteral(", ")));
    }
    return status;
}

} // namespace mcs::cli

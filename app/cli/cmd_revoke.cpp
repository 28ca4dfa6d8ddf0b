// mcstudio-cli revoke (--db FILE | --pg URL) --serial S --reason TEXT
#include "commands.h"

#include "databaseoption.h"
#include "statementissuer.h"
#include "statementoptions.h"

namespace mcs::cli {

int runRevoke(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("revoke"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption serial(QStringLiteral("serial"), QStringLiteral("The statement's serial number."),
                                    QStringLiteral("S"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why it is revoked (kept and shown by verify)."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({serial, reason});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (parser.value(serial).isEmpty())
        return usageError(ctx, command.name, QStringLiteral("--serial S is required"));
    if (parser.value(reason).trimmed().isEmpty())
        return usageError(ctx, command.name, QStringLiteral("--reason TEXT is required"));
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    const auto stored = statementBySerial(*db, parser.value(serial), command.name, ctx);
    if (!stored)
        return ExitUsage;
    QString error;
    if (stored->isRevoked()) {
        ctx.err << "mcstudio-cli revoke: statement " << stored->serial << " was already revoked (" << stored->revocationReason
                << ")\n";
        return ExitWanting;
    }
    if (!StatementIssuer(*db).revoke(stored->serial, parser.value(reason), &error))
        return usageError(ctx, command.name, error);
    ctx.out << "revoked " << stored->serial << '\n';
    return ExitSuccess;
}

} // namespace mcs::cli

// mcstudio-cli badge (--db FILE | --pg URL) --serial S [--jwt] --out FILE
#include "commands.h"

#include "databaseoption.h"
#include "statementissuer.h"
#include "statementoptions.h"

#include <QSaveFile>

namespace mcs::cli {

int runBadge(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("badge"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption serial(QStringLiteral("serial"), QStringLiteral("The statement's serial number."),
                                    QStringLiteral("S"));
    const QCommandLineOption jwt(QStringLiteral("jwt"), QStringLiteral("Write the VC-JWT form signed with the issuer's key."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("FILE"));
    parser.addOptions({serial, jwt, out});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (parser.value(serial).isEmpty())
        return usageError(ctx, command.name, QStringLiteral("--serial S is required"));
    if (parser.value(out).isEmpty())
        return usageError(ctx, command.name, QStringLiteral("--out FILE is required"));
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    const auto stored = statementBySerial(*db, parser.value(serial), command.name, ctx);
    if (!stored)
        return ExitUsage;
    QString error;
    if (stored->isRevoked()) {
        ctx.err << "mcstudio-cli badge: statement " << stored->serial << " was revoked (" << stored->revocationReason
                << "); no badge is issued for it\n";
        return ExitWanting;
    }
    QByteArray badge;
    QUrl linkedIn;
    if (!StatementIssuer(*db).badge(stored->serial, parser.isSet(jwt), &badge, &linkedIn, &error))
        return usageError(ctx, command.name, error);
    QSaveFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly) || file.write(badge) != badge.size() || !file.commit())
        return usageError(ctx, command.name, QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    ctx.out << linkedIn.toString(QUrl::FullyEncoded) << '\n';
    return ExitSuccess;
}

} // namespace mcs::cli

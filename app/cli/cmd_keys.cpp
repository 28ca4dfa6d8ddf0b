// mcstudio-cli keys (--db FILE | --pg URL) --public: the issuer's public key as PEM (SubjectPublicKeyInfo).
#include "commands.h"

#include "databaseoption.h"
#include "statementissuer.h"

namespace mcs::cli {

int runKeys(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("keys"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption publicKey(QStringLiteral("public"),
                                       QStringLiteral("Print the public key (PEM, SubjectPublicKeyInfo) on stdout."));
    parser.addOption(publicKey);
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (!parser.isSet(publicKey))
        return usageError(ctx, command.name, QStringLiteral("give --public; the private key never leaves the database"));
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    QString error;
    // The key pair is made on first use, so anyone can be given the public key before any issue.
    const QByteArray pem = StatementIssuer(*db).publicKeyPem(&error);
    if (pem.isEmpty())
        return usageError(ctx, command.name, QStringLiteral("%1: %2").arg(db->location(), error));
    ctx.out << QString::fromLatin1(pem);
    return ExitSuccess;
}

} // namespace mcs::cli

// mcstudio-cli verify TOKEN_OR_URL [--db FILE | --pg URL] [--key PEM]
#include "commands.h"

#include "databaseoption.h"
#include "statementissuer.h"
#include "statementverifier.h"

#include <QFile>

namespace mcs::cli {

int runVerify(const QStringList &args, Context &ctx)
{
    const QString name = QStringLiteral("verify");
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption keyOption(QStringLiteral("key"),
                                       QStringLiteral("The issuer's public key (PEM file, as printed by 'keys --public')."),
                                       QStringLiteral("PEM"));
    parser.addOption(keyOption);
    parser.addPositionalArgument(QStringLiteral("TOKEN_OR_URL"), QStringLiteral("The token, or the URL in the QR code."));
    bool helpShown = false;
    if (!parseArguments(parser, commandNamed(name), args, ctx, &helpShown))
        return helpShown ? ExitSuccess : ExitUsage;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, name, QStringLiteral("give exactly one token or URL"));
    const bool withDb = parser.isSet(dbOptions.db) || parser.isSet(dbOptions.pg);
    if (!parser.isSet(keyOption) && !withDb)
        return usageError(ctx, name, QStringLiteral("give --db FILE (keys and revocations of the database) or --key PEM"));

    StatementVerifier verifier;
    if (withDb) {
        auto db = openDatabaseOption(parser, dbOptions, name, true, ctx);
        if (!db)
            return ExitUsage;
        QString error;
        if (!StatementIssuer(*db).verifier(&verifier, &error))
            return usageError(ctx, name, QStringLiteral("%1: %2").arg(db->location(), error));
    }
    if (parser.isSet(keyOption)) {
        QFile file(parser.value(keyOption));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(ctx, name, QStringLiteral("cannot read the key file %1: %2").arg(file.fileName(), file.errorString()));
        Ed25519Key key = Ed25519Key::fromPublicPem(file.readAll());
        if (!key.isValid())
            return usageError(ctx, name, QStringLiteral("%1 is not an Ed25519 public key in PEM form").arg(file.fileName()));
        verifier.addKey(std::move(key));
    }

    const StatementVerifier::Result r = verifier.verify(parser.positionalArguments().constFirst());
    if (!r.valid) {
        ctx.out << "NOT VALID: " << r.reason << '\n';
        return ExitWanting;
    }
    ctx.out << "VALID\n";
    for (const QString &line : StatementVerifier::describe(r.claims))
        ctx.out << line << '\n';
    ctx.out << "key: " << r.keyId << '\n';
    return ExitSuccess;
}

} // namespace mcs::cli

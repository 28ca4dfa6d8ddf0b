// mcstudio-cli issuer (--db FILE | --pg URL) [--set KEY=VALUE]... [--logo FILE.png]
// Shows or changes the issuer settings printed on statements and badges (docs/statements.md).
#include "commands.h"

#include "databaseoption.h"
#include "issuerrepository.h"

#include <QFile>
#include <QImage>

#include <algorithm>

namespace mcs::cli {

int runIssuer(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("issuer"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption set(QStringLiteral("set"), QStringLiteral("Change one setting (repeatable)."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption logo(QStringLiteral("logo"), QStringLiteral("The institution's logo (PNG); '' removes it."),
                                  QStringLiteral("FILE.png"));
    parser.addOptions({set, logo});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    IssuerRepository repo(*db);
    IssuerSettings settings;
    QString error;
    if (!repo.settings(&settings, &error))
        return usageError(ctx, command.name, error);

    if (parser.isSet(set) || parser.isSet(logo)) {
        QHash<QString, QString> values = settings.toValues();
        QStringList keysSet;
        for (const QString &assignment : parser.values(set)) {
            const qsizetype eq = assignment.indexOf(QLatin1Char('='));
            const QString key = assignment.left(eq).trimmed();
            if (eq <= 0 || !values.contains(key) || key == QLatin1String("logo_png"))
                return usageError(ctx, command.name, QStringLiteral("--set: unknown setting '%1'").arg(assignment.left(eq)));
            const QString value = assignment.mid(eq + 1);
            if (key == QLatin1String("full_id_on_statement") && value != QLatin1String("0") && value != QLatin1String("1"))
                return usageError(ctx, command.name, QStringLiteral("--set full_id_on_statement: write 0 or 1"));
            values.insert(key, value);
            keysSet << key;
        }
        const QByteArray oldLogo = settings.logoPng;
        settings = IssuerSettings::fromValues(values);
        // The same checks as Tools › Issuer Settings, on what this command changes.
        for (const IssuerSettingsProblem &p : settings.problems())
            if (keysSet.contains(p.key))
                return usageError(ctx, command.name, QStringLiteral("--set %1: %2").arg(p.key, p.message));
        settings.logoPng = oldLogo;
        if (parser.isSet(logo)) {
            settings.logoPng.clear();
            if (!parser.value(logo).isEmpty()) {
                QFile file(parser.value(logo));
                if (!file.open(QIODevice::ReadOnly))
                    return usageError(ctx, command.name, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                settings.logoPng = file.readAll();
                if (QImage::fromData(settings.logoPng).isNull())
                    return usageError(ctx, command.name, QStringLiteral("%1 is not a PNG image").arg(file.fileName()));
            }
        }
        const StoreResult r = repo.saveSettings(settings);
        if (!r.ok())
            return usageError(ctx, command.name, r.message);
    }
    QHash<QString, QString> values = settings.toValues();
    values.remove(QStringLiteral("logo_png"));
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys)
        ctx.out << key << '=' << values.value(key) << '\n';
    ctx.out << "logo=" << (settings.logoPng.isEmpty() ? QStringLiteral("none") : QStringLiteral("%1 bytes").arg(settings.logoPng.size()))
            << '\n';
    return ExitSuccess;
}

} // namespace mcs::cli

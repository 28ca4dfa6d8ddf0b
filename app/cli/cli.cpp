#include "cli.h"

#include "appversion.h"
#include "commands.h"

namespace mcs::cli {
namespace {

const QString kProgram = QStringLiteral("mcstudio-cli");

void printHelp(QTextStream &s)
{
    s << "Usage: " << kProgram << " <command> [options]\n"
      << "       " << kProgram << " --help | --version\n\n"
      << "MC Studio's command-line tool for batch jobs and checks.\n\n";
    if (!commands().empty()) {
        s << "Commands:\n";
        for (const Command &c : commands())
            s << "  " << c.synopsis.leftJustified(44) << ' ' << c.summary << '\n';
        s << '\n';
    }
    s << "Run '" << kProgram << " <command> --help' for a command's options.\n"
      << "Exit codes: 0 success; 1 the input was read and found wanting;\n"
      << "            2 bad usage, or input that cannot be read or interpreted.\n";
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

int usageError(Context &ctx, const QString &command, const QString &message)
{
    ctx.err << kProgram;
    if (!command.isEmpty())
        ctx.err << ' ' << command;
    ctx.err << ": " << message << '\n';
    ctx.err.flush();
    return ExitUsage;
}

bool parseArguments(QCommandLineParser &parser, const Command &command, const QStringList &args, Context &ctx,
                    bool *helpShown)
{
    *helpShown = false;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setApplicationDescription(command.summary);
    if (!parser.parse(args)) {
        usageError(ctx, command.name, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << "Usage: " << kProgram << ' ' << command.synopsis << "\n\n"
                << parser.helpText().section(QLatin1Char('\n'), 2); // drop Qt's own usage line
        ctx.out.flush();
        *helpShown = true;
        return false;
    }
    return true;
}

std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const Command &command, const QStringList &args,
                                    Context &ctx)
{
    bool helpShown = false;
    if (!parseArguments(parser, command, args, ctx, &helpShown))
        return helpShown ? ExitSuccess : ExitUsage;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, command.name,
                          QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

int runCli(const QStringList &arguments, Context &ctx)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        printHelp(ctx.err);
        return ExitUsage;
    }
    const QString &first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (args.size() > 1 && first == QLatin1String("help")) {
            if (const Command *c = findCommand(args.at(1)))
                return c->run({kProgram + QLatin1Char(' ') + c->name, QStringLiteral("--help")}, ctx);
            return usageError(ctx, {}, QStringLiteral("unknown command '%1' (see %2 --help)").arg(args.at(1), kProgram));
        }
        printHelp(ctx.out);
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v") || first == QLatin1String("version")) {
        ctx.out << kProgram << ' ' << kAppVersion << '\n';
        return ExitSuccess;
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(ctx, {}, QStringLiteral("unknown option '%1' (see %2 --help)").arg(first, kProgram));
    const Command *command = findCommand(first);
    if (!command)
        return usageError(ctx, {}, QStringLiteral("unknown command '%1' (see %2 --help)").arg(first, kProgram));
    QStringList rest = args.mid(1);
    rest.prepend(kProgram + QLatin1Char(' ') + command->name);
    return command->run(rest, ctx);
}

} // namespace mcs::cli

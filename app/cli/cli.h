#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <vector>

namespace mcs::cli {

// Exit codes shared by every subcommand; scripts outside this repository rely on them.
enum ExitCode {
    ExitSuccess = 0, // done, nothing wanting
    ExitWanting = 1, // the input was read and found wanting (rule violations, NOT VALID, ...)
    ExitUsage = 2,   // bad usage, unreadable or uninterpretable input
};

struct Context
{
    QTextStream &out;
    QTextStream &err;
    bool errIsTerminal = false; // progress bars only on a terminal
};

struct Command
{
    QString name;
    QString synopsis; // "slt FILE.csv [--json]"
    QString summary;  // one line for --help
    // args[0] is "mcstudio-cli <name>", the rest are the subcommand's own arguments.
    std::function<int(const QStringList &args, Context &ctx)> run;
};

// Prints "mcstudio-cli[ <command>]: <message>" on one line of stderr and returns ExitUsage.
int usageError(Context &ctx, const QString &command, const QString &message);

// Parses a subcommand's arguments; on failure prints a one-line message naming the option and
// returns false. Adds --help; when given, prints the subcommand's help and sets *helpShown.
bool parseArguments(QCommandLineParser &parser, const Command &command, const QStringList &args, Context &ctx,
                    bool *helpShown);

// parseArguments for a subcommand that takes options only: any positional argument is refused
// too ("unexpected argument 'X'"). Nothing when the command goes on; else the exit code to
// return (0 after --help, 2 after a one-line message).
std::optional<int> parseOptionsOnly(QCommandLineParser &parser, const Command &command, const QStringList &args,
                                    Context &ctx);

// The whole program: dispatches argv to a subcommand and returns its exit code.
int runCli(const QStringList &arguments, Context &ctx);

} // namespace mcs::cli

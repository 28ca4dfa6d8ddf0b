#pragma once

#include "cli.h"

namespace mcs::cli {

// Every subcommand of mcstudio-cli, in the order --help lists them. Each lives in its own
// cmd_<name>.cpp and registers here.
const std::vector<Command> &commands();
// The registered command of that name (asserts that it exists): for parseArguments().
const Command &commandNamed(const QString &name);

int runVerify(const QStringList &args, Context &ctx);
int runSlt(const QStringList &args, Context &ctx);
int runTable4(const QStringList &args, Context &ctx);
int runSchedule(const QStringList &args, Context &ctx);
int runPortfolio(const QStringList &args, Context &ctx);
int runIcs(const QStringList &args, Context &ctx);

int runDemo(const QStringList &args, Context &ctx);
int runList(const QStringList &args, Context &ctx);

int runCheck(const QStringList &args, Context &ctx);
int runExport(const QStringList &args, Context &ctx);
int runImport(const QStringList &args, Context &ctx);
int runCheckout(const QStringList &args, Context &ctx);
int runCheckin(const QStringList &args, Context &ctx);

int runServer(const QStringList &args, Context &ctx);
int runAudit(const QStringList &args, Context &ctx);
int runKeys(const QStringList &args, Context &ctx);
int runMms(const QStringList &args, Context &ctx);
int runBadge(const QStringList &args, Context &ctx);
int runResults(const QStringList &args, Context &ctx);
int runRevoke(const QStringList &args, Context &ctx);
int runIssuer(const QStringList &args, Context &ctx);

} // namespace mcs::cli

// mcstudio-cli server init | add-user: sets up the shared PostgreSQL server (issue 9).
#include "commands.h"
#include "database.h"
#include "serverparams.h"
#include "serversecurity.h"

#include <QCommandLineParser>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace mcs::cli {
namespace {

const Command kInit{QStringLiteral("server init"), QStringLiteral("server init --pg URL"),
                    QStringLiteral("Create or migrate the schema, then the group roles, privileges, row-level security, "
                                   "workflow function and audit triggers (run by the database's owner; re-runnable)"),
                    nullptr};
const Command kAddUser{
    QStringLiteral("server add-user"),
    QStringLiteral("server add-user --pg URL --login NAME --role ROLE [--ptj CODE] [--name TEXT] [--staff-id ID] "
                   "[--email ADDR] [--password-stdin]"),
    QStringLiteral("Add a person as a PostgreSQL login in the group of their role (lecturer, ptj_head, cflex, sme, "
                   "admin). The password is read from stdin with --password-stdin, else from MCS_NEW_PASSWORD, else "
                   "asked twice on the terminal; only its SCRAM-SHA-256 verifier is sent."),
    nullptr};

std::unique_ptr<Database> openServer(const QString &url, const QString &command, Context &ctx)
{
    QString error;
    auto params = ServerParams::fromUrl(url, &error);
    if (!params) {
        usageError(ctx, command, error);
        return nullptr;
    }
    if (params->password.isEmpty())
        params->password = qEnvironmentVariable("PGPASSWORD");
    auto db = Database::openPostgres(*params, &error);
    if (!db)
        usageError(ctx, command, error);
    return db;
}

// One line from the terminal without echo.
QString askHidden(const char *prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    (void)in.open(stdin, QIODevice::ReadOnly);
    const QString line = QString::fromUtf8(in.readLine()).remove(QLatin1Char(0x0a)).remove(QLatin1Char(0x0d));
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return line;
}

int runInit(const QStringList &args, Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"),
                                QStringLiteral("The server, postgresql://owner@host:port/db (password from PGPASSWORD)."),
                                QStringLiteral("URL"));
    parser.addOption(pg);
    bool help = false;
    if (!parseArguments(parser, kInit, args, ctx, &help))
        return help ? ExitSuccess : ExitUsage;
    if (!parser.isSet(pg))
        return usageError(ctx, kInit.name, QStringLiteral("--pg URL is required"));
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, kInit.name, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    auto db = openServer(parser.value(pg), kInit.name, ctx);
    if (!db)
        return ExitUsage;
    QString error;
    if (!ServerSecurity::apply(*db, &error)) {
        ctx.err << "mcstudio-cli server init: " << db->location() << ": " << error << '\n';
        return ExitWanting;
    }
    ctx.out << db->location() << ": schema version " << db->schemaVersion() << ", group roles "
            << ServerSecurity::groupRoles().join(QStringLiteral(", "))
            << ", privileges, row-level security, workflow and audit triggers in place\n";
    return ExitSuccess;
}

int runAddUser(const QStringList &args, Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption pg(QStringLiteral("pg"), QStringLiteral("The server (password from PGPASSWORD)."),
                                QStringLiteral("URL"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("The new login name."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("lecturer, ptj_head, cflex, sme or admin."), QStringLiteral("ROLE"));
    const QCommandLineOption ptj(QStringLiteral("ptj"), QStringLiteral("The person's PTj (faculty or centre)."),
                                 QStringLiteral("CODE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The person's full name."), QStringLiteral("TEXT"));
    const QCommandLineOption staffId(QStringLiteral("staff-id"),
                                     QStringLiteral("Staff id: matches the person to course teams."), QStringLiteral("ID"));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("E-mail: also matches course teams."),
                                   QStringLiteral("ADDR"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the new password from the first line of stdin."));
    parser.addOptions({pg, login, role, ptj, name, staffId, email, passwordStdin});
    bool help = false;
    if (!parseArguments(parser, kAddUser, args, ctx, &help))
        return help ? ExitSuccess : ExitUsage;
    for (const QCommandLineOption *required : {&pg, &login, &role})
        if (!parser.isSet(*required))
            return usageError(ctx, kAddUser.name, QStringLiteral("--%1 is required").arg(required->names().first()));
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, kAddUser.name,
                          QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    ServerSecurity::NewUser user;
    user.login = parser.value(login);
    if (!ServerSecurity::isValidLogin(user.login))
        return usageError(ctx, kAddUser.name,
                          QStringLiteral("--login: '%1' is not a usable login name (letters, digits, _ . -)").arg(user.login));
    if (!roleFromKey(parser.value(role), &user.role))
        return usageError(ctx, kAddUser.name,
                          QStringLiteral("--role: '%1' is not one of lecturer, ptj_head, cflex, sme, admin")
                              .arg(parser.value(role)));
    user.ptj = parser.value(ptj).trimmed();
    if (user.role == Role::PtjHead && user.ptj.isEmpty())
        return usageError(ctx, kAddUser.name, QStringLiteral("--ptj is required for a head of PTj"));
    user.name = parser.value(name).trimmed();
    user.staffId = parser.value(staffId).trimmed();
    user.email = parser.value(email).trimmed();

    if (parser.isSet(passwordStdin)) {
        QFile in;
        (void)in.open(stdin, QIODevice::ReadOnly);
        user.password = QString::fromUtf8(in.readLine());
        while (user.password.endsWith(QLatin1Char('\n')) || user.password.endsWith(QLatin1Char('\r')))
            user.password.chop(1);
    } else if (!qEnvironmentVariableIsEmpty("MCS_NEW_PASSWORD")) {
        user.password = qEnvironmentVariable("MCS_NEW_PASSWORD");
    } else if (isatty(STDIN_FILENO)) {
        user.password = askHidden("New password: ");
        if (askHidden("Repeat it: ") != user.password)
            return usageError(ctx, kAddUser.name, QStringLiteral("the two passwords differ"));
    }
    if (user.password.isEmpty())
        return usageError(ctx, kAddUser.name,
                          QStringLiteral("no password: give it on stdin with --password-stdin or in MCS_NEW_PASSWORD"));

    auto db = openServer(parser.value(pg), kAddUser.name, ctx);
    if (!db)
        return ExitUsage;
    QString error;
    if (!ServerSecurity::addUser(*db, user, &error)) {
        ctx.err << "mcstudio-cli server add-user: " << db->location() << ": " << error << '\n';
        return ExitWanting;
    }
    ctx.out << user.login << " can sign in to " << db->location() << " as " << ServerSecurity::groupRole(user.role)
            << (user.ptj.isEmpty() ? QString() : QStringLiteral(" (PTj %1)").arg(user.ptj)) << '\n';
    return ExitSuccess;
}

} // namespace

int runServer(const QStringList &args, Context &ctx)
{
    const QString sub = args.value(1);
    QStringList rest = args.mid(2);
    if (sub == QLatin1String("init")) {
        rest.prepend(args.value(0) + QStringLiteral(" init"));
        return runInit(rest, ctx);
    }
    if (sub == QLatin1String("add-user")) {
        rest.prepend(args.value(0) + QStringLiteral(" add-user"));
        return runAddUser(rest, ctx);
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        ctx.out << "Usage: mcstudio-cli " << kInit.synopsis << "\n       mcstudio-cli " << kAddUser.synopsis << "\n\n"
                << kInit.name << ": " << kInit.summary << "\n" << kAddUser.name << ": " << kAddUser.summary << '\n';
        return ExitSuccess;
    }
    return usageError(ctx, QStringLiteral("server"),
                      sub.isEmpty() ? QStringLiteral("give a subcommand: init or add-user")
                                    : QStringLiteral("unknown subcommand '%1' (init or add-user)").arg(sub));
}

} // namespace mcs::cli

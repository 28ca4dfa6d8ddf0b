// mcstudio-cli: the headless tool for batch jobs and checks.
#include "appversion.h"
#include "cli.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mcstudio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(mcs::kAppVersion));
    QCoreApplication::setOrganizationName(QString::fromLatin1(mcs::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(mcs::kOrganizationDomain));

    QTextStream out(stdout);
    QTextStream err(stderr);
    mcs::cli::Context ctx{out, err, isatty(fileno(stderr)) != 0};
    const int code = mcs::cli::runCli(QCoreApplication::arguments(), ctx);
    out.flush();
    err.flush();
    return code;
}

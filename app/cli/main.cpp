// mcstudio-cli: the headless tool for batch jobs and checks.
#include "appversion.h"
#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstring>
#include <memory>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
    // Drawing statements needs fonts, i.e. a QGuiApplication; headless on the offscreen platform.
    const bool draws = argc > 1 && std::strcmp(argv[1], "mms") == 0;
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (draws && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What Qt would pick itself, without its warning on stderr (scripts read stderr).
        const QByteArray runtime = "/tmp/runtime-" + QByteArray::number(uint(getuid()));
        if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
            qputenv("XDG_RUNTIME_DIR", runtime);
    }
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
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

#include "clirunner.h"

#include <QProcess>

namespace mcs::test {

CliResult runCli(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess p;
    p.start(QStringLiteral(MCS_CLI_PATH), arguments);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace mcs::test

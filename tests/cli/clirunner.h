#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mcs::test {

// Runs the real mcstudio-cli binary end to end.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult runCli(const QStringList &arguments, const QByteArray &stdinData = {});

} // namespace mcs::test

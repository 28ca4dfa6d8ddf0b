#include "commands.h"

namespace mcs::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {QStringLiteral("verify"), QStringLiteral("verify TOKEN_OR_URL [--db FILE] [--key PEM]"),
         QStringLiteral("Check a statement's signed token or QR URL"), runVerify},
    };
    return list;
}

const Command &commandNamed(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return c;
    Q_ASSERT_X(false, "commandNamed", "unregistered command");
    return commands().front();
}

} // namespace mcs::cli

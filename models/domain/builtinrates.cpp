#include "builtinrates.h"

#include <QFile>

// The rates live in the mcs_resources static library; without this call the linker may drop its
// registration (Q_INIT_RESOURCE must be used outside any namespace).
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mcs {

QString builtinRateTablePath()
{
    return QStringLiteral(":/slt/rates-v1.json");
}

const RateTable &builtinRateTable()
{
    static const RateTable table = [] {
        initResources();
        QFile file(builtinRateTablePath());
        QString error;
        std::optional<RateTable> parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = RateTable::fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        // A broken built-in table is a build defect, caught by the tests, never a user's input.
        if (!parsed)
            qFatal("built-in SLT rate table %s: %s", qPrintable(builtinRateTablePath()), qPrintable(error));
        return *parsed;
    }();
    return table;
}

} // namespace mcs

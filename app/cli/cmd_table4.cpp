// mcstudio-cli table4 FILE.csv --xlsx OUT.xlsx: the MQA-style Table 4 summary workbook.
#include "builtinrates.h"
#include "commands.h"
#include "table4input.h"
#include "table4workbook.h"

#include <QFileInfo>

namespace mcs::cli {

int runTable4(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("table4"));
    QCommandLineParser parser;
    const QCommandLineOption xlsx(QStringLiteral("xlsx"), QStringLiteral("Write the summary workbook to OUT.xlsx."),
                                  QStringLiteral("OUT.xlsx"));
    parser.addOption(xlsx);
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("Table 4 as CSV."));
    bool helpShown = false;
    if (!parseArguments(parser, self, args, ctx, &helpShown))
        return helpShown ? ExitSuccess : ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(ctx, self.name, files.isEmpty() ? QStringLiteral("missing FILE.csv")
                                                          : QStringLiteral("unexpected argument '%1'").arg(files.at(1)));
    if (!parser.isSet(xlsx) || parser.value(xlsx).isEmpty())
        return usageError(ctx, self.name, QStringLiteral("missing --xlsx OUT.xlsx"));

    SltCalculator calc(builtinRateTable());
    Table4CsvLines lines;
    if (!loadTable4Csv(self.name, files.first(), &calc, &lines, ctx))
        return ExitUsage;
    QString error;
    if (!writeTable4Workbook(calc, parser.value(xlsx), QFileInfo(files.first()).fileName(), &error))
        return usageError(ctx, self.name, QStringLiteral("%1: cannot write: %2").arg(parser.value(xlsx), error));
    return ExitSuccess;
}

} // namespace mcs::cli

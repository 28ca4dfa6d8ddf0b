// mcstudio-cli slt FILE.csv [--json]: the SLT summary of a Table 4 CSV file.
#include "builtinrates.h"
#include "commands.h"
#include "sltreport.h"
#include "table4input.h"

#include <QFileInfo>

namespace mcs::cli {

int runSlt(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("slt"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print exactly one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), QStringLiteral("Table 4 as CSV (unit,topic,clo,activity,quantity,rate,mode,assessment,weight)."));
    bool helpShown = false;
    if (!parseArguments(parser, self, args, ctx, &helpShown))
        return helpShown ? ExitSuccess : ExitUsage;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(ctx, self.name, files.isEmpty() ? QStringLiteral("missing FILE.csv")
                                                          : QStringLiteral("unexpected argument '%1'").arg(files.at(1)));

    SltCalculator calc(builtinRateTable());
    Table4CsvLines lines;
    if (!loadTable4Csv(self.name, files.first(), &calc, &lines, ctx))
        return ExitUsage;
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(sltSummaryJson(calc, &lines));
    else
        ctx.out << sltSummaryText(calc, &lines, QFileInfo(files.first()).fileName());
    ctx.out.flush();
    return calc.errorCount() > 0 ? ExitWanting : ExitSuccess;
}

} // namespace mcs::cli

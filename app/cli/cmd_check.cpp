// mcstudio-cli check: the application-form compliance findings of one course.
#include "appsettings.h"
#include "builtinrates.h"
#include "commands.h"
#include "compliancereport.h"
#include "courseoption.h"
#include "databaseoption.h"
#include "sltcalculator.h"

namespace mcs::cli {

int runCheck(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("check"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("The MC code of the course to check."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print {\"findings\":[{rule, severity, section, field, message}]}."));
    parser.addOptions({course, json});
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;
    if (!parser.isSet(course))
        return usageError(ctx, self.name, QStringLiteral("--course CODE is required"));

    auto db = openDatabaseOption(parser, dbOptions, self.name, true, ctx);
    if (!db)
        return ExitUsage;
    const auto loaded = loadCourseByCode(*db, parser.value(course), self.name, ctx);
    if (!loaded)
        return ExitUsage;

    SltCalculator slt(builtinRateTable());
    slt.setTable(loaded->table4);
    const ComplianceContext context{AppSettings().accreditedProgrammeNames(), builtinBloomVerbs()};
    const QVector<ComplianceFinding> findings = checkCompliance(*loaded, slt, context);
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(complianceFindingsJson(findings));
    else
        ctx.out << complianceFindingsText(findings, loaded->code);
    const bool anyError = std::any_of(findings.begin(), findings.end(), [](const auto &f) { return f.isError(); });
    return anyError ? ExitWanting : ExitSuccess;
}

} // namespace mcs::cli

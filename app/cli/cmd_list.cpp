// mcstudio-cli list: the courses of a database, as text or JSON.
#include "commands.h"
#include "courserepository.h"
#include "databaseoption.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcs::cli {

int runList(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("list"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a JSON array of {code, title, kind, status, progress}."));
    parser.addOption(json);
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;

    auto db = openDatabaseOption(parser, dbOptions, self.name, true, ctx);
    if (!db)
        return ExitUsage;
    QVector<CourseSummary> courses;
    QString error;
    if (!CourseRepository(*db).listSummaries(&courses, &error))
        return usageError(ctx, self.name, QStringLiteral("%1: %2").arg(db->location(), error));

    if (parser.isSet(json)) {
        // Keys and values are a contract for scripts: kind and status are the stable keys.
        QJsonArray array;
        for (const CourseSummary &c : courses)
            array.append(QJsonObject{{QStringLiteral("code"), c.code},
                                     {QStringLiteral("title"), c.title},
                                     {QStringLiteral("kind"), courseKindKey(c.kind)},
                                     {QStringLiteral("status"), approvalStatusKey(c.status)},
                                     {QStringLiteral("progress"), c.progressPercent}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    int codeWidth = 4;
    int titleWidth = 5;
    for (const CourseSummary &c : courses) {
        codeWidth = qMax(codeWidth, int(c.code.size()));
        titleWidth = qMax(titleWidth, int(c.title.size()));
    }
    ctx.out << QStringLiteral("CODE").leftJustified(codeWidth) << "  " << QStringLiteral("TITLE").leftJustified(titleWidth)
            << "  " << QStringLiteral("KIND").leftJustified(17) << "  " << QStringLiteral("STATUS").leftJustified(24)
            << "  PROGRESS\n";
    for (const CourseSummary &c : courses)
        ctx.out << c.code.leftJustified(codeWidth) << "  " << c.title.leftJustified(titleWidth) << "  "
                << courseKindKey(c.kind).leftJustified(17) << "  " << approvalStatusKey(c.status).leftJustified(24)
                << "  " << c.progressPercent << "%\n";
    ctx.out << courses.size() << " course(s)\n";
    return ExitSuccess;
}

} // namespace mcs::cli

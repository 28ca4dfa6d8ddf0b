// mcstudio-cli results (--db FILE | --pg URL) --course CODE [--offering ID] [--json]
// mcstudio-cli results (--db FILE | --pg URL) --course CODE --offering ID --import FILE.csv
// Lists an offering's learners and results (NRIC masked), or imports them from CSV (docs/statements.md).
#include "commands.h"

#include "statementoptions.h"
#include "databaseoption.h"
#include "nric.h"
#include "resultsimporter.h"
#include "statementrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace mcs::cli {
namespace {

QString maskedId(const Learner &l)
{
    return l.isInternational() ? QStringLiteral("%1 (%2)").arg(l.passportNo, l.nationality) : maskNric(l.nric);
}

QString statusOf(const RosterEntry &e)
{
    if (e.statement)
        return e.statement->isRevoked() ? QStringLiteral("revoked") : QStringLiteral("issued");
    return e.isEligible() ? QStringLiteral("eligible") : QStringLiteral("not_eligible");
}

int importResults(const QString &path, qint64 offeringId, Database &db, const Command &command, Context &ctx)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return usageError(ctx, command.name, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    ResultsCsv csv;
    if (!csv.parse(QString::fromUtf8(file.readAll()))) {
        // One line: the first problem in full, the lines of the others.
        QString message = QStringLiteral("%1: %2").arg(path, csv.errors().constFirst());
        if (csv.errors().size() > 1) {
            QStringList more;
            for (int i = 1; i < csv.errors().size(); ++i)
                more << csv.errors().at(i).section(QLatin1Char(','), 0, 0);
            message += QStringLiteral("; %1 more problem(s): %2").arg(csv.errors().size() - 1).arg(more.join(QStringLiteral(", ")));
        }
        return usageError(ctx, command.name, message + QStringLiteral("; nothing was imported"));
    }
    ResultsImporter::Summary summary;
    QStringList errors;
    if (!ResultsImporter(db).import(offeringId, csv.rows(), &summary, &errors)) {
        ctx.err << "mcstudio-cli results: " << path << ": " << errors.join(QStringLiteral("; ")) << "; nothing was imported\n";
        return ExitWanting;
    }
    ctx.out << "imported " << csv.rows().size() << " learner(s) into offering " << offeringId << ": "
            << summary.learnersCreated << " new learner(s), " << summary.enrolmentsCreated << " new result(s), "
            << summary.enrolmentsUpdated << " updated, " << summary.unchanged << " unchanged\n";
    return ExitSuccess;
}

} // namespace

int runResults(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("results"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("The course."), QStringLiteral("CODE"));
    const QCommandLineOption offering(QStringLiteral("offering"), QStringLiteral("The offering (its id)."), QStringLiteral("ID"));
    const QCommandLineOption import(QStringLiteral("import"), QStringLiteral("Read learners and results from this CSV file."),
                                    QStringLiteral("FILE.csv"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("List as JSON."));
    parser.addOptions({course, offering, import, json});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (parser.value(course).isEmpty())
        return usageError(ctx, command.name, QStringLiteral("--course CODE is required"));
    if (parser.isSet(import) && !parser.isSet(offering))
        return usageError(ctx, command.name, QStringLiteral("--import needs --offering ID"));
    qint64 offeringId = 0;
    if (!offeringIdOption(parser, offering, command.name, ctx, &offeringId))
        return ExitUsage;
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;
    qint64 courseId = 0;
    QVector<Offering> offerings;
    if (!courseOfferings(*db, parser.value(course), offeringId, command.name, ctx, &courseId, &offerings))
        return ExitUsage;
    QString error;
    if (parser.isSet(import))
        return importResults(parser.value(import), offeringId, *db, command, ctx);

    QJsonArray list;
    StatementRepository statements(*db);
    for (const Offering &o : offerings) {
        QVector<RosterEntry> roster;
        if (!statements.roster(o.id, &roster, &error))
            return usageError(ctx, command.name, error);
        if (!parser.isSet(json))
            ctx.out << "offering " << o.id << ": " << o.name << " (" << o.startDate.toString(Qt::ISODate) << " – "
                    << o.endDate.toString(Qt::ISODate) << ")\n";
        for (const RosterEntry &e : roster) {
            const QString marks = e.enrolment.marks ? QString::number(*e.enrolment.marks) : QString();
            const QString serial = e.statement ? e.statement->serial : QString();
            if (parser.isSet(json)) {
                list.append(QJsonObject{{QStringLiteral("offering"), o.id},
                                        {QStringLiteral("name"), e.learner.name},
                                        {QStringLiteral("id"), maskedId(e.learner)},
                                        {QStringLiteral("marks"), e.enrolment.marks ? QJsonValue(*e.enrolment.marks) : QJsonValue()},
                                        {QStringLiteral("grade"), e.enrolment.grade},
                                        {QStringLiteral("result"), resultStatusKey(e.enrolment.result)},
                                        {QStringLiteral("senate_approved_on"),
                                         e.enrolment.senateApprovedOn.isValid() ? QJsonValue(e.enrolment.senateApprovedOn.toString(Qt::ISODate))
                                                                                : QJsonValue()},
                                        {QStringLiteral("serial"), serial.isEmpty() ? QJsonValue() : QJsonValue(serial)},
                                        {QStringLiteral("status"), statusOf(e)}});
            } else {
                ctx.out << "  " << e.learner.name.leftJustified(36) << ' ' << maskedId(e.learner).leftJustified(22) << ' '
                        << marks.rightJustified(5) << ' ' << e.enrolment.grade.leftJustified(3) << ' '
                        << resultStatusKey(e.enrolment.result).leftJustified(9) << ' '
                        << e.enrolment.senateApprovedOn.toString(Qt::ISODate).leftJustified(10) << ' ' << serial << ' '
                        << statusOf(e) << '\n';
            }
        }
    }
    if (parser.isSet(json))
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    return ExitSuccess;
}

} // namespace mcs::cli

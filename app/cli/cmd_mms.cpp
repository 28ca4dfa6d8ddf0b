// mcstudio-cli mms (--db FILE | --pg URL) (--course CODE [--offering ID] | --all) --out DIR [--single FILE.pdf]
// Issues (or reprints) the statements of every eligible learner and writes them as PDFs.
#include "commands.h"

#include "statementoptions.h"
#include "databaseoption.h"
#include "statementbatch.h"
#include "statementissuer.h"

#include <QDir>
#include <QFileInfo>

#include <mutex>

namespace mcs::cli {
namespace {

// "[#########...........]  412/1000" redrawn in place; only ever on a terminal.
class ProgressBar
{
public:
    explicit ProgressBar(Context &ctx) : m_ctx(ctx) {}
    void show(int done, int total)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        constexpr int kWidth = 30;
        const int filled = total > 0 ? done * kWidth / total : kWidth;
        if (filled == m_lastFilled && done != total)
            return;
        m_lastFilled = filled;
        m_ctx.err << "\r[" << QString(filled, QLatin1Char('#')) << QString(kWidth - filled, QLatin1Char('.')) << "] "
                  << done << '/' << total;
        if (done == total)
            m_ctx.err << '\n';
        m_ctx.err.flush();
    }

private:
    Context &m_ctx;
    std::mutex m_mutex;
    int m_lastFilled = -1;
};

} // namespace

int runMms(const QStringList &args, Context &ctx)
{
    const Command &command = commandNamed(QStringLiteral("mms"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("The course's learners."), QStringLiteral("CODE"));
    const QCommandLineOption offering(QStringLiteral("offering"), QStringLiteral("Only this offering of the course (its id)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every course's learners."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder for the PDFs."), QStringLiteral("DIR"));
    const QCommandLineOption single(QStringLiteral("single"),
                                    QStringLiteral("One PDF with every statement instead (a relative name lands in DIR)."),
                                    QStringLiteral("FILE.pdf"));
    parser.addOptions({course, offering, all, out, single});
    if (const auto exit = parseOptionsOnly(parser, command, args, ctx))
        return *exit;
    if (parser.isSet(course) == parser.isSet(all))
        return usageError(ctx, command.name, QStringLiteral("give exactly one of --course CODE or --all"));
    if (parser.isSet(offering) && !parser.isSet(course))
        return usageError(ctx, command.name, QStringLiteral("--offering needs --course"));
    if (parser.value(out).isEmpty())
        return usageError(ctx, command.name, QStringLiteral("--out DIR is required"));
    qint64 offeringId = 0;
    if (!offeringIdOption(parser, offering, command.name, ctx, &offeringId))
        return ExitUsage;
    auto db = openDatabaseOption(parser, dbOptions, command.name, true, ctx);
    if (!db)
        return ExitUsage;

    qint64 courseId = 0;
    QVector<Offering> offerings;
    if (parser.isSet(course) && !courseOfferings(*db, parser.value(course), offeringId, command.name, ctx, &courseId, &offerings))
        return ExitUsage;

    StatementIssuer issuer(*db);
    const StatementIssuer::Result issued = issuer.issueFor(courseId, offeringId);
    if (!issued.ok)
        return usageError(ctx, command.name, QStringLiteral("%1: %2").arg(db->location(), issued.error));
    for (const QString &line : issued.revoked)
        ctx.err << "mcstudio-cli mms: " << line << '\n';
    if (issued.statements.isEmpty()) {
        ctx.err << "mcstudio-cli mms: no learner has a Senate-approved pass; no statement was written\n";
        return ExitWanting;
    }

    QVector<StatementData> pages;
    for (const StatementIssuer::Printable &p : issued.statements)
        pages << p.data;
    ProgressBar bar(ctx);
    StatementBatch::Progress progress;
    if (ctx.errIsTerminal)
        progress = [&bar](int done, int total) { bar.show(done, total); };
    const StatementBatch batch(issuer.renderer());
    const QDir dir(parser.value(out));
    StatementBatch::Result written;
    if (parser.isSet(single)) {
        if (!QDir().mkpath(dir.path()))
            return usageError(ctx, command.name, QStringLiteral("cannot create the folder %1").arg(dir.path()));
        written = batch.writeSingle(pages, dir.filePath(parser.value(single)), progress);
    } else {
        written = batch.writeFiles(pages, dir.path(), progress);
    }
    if (!written.error.isEmpty())
        return usageError(ctx, command.name, written.error);
    for (const QString &path : written.written)
        ctx.out << QDir::toNativeSeparators(path) << '\n';
    return ExitSuccess;
}

} // namespace mcs::cli

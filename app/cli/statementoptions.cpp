#include "statementoptions.h"

#include "courserepository.h"
#include "database.h"
#include "offeringrepository.h"
#include "statementrepository.h"

#include <QCommandLineParser>

#include <algorithm>

namespace mcs::cli {

std::optional<Statement> statementBySerial(Database &db, const QString &serial, const QString &command, Context &ctx)
{
    QString error;
    auto stored = StatementRepository(db).findBySerial(serial, &error);
    if (!stored)
        usageError(ctx, command,
                   error.isEmpty() ? QStringLiteral("--serial: no statement %1 in %2").arg(serial, db.location()) : error);
    return stored;
}

bool offeringIdOption(const QCommandLineParser &parser, const QCommandLineOption &offering, const QString &command,
                      Context &ctx, qint64 *id)
{
    *id = 0;
    if (!parser.isSet(offering))
        return true;
    bool ok = false;
    *id = parser.value(offering).toLongLong(&ok);
    if (ok && *id > 0)
        return true;
    usageError(ctx, command, QStringLiteral("--offering: '%1' is not an offering id").arg(parser.value(offering)));
    return false;
}

bool courseOfferings(Database &db, const QString &code, qint64 offeringId, const QString &command, Context &ctx,
                     qint64 *courseId, QVector<Offering> *offerings)
{
    QString error;
    *courseId = CourseRepository(db).idOfCode(code, &error);
    if (*courseId == 0) {
        usageError(ctx, command, error.isEmpty() ? QStringLiteral("--course: no course with code '%1'").arg(code) : error);
        return false;
    }
    if (!OfferingRepository(db).offeringsOfCourse(*courseId, offerings, &error)) {
        usageError(ctx, command, error);
        return false;
    }
    if (offeringId == 0)
        return true;
    const auto it = std::find_if(offerings->cbegin(), offerings->cend(), [&](const Offering &o) { return o.id == offeringId; });
    if (it == offerings->cend()) {
        usageError(ctx, command, QStringLiteral("--offering: %1 is not an offering of %2").arg(offeringId).arg(code));
        return false;
    }
    *offerings = {*it};
    return true;
}

} // namespace mcs::cli

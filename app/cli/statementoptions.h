#pragma once

#include "cli.h"
#include "offering.h"
#include "statement.h"

#include <QVector>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace mcs {
class Database;
}

// The options shared by the statement commands (badge, revoke, mms, results): each failure prints
// one line naming the option at fault (exit code 2 follows).
namespace mcs::cli {

// --serial S (badge, revoke): the statement with that serial.
std::optional<Statement> statementBySerial(Database &db, const QString &serial, const QString &command, Context &ctx);

// --offering ID: *id is the positive id, or 0 when the option is not given.
bool offeringIdOption(const QCommandLineParser &parser, const QCommandLineOption &offering, const QString &command,
                      Context &ctx, qint64 *id);

// --course CODE [--offering ID] (mms, results): the course's id and its offerings, only the one
// named when offeringId is not 0.
bool courseOfferings(Database &db, const QString &code, qint64 offeringId, const QString &command, Context &ctx,
                     qint64 *courseId, QVector<Offering> *offerings);

} // namespace mcs::cli

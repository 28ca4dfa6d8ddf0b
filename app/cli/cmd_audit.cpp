// mcstudio-cli audit: the audit trail (issue 9), filtered by person, course, table and dates.
#include "auditmodel.h"
#include "auditrepository.h"
#include "commands.h"
#include "courserepository.h"
#include "databaseoption.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcs::cli {
namespace {

QJsonValue jsonOrNull(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

int runAudit(const QStringList &args, Context &ctx)
{
    const Command &self = commandNamed(QStringLiteral("audit"));
    QCommandLineParser parser;
    DatabaseOptions dbOptions;
    dbOptions.addTo(parser);
    const QCommandLineOption person(QStringLiteral("person"), QStringLiteral("Only changes by this login."),
                                    QStringLiteral("LOGIN"));
    const QCommandLineOption course(QStringLiteral("course"), QStringLiteral("Only changes of this course."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption table(QStringLiteral("table"), QStringLiteral("Only changes of this table."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("From this UTC day on."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Up to this UTC day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N changes, newest first (2000)."),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print a JSON array of {id, at, who, table, record, course, old, new}."));
    parser.addOptions({person, course, table, from, to, limit, json});
    if (const auto exit = parseOptionsOnly(parser, self, args, ctx))
        return *exit;
    AuditFilter filter;
    filter.who = parser.value(person);
    filter.tableName = parser.value(table);
    for (const auto &[option, date] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *date = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!date->isValid())
            return usageError(ctx, self.name, QStringLiteral("--%1: '%2' is not a date YYYY-MM-DD")
                                                  .arg(option->names().first(), parser.value(*option)));
    }
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.limit = parser.value(limit).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return usageError(ctx, self.name, QStringLiteral("--limit: '%1' is not a positive number").arg(parser.value(limit)));
    }
    auto db = openDatabaseOption(parser, dbOptions, self.name, true, ctx);
    if (!db)
        return ExitUsage;
    QString error;
    if (parser.isSet(course)) {
        filter.courseId = CourseRepository(*db).idOfCode(parser.value(course), &error);
        if (filter.courseId == 0)
            return usageError(ctx, self.name, QStringLiteral("--course: %1 has no course %2")
                                                  .arg(db->location(), parser.value(course)));
    }
    QVector<AuditEntry> entries;
    if (!AuditRepository(*db).query(filter, &entries, &error)) {
        ctx.err << "mcstudio-cli audit: " << db->location() << ": " << error << '\n';
        return ExitWanting;
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditEntry &e : entries)
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("who"), e.who.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.who)},
                                     {QStringLiteral("table"), e.tableName},
                                     {QStringLiteral("record"), e.recordId},
                                     {QStringLiteral("course"), e.courseCode.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                       : QJsonValue(e.courseCode)},
                                     {QStringLiteral("old"), jsonOrNull(e.oldValues)},
                                     {QStringLiteral("new"), jsonOrNull(e.newValues)}});
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    for (const AuditEntry &e : entries) {
        const QString action = e.oldValues.isEmpty() ? QStringLiteral("insert")
                               : e.newValues.isEmpty() ? QStringLiteral("delete")
                                                       : QStringLiteral("update");
        ctx.out << e.at.toUTC().toString(Qt::ISODate) << "  " << (e.who.isEmpty() ? QStringLiteral("-") : e.who) << "  "
                << action << ' ' << e.tableName << ' ' << e.recordId << "  "
                << (e.courseCode.isEmpty() ? QStringLiteral("-") : e.courseCode) << "  "
                << AuditModel::changeSummary(e.oldValues, e.newValues) << '\n';
    }
    ctx.out << entries.size() << " change(s)\n";
    return ExitSuccess;
}

} // namespace mcs::cli

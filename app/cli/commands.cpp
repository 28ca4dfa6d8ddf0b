#include "commands.h"

namespace mcs::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {QStringLiteral("verify"), QStringLiteral("verify TOKEN_OR_URL [--db FILE | --pg URL] [--key PEM]"),
         QStringLiteral("Check a statement's signed token or QR URL"), runVerify},
        {QStringLiteral("slt"), QStringLiteral("slt FILE.csv [--json]"),
         QStringLiteral("Student Learning Time summary of a Table 4 CSV file"), runSlt},
        {QStringLiteral("table4"), QStringLiteral("table4 FILE.csv --xlsx OUT.xlsx"),
         QStringLiteral("Write the Table 4 summary workbook of a CSV file"), runTable4},
        {QStringLiteral("schedule"), QStringLiteral("schedule --start YYYY-MM-DD [--json]"),
         QStringLiteral("Print the planned milestone schedule (Table 3)"), runSchedule},
        {QStringLiteral("portfolio"), QStringLiteral("portfolio --db FILE [--json]"),
         QStringLiteral("Every course's progress, next due date, overdue flag and forecast"), runPortfolio},
        {QStringLiteral("ics"), QStringLiteral("ics --db FILE [--course CODE] --out FILE.ics"),
         QStringLiteral("Write the milestone due dates as an iCalendar file"), runIcs},
        {QStringLiteral("demo"), QStringLiteral("demo (--db FILE | --pg URL) [--courses N] [--learners M] [--seed S]"),
         QStringLiteral("Write a realistic demonstration portfolio into a new database"), runDemo},
        {QStringLiteral("list"), QStringLiteral("list (--db FILE | --pg URL) [--json]"),
         QStringLiteral("List the courses: code, title, kind, status, progress %"), runList},
        {QStringLiteral("check"), QStringLiteral("check (--db FILE | --pg URL) --course CODE [--json]"),
         QStringLiteral("Check a course's application form against the guidelines"), runCheck},
        {QStringLiteral("export"), QStringLiteral("export (--db FILE | --pg URL) --course CODE --out FILE.json"),
         QStringLiteral("Write one course as a course exchange file"), runExport},
        {QStringLiteral("import"), QStringLiteral("import (--db FILE | --pg URL) IN.json [--replace]"),
         QStringLiteral("Read a course exchange file into the database"), runImport},
        {QStringLiteral("server"), QStringLiteral("server (init | add-user) --pg URL ..."),
         QStringLiteral("Set up the shared server: roles, security and workflow; add people as logins"), runServer},
        {QStringLiteral("audit"),
         QStringLiteral("audit (--db FILE | --pg URL) [--person LOGIN] [--course CODE] [--from DATE] [--to DATE] [--json]"),
         QStringLiteral("Who changed which course, result or statement, and when"), runAudit},
        {QStringLiteral("keys"), QStringLiteral("keys (--db FILE | --pg URL) --public"),
         QStringLiteral("Print the issuer's public key (PEM) for independent verification"), runKeys},
        {QStringLiteral("results"), QStringLiteral("results (--db FILE | --pg URL) --course CODE [--offering ID] [--import FILE.csv] [--json]"),
         QStringLiteral("List an offering's learners and results, or import them from CSV"), runResults},
        {QStringLiteral("mms"), QStringLiteral("mms (--db FILE | --pg URL) (--course CODE [--offering ID] | --all) --out DIR [--single FILE.pdf]"),
         QStringLiteral("Issue and write the learners' statements (MMS) as PDFs"), runMms},
        {QStringLiteral("badge"), QStringLiteral("badge (--db FILE | --pg URL) --serial S [--jwt] --out FILE"),
         QStringLiteral("Write a statement's Open Badges 3.0 credential; print the LinkedIn link"), runBadge},
        {QStringLiteral("revoke"), QStringLiteral("revoke (--db FILE | --pg URL) --serial S --reason TEXT"),
         QStringLiteral("Revoke an issued statement, with the reason"), runRevoke},
        {QStringLiteral("issuer"), QStringLiteral("issuer (--db FILE | --pg URL) [--set KEY=VALUE]... [--logo FILE.png]"),
         QStringLiteral("Show or change what statements and badges say about the issuer"), runIssuer},
        {QStringLiteral("checkout"), QStringLiteral("checkout --db SERVER_OR_FILE --course CODE --out LOCAL.sqlite"),
         QStringLiteral("Copy a course into a local file to work offline"), runCheckout},
        {QStringLiteral("checkin"), QStringLiteral("checkin --db SERVER_OR_FILE --from LOCAL.sqlite [--force-mine|--force-theirs]"),
         QStringLiteral("Send offline work back; conflicting parts are listed"), runCheckin},
    };
    return list;
}

const Command &commandNamed(const QString &name)
{
    for (const Command &c : commands())
        if (c.name == name)
            return c;
    Q_ASSERT_X(false, "commandNamed", "unregistered command");
    return commands().front();
}

} // namespace mcs::cli

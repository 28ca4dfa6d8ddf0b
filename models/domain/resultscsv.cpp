#include "resultscsv.h"

#include "csvrecords.h"
#include "nric.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <iterator>

namespace mcs {
namespace {

// lupdate files these strings under mcs::ResultsCsv, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ResultsCsv)
};

enum Column { Name, Nric, Passport, Nationality, Email, Marks, Grade, Result, SenateApprovedOn, ColumnCount };

const char *const kColumnNames[ColumnCount] = {"name",  "nric",  "passport_no", "nationality",       "email",
                                               "marks", "grade", "result",      "senate_approved_on"};

} // namespace

QStringList ResultsCsv::columns()
{
    QStringList out;
    for (const char *c : kColumnNames)
        out << QString::fromLatin1(c);
    return out;
}

void ResultsCsv::addError(int line, int column, const QString &columnName, const QString &message)
{
    if (m_errors.size() >= kMaxErrors)
        return;
    if (columnName.isEmpty())
        m_errors << Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    else
        m_errors << Tr::tr("line %1, column %2 (%3): %4").arg(line).arg(column).arg(columnName, message);
}

bool ResultsCsv::parse(QStringView text, const QDate &today)
{
    m_rows.clear();
    m_errors.clear();
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QVector<CsvRecord> records;
    int errorLine = 0;
    int errorField = 0;
    QString error;
    if (!parseCsvRecords(text, &records, &errorLine, &errorField, &error)) {
        addError(errorLine, errorField + 1, QString(), error);
        return false;
    }
    while (!records.isEmpty() && records.first().isBlank())
        records.removeFirst();
    if (records.isEmpty()) {
        m_errors << Tr::tr("line 1: the file is empty; the first line names the columns (%1)").arg(columns().join(QStringLiteral(", ")));
        return false;
    }

    // Header: which field holds which column.
    const CsvRecord &header = records.first();
    int where[ColumnCount];
    std::fill(std::begin(where), std::end(where), -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const int c = int(columns().indexOf(name));
        if (c < 0) {
            addError(header.line, i + 1, name, Tr::tr("unknown column; the columns are %1").arg(columns().join(QStringLiteral(", "))));
        } else if (where[c] >= 0) {
            addError(header.line, i + 1, name, Tr::tr("the column appears twice (also column %1)").arg(where[c] + 1));
        } else {
            where[c] = i;
        }
    }
    for (Column required : {Name, Result})
        if (where[required] < 0)
            m_errors << Tr::tr("line %1: the column %2 is missing").arg(header.line).arg(QString::fromLatin1(kColumnNames[required]));
    if (where[Nric] < 0 && where[Passport] < 0)
        m_errors << Tr::tr("line %1: give the column nric, passport_no or both").arg(header.line);
    if (!m_errors.isEmpty())
        return false;

    QHash<QString, int> seen; // learner identity -> line
    QVector<ResultsRow> rows;
    for (int r = 1; r < records.size(); ++r) {
        const CsvRecord &rec = records.at(r);
        if (rec.isBlank())
            continue;
        const int line = rec.line;
        if (rec.fields.size() > header.fields.size()) {
            addError(line, int(header.fields.size()) + 1, QString(),
                     Tr::tr("%1 fields, but the header names only %2 columns").arg(rec.fields.size()).arg(header.fields.size()));
            continue;
        }
        auto field = [&](Column c) { return where[c] < 0 || where[c] >= rec.fields.size() ? QString() : rec.fields.at(where[c]).trimmed(); };
        auto fail = [&](Column c, const QString &message) {
            addError(line, where[c] + 1, QString::fromLatin1(kColumnNames[c]), message);
        };

        ResultsRow row;
        row.line = line;
        Learner &l = row.learner;
        Enrolment &e = row.enrolment;
        l.name = field(Name).simplified();
        if (l.name.isEmpty())
            fail(Name, Tr::tr("the learner's name is empty"));

        const QString nric = field(Nric);
        const QString passport = field(Passport);
        QString identity;
        if (!nric.isEmpty() && !passport.isEmpty()) {
            fail(Passport, Tr::tr("give an NRIC or a passport number, not both"));
        } else if (!nric.isEmpty()) {
            const NricCheck check = checkNric(nric, today);
            if (!check.valid)
                fail(Nric, check.error);
            l.nric = check.normalized;
            identity = QStringLiteral("nric:") + check.normalized;
        } else if (!passport.isEmpty()) {
            // Appendix 1: an international learner is known by passport number and nationality.
            l.passportNo = passport.toUpper().remove(QLatin1Char(' '));
            l.nationality = field(Nationality);
            if (l.nationality.isEmpty())
                fail(Nationality, Tr::tr("an international learner's nationality is needed with the passport number"));
            identity = QStringLiteral("passport:%1/%2").arg(l.passportNo, l.nationality.toLower());
        } else {
            fail(where[Nric] >= 0 ? Nric : Passport,
                 Tr::tr("a Malaysian learner needs an NRIC; an international learner a passport number and nationality"));
        }
        if (!identity.isEmpty()) {
            if (const int first = seen.value(identity); first > 0)
                fail(where[Nric] >= 0 && !l.nric.isEmpty() ? Nric : Passport, Tr::tr("the same learner as on line %1").arg(first));
            else
                seen.insert(identity, line);
        }

        l.email = field(Email);
        if (!l.email.isEmpty() && (!l.email.contains(QLatin1Char('@')) || l.email.contains(QLatin1Char(' '))))
            fail(Email, Tr::tr("\"%1\" is not an e-mail address").arg(l.email));

        const QString resultText = field(Result).toLower();
        if (!resultStatusFromKey(resultText, &e.result))
            fail(Result, Tr::tr("\"%1\" is not a result; write pass, fail, enrolled or withdrawn").arg(field(Result)));

        if (const QString marks = field(Marks); !marks.isEmpty()) {
            bool ok = false;
            const double value = marks.toDouble(&ok);
            if (!ok || value < 0 || value > 100)
                fail(Marks, Tr::tr("\"%1\" is not a mark from 0 to 100").arg(marks));
            else
                e.marks = value;
        }
        e.grade = field(Grade).toUpper();
        const bool graded = e.result == ResultStatus::Pass || e.result == ResultStatus::Fail;
        if (graded && e.grade.isEmpty())
            fail(Grade, Tr::tr("a pass or fail needs its grade"));

        if (const QString senate = field(SenateApprovedOn); !senate.isEmpty()) {
            e.senateApprovedOn = QDate::fromString(senate, Qt::ISODate);
            if (!e.senateApprovedOn.isValid())
                fail(SenateApprovedOn, Tr::tr("\"%1\" is not a date; write YYYY-MM-DD").arg(senate));
            else if (e.senateApprovedOn > today)
                fail(SenateApprovedOn, Tr::tr("%1 lies in the future").arg(senate));
            else if (!graded)
                fail(SenateApprovedOn, Tr::tr("Senate approves only a pass or a fail, not \"%1\"").arg(resultText));
        }
        rows.append(row);
    }
    if (!m_errors.isEmpty())
        return false;
    if (rows.isEmpty()) {
        m_errors << Tr::tr("line %1: there is no learner after the header").arg(header.line + 1);
        return false;
    }
    m_rows = rows;
    return true;
}

} // namespace mcs

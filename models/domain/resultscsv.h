#pragma once

#include "offering.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace mcs {

// One learner's line of a results CSV file (docs/statements.md): who the learner is and the
// result in the offering. Learner and enrolment carry no database ids yet.
struct ResultsRow
{
    int line = 0; // 1-based line of the file where the record starts
    Learner learner;
    Enrolment enrolment;
};

// Reads a learners-and-results CSV file. Columns (header on line 1, any order, names without
// regard to case): name, nric, passport_no, nationality, email, marks, grade, result,
// senate_approved_on. Every problem is reported as "line L, column C (name): what is wrong";
// the rows are returned only when there is none, so an import is all or nothing.
class ResultsCsv
{
public:
    static QStringList columns();

    // today: NRIC dates of birth and Senate dates may not lie after it.
    bool parse(QStringView text, const QDate &today = QDate::currentDate());

    const QVector<ResultsRow> &rows() const { return m_rows; }
    const QStringList &errors() const { return m_errors; } // at most kMaxErrors
    static constexpr int kMaxErrors = 50;

private:
    void addError(int line, int column, const QString &columnName, const QString &message);

    QVector<ResultsRow> m_rows;
    QStringList m_errors;
};

} // namespace mcs

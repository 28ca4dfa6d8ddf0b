#pragma once

#include "resultscsv.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace mcs {

class Database;

// Writes the rows of a results CSV file (ResultsCsv) into one offering, all or nothing: learners
// are matched by NRIC, or by passport number and nationality, and created when new; each
// learner's enrolment is created or its result updated. A result that already carries an issued
// (unrevoked) statement is not changed: the statement would no longer tell the truth.
class ResultsImporter
{
public:
    explicit ResultsImporter(Database &db);

    struct Summary
    {
        int learnersCreated = 0;
        int enrolmentsCreated = 0;
        int enrolmentsUpdated = 0;
        int unchanged = 0;
    };

    // errors: one line each, naming the file's line ("line 4: ..."); nothing is written then.
    bool import(qint64 offeringId, const QVector<ResultsRow> &rows, Summary *summary, QStringList *errors);

private:
    Database &m_db;
};

} // namespace mcs

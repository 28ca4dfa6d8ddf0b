#include "table4import.h"

#include "coursecommands.h"
#include "coursedocument.h"
#include "table4csv.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace mcs {

bool importTable4Csv(CourseDocument *doc, const QByteArray &csv, QString *error)
{
    Table4 table;
    Table4CsvLines lines;
    Table4CsvError e;
    if (!Table4Csv::read(csv, doc->slt().rates(), &table, &lines, &e)) {
        if (error)
            *error = e.toString();
        return false;
    }
    doc->undoStack()->push(new ReplaceTable4Command(
        doc, table, QCoreApplication::translate("mcs::Table4Import", "Import Table 4")));
    return true;
}

} // namespace mcs

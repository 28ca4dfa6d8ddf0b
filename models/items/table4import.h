#pragma once

#include <QByteArray>
#include <QString>

namespace mcs {

class CourseDocument;

// Imports a Table 4 CSV (docs/slt.md) into a document as one undo step (ReplaceTable4Command).
// Nothing is imported when the file cannot be read: *error then says which line and column is
// at fault ("line 7, column 'quantity': 'ten' is not a number").
bool importTable4Csv(CourseDocument *doc, const QByteArray &csv, QString *error);

} // namespace mcs

#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace mcs {

// One record of an RFC 4180 CSV text and the line it starts on (1-based).
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    bool isBlank() const; // no field holds anything but spaces
};

// Splits CSV text into records: comma-separated, fields in double quotes may hold commas, line
// breaks and doubled quotes; LF, CRLF or CR end a record. On malformed quoting returns false and
// names the line and 0-based field in *errorLine, *errorField and *error.
bool parseCsvRecords(QStringView text, QVector<CsvRecord> *records, int *errorLine, int *errorField, QString *error);

// A field quoted for CSV when it needs to be (comma, quote, line break, or spaces at its ends).
QString csvField(const QString &value);

} // namespace mcs

#pragma once

#include "ratetable.h"
#include "sltfinding.h"
#include "table4.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace mcs {

// Where each unit and activity of a Table 4 read from CSV came from (header = line 1).
struct Table4CsvLines
{
    QVector<int> units;               // the line of each unit's first row
    QVector<QVector<int>> activities; // the line of each activity

    int lineOf(int unit, int activity) const; // 0 when unknown; activity -1 = the unit's line
    void locate(QVector<SltFinding> *findings) const; // sets each finding's line
};

// Why a CSV file could not be read: the line (header = 1, 0 for the whole file), the column
// (empty when not about one column) and what is wrong.
struct Table4CsvError
{
    int line = 0;
    QString column;
    QString message;

    QString toString() const; // "line 7, column 'quantity': 'ten' is not a number"
};

// The CSV interchange of Table 4 with lecturers' spreadsheets: UTF-8 (BOM accepted), a header
// row, RFC 4180 quoting, LF or CRLF, columns unit,topic,clo,activity,quantity,rate,mode,
// assessment,weight in any order. unit, activity and quantity are required; empty rate, mode,
// assessment and weight take the defaults (midpoint rate, online_async, not graded, no weight).
// clo holds codes separated by ';'. A unit's title is the first non-blank topic of its rows; a
// row with a unit and topic but no activity declares a unit without activities.
class Table4Csv
{
public:
    static const QStringList &columns(); // the writer's order

    // Reads CSV bytes; activity types are checked against `rates`. Returns false and fills *error
    // when a cell cannot be interpreted.
    static bool read(const QByteArray &bytes, const RateTable &rates, Table4 *table, Table4CsvLines *lines,
                     Table4CsvError *error);

    // Writes the table in the same format (UTF-8, LF, no BOM): reading it back gives the same
    // units and activities.
    static QByteArray write(const Table4 &table);
};

} // namespace mcs

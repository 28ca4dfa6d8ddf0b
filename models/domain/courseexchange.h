#pragma once

#include "course.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mcs {

// The course exchange file (docs/exchange-format.md): one whole course — form, team, CLOs,
// assessment, Table 4, milestones, attachments — as versioned JSON, to mail a proposal to a
// colleague or move it between a local file and the server. Bookkeeping (id, row version,
// created/updated) stays with each database and is not carried.
constexpr int kCourseExchangeVersion = 1;
QString courseExchangeFormat(); // "mcstudio-course"

QByteArray courseToExchangeJson(const Course &course);

// Where a file is at fault: a JSON path such as "$.table4.units[2].activities[0].quantity" and
// what is wrong there.
struct ExchangeError
{
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

// Reads a file written by courseToExchangeJson (this or an older version). Strict: a missing key,
// a value of the wrong type or an unknown enumeration key is an error naming its path; then
// nothing is returned. The course comes back with id 0 and no bookkeeping.
std::optional<Course> courseFromExchangeJson(const QByteArray &json, ExchangeError *error);

} // namespace mcs

#pragma once

#include "ratetable.h"

#include <QString>
#include <QVector>

#include <optional>

namespace mcs {

class Database;

// The SLT rate tables (2.2), versioned: a course's Table 4 names the version it was computed with,
// so a later table never changes an approved course's figures. The definition is the rate
// table's JSON text as the SLT engine reads it; storage keeps it verbatim.
class SltRateTableRepository
{
public:
    explicit SltRateTableRepository(Database &db);

    // Stores a new version; a version once stored is never replaced (returns false, *error says so).
    bool store(int version, const QString &definition, QString *error);
    QString definition(int version, QString *error) const; // empty when absent
    QVector<int> versions(QString *error) const;

    // The table of a version: a stored one, or the built-in table for its own version when the
    // database does not hold it. Nothing (and *error) for an unknown or unreadable version.
    std::optional<RateTable> rateTable(int version, QString *error) const;
    // The table in use for new work: the highest version, stored or built in.
    std::optional<RateTable> latest(QString *error) const;
    // The version number a new table gets: one above the latest.
    int nextVersion(QString *error) const;
    // Stores a new version (its JSON); refuses a version already stored or the built-in one's.
    bool store(const RateTable &table, QString *error);

private:
    Database &m_db;
};

} // namespace mcs

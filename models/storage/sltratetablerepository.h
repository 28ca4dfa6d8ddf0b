#pragma once

#include <QString>
#include <QVector>

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

private:
    Database &m_db;
};

} // namespace mcs

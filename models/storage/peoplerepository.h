#pragma once

#include "person.h"
#include "storeresult.h"

#include <QVariantList>
#include <QVector>

namespace mcs {

class Database;

// People who work on courses and their roles (domain.md "People"); issue 9 maps the roles onto
// PostgreSQL group roles.
class PeopleRepository
{
public:
    explicit PeopleRepository(Database &db);

    // Inserts (id 0) or updates a person with their roles, in one transaction.
    StoreResult save(Person *person);
    bool people(QVector<Person> *out, QString *error) const; // two queries whatever the count
    // The people who hold `role` (with all their roles), by name: for instance the SMEs CFLEX may
    // appoint to vet a course. Two queries whatever the count.
    bool peopleWithRole(Role role, QVector<Person> *out, QString *error) const;

private:
    bool read(const QString &where, const QVariantList &values, QVector<Person> *out, QString *error) const;

    Database &m_db;
};

} // namespace mcs

#pragma once

#include "person.h"
#include "storeresult.h"

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

private:
    Database &m_db;
};

} // namespace mcs

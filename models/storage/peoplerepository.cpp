#include "peoplerepository.h"

#include "database.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlQuery>

namespace mcs {

PeopleRepository::PeopleRepository(Database &db)
    : m_db(db)
{
}

StoreResult PeopleRepository::save(Person *person)
{
    auto failed = [this]() { return StoreResult::failure(StoreResult::Status::Failed, m_db.lastError()); };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed();
    qint64 id = person->id;
    QSqlQuery q = m_db.prepare(id == 0 ? QStringLiteral("INSERT INTO person (login, name, staff_id, email, ptj)"
                                                        " VALUES (?, ?, ?, ?, ?) RETURNING id")
                                       : QStringLiteral("UPDATE person SET login = ?, name = ?, staff_id = ?,"
                                                        " email = ?, ptj = ? WHERE id = ?"));
    // An empty login is stored as NULL: UNIQUE allows many people without a server login.
    q.addBindValue(person->login.isEmpty() ? QVariant() : QVariant(person->login));
    for (const QVariant &v : {sql::text(person->name), QVariant(person->staffId), QVariant(person->email),
                              QVariant(person->ptj)})
        q.addBindValue(v);
    if (id != 0)
        q.addBindValue(id);
    if (!m_db.exec(q))
        return failed();
    if (id == 0) {
        if (!q.next())
            return failed();
        id = q.value(0).toLongLong();
        q.finish();
    } else if (q.numRowsAffected() != 1) {
        return StoreResult::failure(StoreResult::Status::Deleted, person->name);
    }
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM person_role WHERE person_id = ?"));
    del.addBindValue(id);
    if (!m_db.exec(del))
        return failed();
    QSqlQuery role = m_db.prepare(QStringLiteral("INSERT INTO person_role (person_id, role) VALUES (?, ?)"));
    for (Role r : person->roles) {
        role.addBindValue(id);
        role.addBindValue(roleKey(r));
        if (!m_db.exec(role))
            return failed();
    }
    if (!transaction.commit())
        return failed();
    person->id = id;
    return StoreResult::saved();
}

bool PeopleRepository::people(QVector<Person> *out, QString *error) const
{
    return read(QString(), {}, out, error);
}

bool PeopleRepository::peopleWithRole(Role role, QVector<Person> *out, QString *error) const
{
    return read(QStringLiteral("WHERE id IN (SELECT person_id FROM person_role WHERE role = ?)"), {roleKey(role)}, out, error);
}

bool PeopleRepository::read(const QString &where, const QVariantList &values, QVector<Person> *out, QString *error) const
{
    out->clear();
    auto fail = [&]() {
        if (error)
            *error = m_db.lastError();
        return false;
    };
    // Everyone is listed by id; a selection (for a picker) by name.
    const QString order = where.isEmpty() ? QStringLiteral("id") : QStringLiteral("name, id");
    // Each result is read to the end before the next query: PostgreSQL streams one result at a time.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, login, name, staff_id, email, ptj FROM person %1 ORDER BY %2").arg(where, order));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!m_db.exec(q))
        return fail();
    QHash<qint64, int> index;
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.login = q.value(1).toString();
        p.name = q.value(2).toString();
        p.staffId = q.value(3).toString();
        p.email = q.value(4).toString();
        p.ptj = q.value(5).toString();
        index.insert(p.id, int(out->size()));
        out->append(p);
    }
    QSqlQuery r = m_db.prepare(QStringLiteral("SELECT person_id, role FROM person_role %1 ORDER BY person_id, role")
                                   .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE person_id IN (SELECT id FROM person %1)").arg(where)));
    for (const QVariant &v : values)
        r.addBindValue(v);
    if (!m_db.exec(r))
        return fail();
    while (r.next()) {
        Role role;
        const int i = index.value(r.value(0).toLongLong(), -1);
        if (i >= 0 && roleFromKey(r.value(1).toString(), &role))
            (*out)[i].roles.append(role);
    }
    return true;
}

} // namespace mcs

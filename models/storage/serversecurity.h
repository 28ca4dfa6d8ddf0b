#pragma once

#include "person.h"

#include <QString>
#include <QStringList>

namespace mcs {

class Database;

// The PostgreSQL security layer of the shared server (issue 9): group roles per person role,
// table and column privileges, row-level security, the workflow transition function and the
// audit triggers. It is applied by an administrator (`mcstudio-cli server init`), may be applied
// again at any time (after a later schema migration it grants on the new tables), and exists
// only on PostgreSQL: a local file has one user acting in every role.
class ServerSecurity
{
public:
    // "mcs_lecturer", "mcs_ptj_head", "mcs_cflex", "mcs_sme", "mcs_admin".
    static QString groupRole(Role role);
    static QStringList groupRoles();

    // Creates the group roles that are missing (roles are global to the cluster; creating one
    // that another database's init created meanwhile is not an error), then in one transaction
    // the grants, policies, functions and triggers of this database. Must be run by the owner of
    // the tables (or a superuser) holding CREATEROLE.
    static bool apply(Database &db, QString *error);
    // Whether this database has the layer (its transition function exists).
    static bool isApplied(Database &db);

    struct NewUser
    {
        QString login;
        QString password;
        Role role = Role::Lecturer;
        QString ptj;  // the PTj a head of PTj (or a lecturer) belongs to
        QString name; // defaults to the login
        QString staffId;
        QString email;
    };
    // Creates the PostgreSQL login role (or, when it exists, sets its password), makes it a
    // member of the group role and records the person with the role and PTj. The password
    // leaves this process only as a SCRAM-SHA-256 verifier.
    static bool addUser(Database &db, const NewUser &user, QString *error);
    // Whether `login` is acceptable as a login role name: letters, digits, _ . - (at most 63).
    static bool isValidLogin(const QString &login);

    // The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677, as libpq's
    // PQencryptPasswordConn makes it). salt: 16 random bytes when empty.
    static QString scramVerifier(const QString &password, QByteArray salt = {}, int iterations = 4096);

    // The statements apply() runs in its transaction (for documentation and tests).
    static QStringList statements(const QString &schema);
};

} // namespace mcs

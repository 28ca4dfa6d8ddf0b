#pragma once

#include <QString>
#include <QVector>

namespace mcs {

// What a person may do in the approval flow (2.1; domain.md "People").
enum class Role { Lecturer, PtjHead, Cflex, Sme, Admin };
QString roleKey(Role role); // "lecturer", "ptj_head", "cflex", "sme", "admin"
bool roleFromKey(const QString &key, Role *role);
QString roleName(Role role);

// Someone who works on courses: a lecturer, head of PTj, CFLEX officer, SME or administrator.
struct Person
{
    qint64 id = 0;
    QString login; // the server login name
    QString name;
    QString staffId;
    QString email;
    QString ptj; // faculty or centre
    QVector<Role> roles;

    bool hasRole(Role role) const { return roles.contains(role); }
    bool operator==(const Person &o) const
    {
        return id == o.id && login == o.login && name == o.name && staffId == o.staffId && email == o.email
            && ptj == o.ptj && roles == o.roles;
    }
    bool operator!=(const Person &o) const { return !(*this == o); }
};

} // namespace mcs

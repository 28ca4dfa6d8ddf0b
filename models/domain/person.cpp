#include "person.h"

#include <QCoreApplication>

namespace mcs {
namespace {

struct RoleEntry { Role role; const char *key; const char *name; };
const RoleEntry kRoles[] = {
    {Role::Lecturer, "lecturer", QT_TRANSLATE_NOOP("mcs::Person", "Lecturer")},
    {Role::PtjHead, "ptj_head", QT_TRANSLATE_NOOP("mcs::Person", "Head of PTj")},
    {Role::Cflex, "cflex", QT_TRANSLATE_NOOP("mcs::Person", "CFLEX officer")},
    {Role::Sme, "sme", QT_TRANSLATE_NOOP("mcs::Person", "Subject matter expert")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("mcs::Person", "Administrator")},
};

} // namespace

QString roleKey(Role role)
{
    for (const auto &e : kRoles)
        if (e.role == role)
            return QString::fromLatin1(e.key);
    return {};
}

bool roleFromKey(const QString &key, Role *role)
{
    for (const auto &e : kRoles) {
        if (key == QLatin1String(e.key)) {
            *role = e.role;
            return true;
        }
    }
    return false;
}

QString roleName(Role role)
{
    for (const auto &e : kRoles)
        if (e.role == role)
            return QCoreApplication::translate("mcs::Person", e.name);
    return {};
}

} // namespace mcs

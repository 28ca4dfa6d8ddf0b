#pragma once

#include "database.h"
#include "person.h"
#include "testdatabases.h"

#include <gtest/gtest.h>

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace mcs::test {

// A fresh server database with the security layer applied (ServerSecurity) and login roles made
// for the test: names unique per test, since roles are global to the cluster that parallel tests
// share. Dropped again afterwards.
class ServerRolesTest : public testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    Database &owner() { return *m_owner; }
    // A login in the group of `role`; the person is recorded with ptj and staff id.
    QString addUser(Role role, const QString &tag, const QString &ptj = {}, const QString &staffId = {});
    std::unique_ptr<Database> as(const QString &login);
    ServerParams paramsFor(const QString &login) const;

    // Plain SQL on a connection, as whoever it belongs to; the error text when refused.
    static bool run(Database &db, const QString &sql, QString *error = nullptr, int *rowsAffected = nullptr);
    // The first column of the first row, or an invalid QVariant when refused.
    static QVariant scalar(Database &db, const QString &sql, QString *error = nullptr);

private:
    std::unique_ptr<ScratchServerDatabase> m_server;
    std::unique_ptr<Database> m_owner;
    QHash<QString, QString> m_passwords;
    QString m_prefix;
};

} // namespace mcs::test

#pragma once

#include <QString>

#include <optional>

namespace mcs {

// Where a server password may be kept between sessions: the system keychain, never a settings
// file (issue 9). Keys are server URLs without the password. An interface so that dialogs can be
// tested without a keychain service.
class PasswordStore
{
public:
    virtual ~PasswordStore() = default;
    virtual std::optional<QString> read(const QString &key, QString *error) = 0;
    virtual bool write(const QString &key, const QString &password, QString *error) = 0;
    virtual bool remove(const QString &key, QString *error) = 0;
};

// The desktop's keychain (Secret Service, KWallet) through qtkeychain; no insecure fallback to a
// plain file: without a keychain service nothing is stored and the caller is told why.
class KeychainPasswordStore : public PasswordStore
{
public:
    std::optional<QString> read(const QString &key, QString *error) override;
    bool write(const QString &key, const QString &password, QString *error) override;
    bool remove(const QString &key, QString *error) override;
};

} // namespace mcs

#pragma once

#include "serverparams.h"

#include <QDialog>

#include <memory>

namespace mcs {

class PasswordStore;

namespace Ui {
class ConnectServerDialog;
}

// The server sign-in: where the shared PostgreSQL server is, the person's own login and password.
// Only the URL (without the password) is remembered by the caller; the password is kept between
// sessions only when the person asks, and then only in the PasswordStore (the system keychain).
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // Pre-fills host, port, user and database (a recent URL); the password is always asked.
    void setParams(const ServerParams &params);
    ServerParams params() const;

    // Where a remembered password comes from and goes to; none by default. setParams() fills in
    // the password remembered for that URL and ticks "Remember".
    void setPasswordStore(PasswordStore *store);
    bool rememberPassword() const;
    void setRememberPassword(bool remember);
    // After a successful sign-in: keeps the password in the store, or forgets it when "Remember"
    // is not ticked. False (with *error) when the keychain refused.
    bool storePasswordChoice(QString *error);

private:
    void updateState();

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
    PasswordStore *m_store = nullptr;
};

} // namespace mcs

#pragma once

#include "serverparams.h"

#include <QDialog>

#include <memory>

namespace mcs {

namespace Ui {
class ConnectServerDialog;
}

// Asks where the shared PostgreSQL server is and for the password. Only the URL (without the
// password) is remembered by the caller; the password lives in this dialog until it closes.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget *parent = nullptr);
    ~ConnectServerDialog() override;

    // Pre-fills host, port, user and database (a recent URL); the password is always asked.
    void setParams(const ServerParams &params);
    ServerParams params() const;

private:
    void updateState();

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
};

} // namespace mcs

#pragma once

#include "issuersettings.h"

#include <QDialog>

#include <memory>

class QLineEdit;

namespace mcs {

namespace Ui {
class IssuerSettingsDialog;
}

class Database;
class Workspace;

// Tools › Issuer Settings: what every statement and badge says about the awarding institution
// (Appendix 1: name and status, signature, contact for verification), the verification address
// of the QR code and the serial pattern; the same settings `mcstudio-cli issuer` edits. The
// signing key's fingerprint is shown, read-only. Saving goes through IssuerRepository, and only
// when IssuerSettings::problems() finds nothing: each problem is shown naming its field.
class IssuerSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IssuerSettingsDialog(Database *db, QWidget *parent = nullptr);
    ~IssuerSettingsDialog() override;

    // Whether the signed-in person may change these settings: CFLEX or the administrator (the
    // server grants write on issuer_setting to them only); on a local file its single user.
    static bool mayEdit(Workspace *workspace);
    // Opens the dialog on the workspace's database (what the menu action does).
    static void edit(Workspace *workspace, QWidget *parent);

    // Reads the stored settings and the current key into the form.
    bool load(QString *error);
    void setSettings(const IssuerSettings &settings);
    IssuerSettings settings() const; // as the form shows them
    // Checks the form and stores it. False, with nothing stored, when a field is wrong (shown
    // beside it and in problemText()) or the database refuses (a message box).
    bool save();
    QString problemText() const;
    // The edit that holds a setting (key as in IssuerSettings::toValues()); null for none.
    QLineEdit *editFor(const QString &key) const;

    void accept() override; // Save: closes only when stored

private:
    void showProblems(const QVector<IssuerSettingsProblem> &problems);
    void updateSerialExample();
    void updateLogo();
    void chooseLogo();

    std::unique_ptr<Ui::IssuerSettingsDialog> m_ui;
    Database *m_db;
    QByteArray m_logoPng;
};

} // namespace mcs

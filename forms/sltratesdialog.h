#pragma once

#include "ratetable.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QComboBox;

namespace mcs {

class Database;
class RateTableModel;

// Tools > SLT rates: the rate table in use (2.2) and, with a database, every stored version and
// "Create New Version…" (an edited copy stored as the next version; a CFLEX officer's task).
class SltRatesDialog : public QDialog
{
    Q_OBJECT
public:
    // Shows `rates` read-only, without versions to choose from or create.
    explicit SltRatesDialog(const RateTable &rates, QWidget *parent = nullptr);
    // The latest version of `database` (the built-in table when it holds none); `courseVersion`
    // (0 = none) names the version the current course uses.
    SltRatesDialog(Database *database, int courseVersion, QWidget *parent = nullptr);

    const RateTable &shown() const { return m_shown; }
    // Null unless the signed-in person may create versions (CFLEX, admin, or a local file's user).
    QPushButton *newVersionButton() const { return m_newVersion; }
    QComboBox *versionCombo() const { return m_versions; }
    void showVersion(int version);
    // Opens the editor over the shown table; on Save stores it as the next version.
    void createNewVersion();

Q_SIGNALS:
    void versionCreated(const mcs::RateTable &table);

private:
    void build();
    void reloadVersions(int select);
    void updateIntro();

    Database *m_db = nullptr;
    int m_courseVersion = 0;
    int m_latest = 0;
    bool m_mayCreate = false; // the signed-in person is CFLEX or admin (WorkflowPerson::isOffice)
    RateTable m_shown;
    RateTableModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QComboBox *m_versions = nullptr;
    QPushButton *m_newVersion = nullptr;
};

} // namespace mcs

#pragma once

#include "compliancerule.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QUndoGroup;

namespace mcs {

namespace Ui {
class MainWindow;
}

struct ServerParams;
class ActionManager;
class AppSettings;
class CourseTab;
class Workspace;

// The application's frame: menus, the course navigator dock, the course tabs and the status
// bar. It wires; it does not compute (DESIGN.md).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings *settings, Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionManager *actions() const { return m_actions; }
    // Opens a local file, or a server URL (asking for the password), and remembers it as recent.
    void openLocation(const QString &location);
    // Connects to a server; only the URL without the password is remembered.
    bool connectToServer(const ServerParams &params);
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    // Opens the course's tab, loading it from the database, or brings its open tab forward.
    CourseTab *openCourse(qint64 courseId);
    CourseTab *currentCourseTab() const;
    // Stores the list in the settings and re-checks every open course against it.
    void setAccreditedProgrammeNames(const QStringList &names);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void connectActions();
    void onDatabaseChanged();
    void rebuildRecentMenu();
    void newDatabase();
    void openDatabase();
    void connectServerDialog(const QString &url);
    void chooseLanguage(const QString &code);
    void showAbout();
    void showPortfolio();
    void showCentralTab(QWidget *tab);
    void showTasks();
    void showAudit();
    void showStatements();
    void verifyStatement();
    void editIssuerSettings();
    void editAccreditedProgrammes();
    void showSltRates();
    ComplianceContext complianceContext() const;
    void updateCentralPage();
    void onCurrentTabChanged();
    void offerRecovery(CourseTab *tab);

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings *m_settings;
    Workspace *m_workspace;
    QUndoGroup *m_undoGroup;
    ActionManager *m_actions;
    QLabel *m_databaseLabel;
};

} // namespace mcs

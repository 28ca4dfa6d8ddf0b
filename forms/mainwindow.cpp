#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "accreditedprogrammesdialog.h"
#include "actionids.h"
#include "clipboardrouter.h"
#include "actionmanager.h"
#include "apptheme.h"
#include "appsettings.h"
#include "applicationactions.h"
#include "appversion.h"
#include "compliancemodel.h"
#include "connectserverdialog.h"
#include "offlinecopycontroller.h"
#include "coursedocument.h"
#include "courserepository.h"
#include "courserestore.h"
#include "coursetab.h"
#include "recoveryfile.h"
#include "serverparams.h"
#include "database.h"
#include "workspace.h"
#include "builtinrates.h"
#include "coursedocument.h"
#include "portfoliotab.h"
#include "auditview.h"
#include "passwordstore.h"
#include "tasksview.h"
#include "sltratesdialog.h"
#include "statementissuer.h"
#include "statementstab.h"
#include "issuersettingsdialog.h"
#include "verifystatementdialog.h"
#include "table4editor.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QUndoGroup>
#include <QUndoStack>

namespace mcs {
namespace {
const char kDatabaseFilter[] = QT_TRANSLATE_NOOP("mcs::MainWindow", "MC Studio databases (*.mcs *.sqlite *.db);;All files (*)");
}

MainWindow::MainWindow(AppSettings *settings, Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_workspace(workspace)
    , m_undoGroup(new QUndoGroup(this))
    , m_actions(new ActionManager(this))
    , m_databaseLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    registerApplicationActions(m_actions, m_undoGroup);
    QAction *showNavigator = m_ui->navigatorDock->toggleViewAction();
    showNavigator->setShortcut(QKeySequence(QStringLiteral("Ctrl+1")));
    showNavigator->setToolTip(tr("Show or hide the course list"));
    m_actions->registerAction(QString(ActionId::ShowNavigator), showNavigator);

    buildMenus();
    connectActions();
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_ui->navigator->setCourseModel(m_workspace->courses());
    connect(m_workspace, &Workspace::databaseChanged, this, &MainWindow::onDatabaseChanged);

    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1200, 760);
    restoreState(m_settings->windowState());
    onDatabaseChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, QLatin1String id) { menu->addAction(m_actions->action(QString(id))); };
    add(m_ui->menuFile, ActionId::NewDatabase);
    add(m_ui->menuFile, ActionId::OpenDatabase);
    add(m_ui->menuFile, ActionId::ConnectServer);
    m_ui->menuFile->addMenu(m_ui->menuRecent);
    add(m_ui->menuFile, ActionId::CheckOut);
    add(m_ui->menuFile, ActionId::CheckIn);
    m_ui->menuFile->addSeparator();
    add(m_ui->menuFile, ActionId::Save);
    add(m_ui->menuFile, ActionId::SaveVersion);
    add(m_ui->menuFile, ActionId::Print);
    add(m_ui->menuFile, ActionId::ExportPdf);
    m_ui->menuFile->addSeparator();
    add(m_ui->menuFile, ActionId::ImportTable4Csv);
    add(m_ui->menuFile, ActionId::ExportTable4Csv);
    add(m_ui->menuFile, ActionId::ExportTable4Xlsx);
    add(m_ui->menuFile, ActionId::ExportTable4Pdf);
    m_ui->menuFile->addSeparator();
    add(m_ui->menuFile, ActionId::Quit);

    add(m_ui->menuEdit, ActionId::Undo);
    add(m_ui->menuEdit, ActionId::Redo);
    m_ui->menuEdit->addSeparator();
    add(m_ui->menuEdit, ActionId::Cut);
    add(m_ui->menuEdit, ActionId::Copy);
    add(m_ui->menuEdit, ActionId::Paste);
    m_ui->menuEdit->addSeparator();
    add(m_ui->menuEdit, ActionId::FindCourse);

    add(m_ui->menuView, ActionId::ShowNavigator);
    add(m_ui->menuView, ActionId::ShowPortfolio);
    add(m_ui->menuView, ActionId::ShowTasks);
    add(m_ui->menuView, ActionId::ShowAudit);
    add(m_ui->menuView, ActionId::ShowStatements);
    add(m_ui->menuView, ActionId::ShowCourseForm);
    add(m_ui->menuView, ActionId::ShowTable4);
    add(m_ui->menuView, ActionId::CloseTab);
    m_ui->menuView->addSeparator();
    add(m_ui->menuView, ActionId::DarkTheme);

    add(m_ui->menuTools, ActionId::SltRates);
    add(m_ui->menuTools, ActionId::VerifyStatement);
    add(m_ui->menuTools, ActionId::IssuerSettings);
    add(m_ui->menuTools, ActionId::AccreditedProgrammes);
    m_ui->menuTools->addMenu(m_ui->menuLanguage);
    add(m_ui->menuLanguage, ActionId::LanguageEnglish);
    add(m_ui->menuLanguage, ActionId::LanguageMalay);

    add(m_ui->menuHelp, ActionId::About);
    add(m_ui->menuHelp, ActionId::AboutQt);
}

void MainWindow::connectActions()
{
    auto on = [this](QLatin1String id, auto slot) {
        connect(m_actions->action(QString(id)), &QAction::triggered, this, slot);
    };
    on(ActionId::NewDatabase, &MainWindow::newDatabase);
    on(ActionId::OpenDatabase, &MainWindow::openDatabase);
    on(ActionId::ConnectServer, [this] { connectServerDialog(QString()); });
    on(ActionId::Quit, &QWidget::close);
    on(ActionId::FindCourse, [this] {
        m_ui->navigatorDock->show();
        m_ui->navigator->focusSearch();
    });
    on(ActionId::CloseTab, [this] {
        if (QWidget *w = m_ui->courseTabs->currentWidget())
            w->close();
    });
    on(ActionId::About, &MainWindow::showAbout);
    on(ActionId::AboutQt, [this] { QMessageBox::aboutQt(this); });
    for (QLatin1String id : {ActionId::LanguageEnglish, ActionId::LanguageMalay}) {
        QAction *a = m_actions->action(QString(id));
        a->setChecked(a->data().toString() == m_settings->language());
        connect(a, &QAction::triggered, this, [this, a] { chooseLanguage(a->data().toString()); });
    }
    connect(m_ui->courseTabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        m_ui->courseTabs->widget(index)->close();
    });
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    auto onTable4 = [&](QLatin1String id, void (Table4Editor::*slot)()) {
        on(id, [this, slot] {
            if (CourseTab *tab = currentCourseTab()) {
                tab->showTable4();
                (tab->table4Editor()->*slot)();
            }
        });
    };
    onTable4(ActionId::ImportTable4Csv, &Table4Editor::importCsv);
    onTable4(ActionId::ExportTable4Csv, &Table4Editor::exportCsv);
    onTable4(ActionId::ExportTable4Xlsx, &Table4Editor::exportXlsx);
    onTable4(ActionId::ExportTable4Pdf, &Table4Editor::exportPdf);
    on(ActionId::Cut, [] { ClipboardRouter::route(ClipboardRouter::Operation::Cut, QApplication::focusWidget()); });
    on(ActionId::Copy, [] { ClipboardRouter::route(ClipboardRouter::Operation::Copy, QApplication::focusWidget()); });
    on(ActionId::Paste, [] { ClipboardRouter::route(ClipboardRouter::Operation::Paste, QApplication::focusWidget()); });
    on(ActionId::SltRates, &MainWindow::showSltRates);
    on(ActionId::AccreditedProgrammes, &MainWindow::editAccreditedProgrammes);
    on(ActionId::ShowPortfolio, &MainWindow::showPortfolio);
    on(ActionId::ShowTasks, &MainWindow::showTasks);
    on(ActionId::ShowAudit, &MainWindow::showAudit);
    on(ActionId::ShowStatements, &MainWindow::showStatements);
    on(ActionId::VerifyStatement, &MainWindow::verifyStatement);
    on(ActionId::IssuerSettings, &MainWindow::editIssuerSettings);
    on(ActionId::ShowCourseForm, [this] {
        if (CourseTab *tab = currentCourseTab())
            tab->pages()->setCurrentIndex(0);
    });
    on(ActionId::ShowTable4, [this] {
        if (CourseTab *tab = currentCourseTab())
            tab->showTable4();
    });
    QAction *dark = m_actions->action(QString(ActionId::DarkTheme));
    dark->setChecked(m_settings->theme() == QLatin1String("dark"));
    connect(dark, &QAction::toggled, this, [this](bool checked) {
        m_settings->setTheme(checked ? QStringLiteral("dark") : QStringLiteral("light"));
        applyTheme(m_settings->theme());
    });
    on(ActionId::Save, [this] {
        if (CourseTab *tab = currentCourseTab())
            tab->save();
    });
    on(ActionId::SaveVersion, [this] {
        if (CourseTab *tab = currentCourseTab())
            tab->saveVersion();
    });
    auto *offline = new OfflineCopyController(m_workspace, this);
    connect(offline, &OfflineCopyController::openLocalRequested, this, &MainWindow::openLocation);
    on(ActionId::CheckOut, [this, offline] {
        CourseTab *tab = currentCourseTab();
        if (tab && tab->document()->isModified() && !tab->save())
            return;
        offline->checkOut(tab ? tab->document()->course().code : QString());
    });
    on(ActionId::CheckIn, [this, offline] {
        // The check-in rewrites the local copies: open course tabs close first (asking to save).
        for (int i = m_ui->courseTabs->count() - 1; i >= 0; --i) {
            if (auto *tab = qobject_cast<CourseTab *>(m_ui->courseTabs->widget(i)); tab && !tab->close())
                return;
        }
        offline->checkIn();
    });
    on(ActionId::Print, [this] {
        if (CourseTab *tab = currentCourseTab())
            tab->print();
    });
    on(ActionId::ExportPdf, [this] {
        CourseTab *tab = currentCourseTab();
        if (!tab)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Proposal as PDF"),
                                                          tab->document()->course().code + QStringLiteral(".pdf"),
                                                          tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && !tab->exportPdf(path))
            QMessageBox::warning(this, tr("Export Proposal as PDF"), tr("%1 could not be written.").arg(path));
    });
    connect(m_ui->navigator, &CourseNavigator::courseActivated, this, &MainWindow::openCourse);
    connect(m_ui->courseTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    onCurrentTabChanged();
}

CourseTab *MainWindow::currentCourseTab() const
{
    return qobject_cast<CourseTab *>(m_ui->courseTabs->currentWidget());
}

CourseTab *MainWindow::openCourse(qint64 courseId)
{
    for (int i = 0; i < m_ui->courseTabs->count(); ++i) {
        auto *tab = qobject_cast<CourseTab *>(m_ui->courseTabs->widget(i));
        if (tab && tab->courseId() == courseId) {
            m_ui->courseTabs->setCurrentIndex(i);
            return tab;
        }
    }
    if (!m_workspace->database())
        return nullptr;
    QString error;
    std::optional<Course> course = CourseRepository(*m_workspace->database()).load(courseId, &error);
    if (!course) {
        QMessageBox::warning(this, tr("Open Course"), error);
        return nullptr;
    }
    auto *tab = new CourseTab(std::move(*course), m_workspace, complianceContext());
    offerRecovery(tab);
    tab->enableRecovery(AppSettings::recoveryDirectory());
    m_undoGroup->addStack(tab->document()->undoStack());
    const int index = m_ui->courseTabs->addTab(tab, tab->title());
    connect(tab, &CourseTab::titleChanged, this, [this, tab](const QString &title) {
        m_ui->courseTabs->setTabText(m_ui->courseTabs->indexOf(tab), title);
    });
    connect(tab, &QObject::destroyed, this, &MainWindow::updateCentralPage, Qt::QueuedConnection);
    m_ui->courseTabs->setCurrentIndex(index);
    updateCentralPage();
    return tab;
}

void MainWindow::offerRecovery(CourseTab *tab)
{
    const RecoveryFiles files(AppSettings::recoveryDirectory());
    const qint64 id = tab->courseId();
    QDateTime savedAt;
    const std::optional<Course> recovered = files.read(m_workspace->location(), id, &savedAt);
    if (!recovered)
        return;
    QString text = tr("Unsaved edits of %1 from %2 were kept after MC Studio last closed unexpectedly. Restore them?")
                       .arg(tab->document()->displayName(), QLocale().toString(savedAt.toLocalTime(), QLocale::ShortFormat));
    if (recovered->rowVersion != tab->document()->course().rowVersion)
        text += QLatin1Char(' ') + tr("The course has been saved by someone since; saving the restored edits will replace that.");
    if (QMessageBox::question(this, tr("Recover Edits"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        == QMessageBox::Yes)
        tab->document()->undoStack()->push(makeRestoreCommand(tab->document(), *recovered));
    else
        files.remove(m_workspace->location(), id);
}

void MainWindow::onCurrentTabChanged()
{
    CourseTab *tab = currentCourseTab();
    auto *portfolio = qobject_cast<PortfolioTab *>(m_ui->courseTabs->currentWidget());
    m_undoGroup->setActiveStack(tab ? tab->document()->undoStack() : portfolio ? portfolio->undoStack() : nullptr);
    for (QLatin1String id : {ActionId::Save, ActionId::SaveVersion, ActionId::Print, ActionId::ExportPdf, ActionId::ImportTable4Csv,
                             ActionId::ExportTable4Csv, ActionId::ExportTable4Xlsx, ActionId::ExportTable4Pdf,
                             ActionId::ShowCourseForm, ActionId::ShowTable4})
        m_actions->action(QString(id))->setEnabled(tab != nullptr);
}

void MainWindow::onDatabaseChanged()
{
    m_databaseLabel->setText(m_workspace->description());
    m_databaseLabel->setToolTip(m_workspace->location());
    QString where;
    if (m_workspace->isOpen())
        where = m_workspace->database()->backend() == Database::Backend::Postgres ? m_workspace->location()
                                                                                   : QFileInfo(m_workspace->location()).fileName();
    setWindowTitle(where.isEmpty() ? tr("MC Studio") : tr("%1 — MC Studio").arg(where));
    m_ui->navigator->setDatabaseOpen(m_workspace->isOpen());
    m_actions->action(QString(ActionId::IssuerSettings))->setEnabled(IssuerSettingsDialog::mayEdit(m_workspace));
    updateCentralPage();
}

void MainWindow::updateCentralPage()
{
    if (m_ui->courseTabs->count() > 0) {
        m_ui->centralStack->setCurrentWidget(m_ui->courseTabs);
        return;
    }
    m_ui->welcomeLabel->setText(
        tr("<h2>MC Studio</h2>"
           "<p>Draft micro-credential proposals, lay out Table 4 with a live SLT calculator,<br>"
           "follow every course's development milestones and issue learners' statements.</p>"
           "<p>Open a course from the <b>Courses</b> list on the left (<b>Ctrl+F</b> searches it).</p>"));
    m_ui->centralStack->setCurrentWidget(m_ui->welcomePage);
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList recent = m_settings->recentDatabases();
    for (const QString &location : recent) {
        QAction *a = m_ui->menuRecent->addAction(QDir::toNativeSeparators(location));
        connect(a, &QAction::triggered, this, [this, location] { openLocation(location); });
    }
    if (recent.isEmpty())
        m_ui->menuRecent->addAction(tr("No recent databases"))->setEnabled(false);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QStringLiteral("courses.mcs"),
                                                      tr(kDatabaseFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with File › Open Database.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openLocation(path);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr(kDatabaseFilter));
    if (!path.isEmpty())
        openLocation(path);
}

void MainWindow::openLocation(const QString &location)
{
    if (location.startsWith(QLatin1String("postgres"))) {
        connectServerDialog(location);
        return;
    }
    QString error;
    if (!m_workspace->openLocalFile(location, &error)) {
        QMessageBox::warning(this, tr("Open Database"), error);
        return;
    }
    if (const QString backup = m_workspace->database()->backupPath(); !backup.isEmpty())
        statusBar()->showMessage(tr("The database was upgraded to this version of MC Studio; the previous copy is "
                                    "kept as %1")
                                     .arg(QDir::toNativeSeparators(backup)));
    m_settings->setLastDatabase(location);
    m_settings->addRecentDatabase(location);
}

void MainWindow::connectServerDialog(const QString &url)
{
    KeychainPasswordStore keychain;
    ConnectServerDialog dialog(this);
    dialog.setPasswordStore(&keychain);
    if (!url.isEmpty()) {
        if (const auto params = ServerParams::fromUrl(url, nullptr))
            dialog.setParams(*params);
    }
    while (dialog.exec() == QDialog::Accepted) {
        if (connectToServer(dialog.params())) {
            QString error;
            if (!dialog.storePasswordChoice(&error))
                statusBar()->showMessage(tr("The password was not kept: the system keychain refused (%1).").arg(error),
                                         10000);
            return;
        }
    }
}

bool MainWindow::connectToServer(const ServerParams &params)
{
    QString error;
    if (!m_workspace->connectToServer(params, &error)) {
        QMessageBox::warning(this, tr("Connect to Server"), error);
        return false;
    }
    // The URL carries no password: settings and the recent list never hold one.
    m_settings->setLastDatabase(params.url());
    m_settings->addRecentDatabase(params.url());
    return true;
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == m_settings->language())
        return;
    m_settings->setLanguage(code);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language is used from the next start of MC Studio."));
}

void MainWindow::showSltRates()
{
    const CourseTab *tab = currentCourseTab();
    const int courseVersion = tab ? tab->document()->slt().rates().version() : 0;
    if (!m_workspace->database()) {
        SltRatesDialog(tab ? tab->document()->slt().rates() : builtinRateTable(), this).exec();
        return;
    }
    // On a local file anyone may create a version; on the server the CFLEX role will decide.
    SltRatesDialog dialog(m_workspace->database(), courseVersion, this);
    connect(&dialog, &SltRatesDialog::versionCreated, this, [this](const RateTable &table) {
        for (int i = 0; i < m_ui->courseTabs->count(); ++i)
            if (auto *open = qobject_cast<CourseTab *>(m_ui->courseTabs->widget(i)))
                open->table4Editor()->setLatestRates(table);
    });
    dialog.exec();
}

ComplianceContext MainWindow::complianceContext() const
{
    return ComplianceContext{m_settings->accreditedProgrammeNames(), builtinBloomVerbs()};
}

void MainWindow::editAccreditedProgrammes()
{
    AccreditedProgrammesDialog dialog(m_settings->accreditedProgrammeNames(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setAccreditedProgrammeNames(dialog.names());
}

void MainWindow::setAccreditedProgrammeNames(const QStringList &names)
{
    m_settings->setAccreditedProgrammeNames(names);
    m_settings->sync();
    // Every open course is checked again at once against the new list (rule title_programme).
    const ComplianceContext context = complianceContext();
    for (int i = 0; i < m_ui->courseTabs->count(); ++i)
        if (auto *tab = qobject_cast<CourseTab *>(m_ui->courseTabs->widget(i)))
            tab->complianceModel()->setContext(context);
}

// The portfolio, My tasks, the audit trail and the statements desk are one tab each: found, or
// made by `make` and added, then reloaded by the caller and shown (showCentralTab).
template <typename View, typename Make>
static View *singletonTab(QTabWidget *tabs, const QString &title, Make make)
{
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *view = qobject_cast<View *>(tabs->widget(i)))
            return view;
    View *view = make();
    tabs->addTab(view, title);
    return view;
}

void MainWindow::showCentralTab(QWidget *tab)
{
    m_ui->courseTabs->setCurrentWidget(tab);
    updateCentralPage();
    onCurrentTabChanged();
}

void MainWindow::showPortfolio()
{
    auto *portfolio = singletonTab<PortfolioTab>(m_ui->courseTabs, tr("Portfolio"), [this] {
        auto *view = new PortfolioTab(m_workspace);
        m_undoGroup->addStack(view->undoStack());
        connect(view, &PortfolioTab::openCourse, this, &MainWindow::openCourse);
        return view;
    });
    QString error;
    if (!portfolio->reload(&error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Portfolio"), error);
    showCentralTab(portfolio);
}

void MainWindow::showTasks()
{
    auto *tasks = singletonTab<TasksView>(m_ui->courseTabs, tr("My tasks"), [this] {
        auto *view = new TasksView(m_workspace);
        connect(view, &TasksView::openCourse, this, &MainWindow::openCourse);
        return view;
    });
    QString error;
    tasks->reload(&error);
    showCentralTab(tasks);
}

void MainWindow::showAudit()
{
    auto *audit = singletonTab<AuditView>(m_ui->courseTabs, tr("Audit trail"), [this] { return new AuditView(m_workspace); });
    QString error;
    audit->reload(&error);
    showCentralTab(audit);
}

void MainWindow::showStatements()
{
    if (!m_workspace->isOpen())
        return;
    const CourseTab *course = currentCourseTab();
    auto *statements = singletonTab<StatementsTab>(m_ui->courseTabs, tr("Statements"), [this, course] {
        auto *view = new StatementsTab(m_workspace, m_settings);
        if (!course)
            view->showCourse(0);
        return view;
    });
    if (course)
        statements->showCourse(course->courseId());
    showCentralTab(statements);
}

void MainWindow::verifyStatement()
{
    StatementVerifier verifier;
    QString error;
    if (m_workspace->isOpen() && !StatementIssuer(*m_workspace->database()).verifier(&verifier, &error))
        QMessageBox::warning(this, tr("Verify Statement"), error);
    VerifyStatementDialog(std::move(verifier), this).exec();
}

void MainWindow::editIssuerSettings()
{
    IssuerSettingsDialog::edit(m_workspace, this);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MC Studio"),
                       tr("<h3>MC Studio %1</h3>"
                          "<p>Micro-credential course development: application forms, Table 4 and "
                          "Student Learning Time, development milestones and learners' statements.</p>"
                          "<p>Built on the university's micro-credential guidelines (v2.0) and the "
                          "Malaysian Qualifications Framework.</p>")
                           .arg(QString::fromLatin1(kAppVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Each open editor may refuse (unsaved changes the user wants to keep).
    while (m_ui->courseTabs->count() > 0) {
        QWidget *w = m_ui->courseTabs->widget(0);
        if (!w->close()) {
            event->ignore();
            return;
        }
        m_ui->courseTabs->removeTab(0);
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    event->accept();
}

} // namespace mcs

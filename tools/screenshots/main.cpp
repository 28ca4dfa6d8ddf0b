// mcstudio-screenshots: the user guide's pictures, drawn from a fresh demo database offscreen.
//   mcstudio-screenshots --out DIR [--language ms]
// Exits 1 naming every picture it could not take, so the guide never silently loses a figure.
#include "actionids.h"
#include "actionmanager.h"
#include "apptheme.h"
#include "appsettings.h"
#include "builtinrates.h"
#include "courselistmodel.h"
#include "courseversionmodel.h"
#include "courseversionrepository.h"
#include "coursetab.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "portfoliotab.h"
#include "shotlist.h"
#include "sltratesdialog.h"
#include "table4editor.h"
#include "workflowpage.h"
#include "historypage.h"
#include "issuersettingsdialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace mcs;

namespace {

constexpr QSize kWindowSize(1400, 860);

// The course whose pages the guide shows: the first draft (the demo leaves a few findings on
// it, so the compliance panel has something to explain), else the first course.
qint64 guideCourse(const Workspace &workspace)
{
    const auto &courses = workspace.courses()->courses();
    for (const CourseSummary &c : courses)
        if (c.status == ApprovalStatus::Draft)
            return c.id;
    return courses.isEmpty() ? 0 : courses.constFirst().id;
}

// The course whose Workflow and History pages the guide shows: the first one returned once and
// resubmitted (the demo's history, demoworkflow.h), so the thread and the redline have content.
qint64 revisedCourse(Workspace &workspace)
{
    if (!workspace.database())
        return 0;
    CourseVersionRepository versions(*workspace.database());
    for (const CourseSummary &c : workspace.courses()->courses()) {
        QVector<CourseVersion> kept;
        QString error;
        if (versions.list(c.id, &kept, &error) && kept.size() >= 2)
            return c.id;
    }
    return 0;
}

// Brings the course tab's page holding a `Page` forward and takes its picture.
// `prepare` runs on the page once it is in front (and has loaded), before the picture.
template <typename Page>
void showPage(CourseTab *tab, const QString &name, shots::ShotList *shots, QWidget *window,
              const std::function<void(Page *)> &prepare = {})
{
    auto *page = tab->findChild<Page *>();
    if (!page) {
        shots->take(nullptr, name);
        return;
    }
    for (QWidget *w = page; w; w = w->parentWidget()) {
        if (tab->pages()->indexOf(w) >= 0) {
            tab->pages()->setCurrentWidget(w);
            break;
        }
    }
    if (prepare) {
        QApplication::processEvents();
        prepare(page);
    }
    shots->take(window, name);
}

void courseShots(MainWindow *window, Workspace *workspace, shots::ShotList *shots)
{
    CourseTab *tab = window->openCourse(guideCourse(*workspace));
    if (!tab) {
        shots->take(nullptr, QStringLiteral("course-form"));
        return;
    }
    shots->take(window, QStringLiteral("course-form"));
    tab->showTable4();
    shots->take(window, QStringLiteral("course-table4"));
    tab->table4Editor()->setSummaryShown(true);
    shots->take(window, QStringLiteral("course-table4-summary"));
    tab->table4Editor()->setSummaryShown(false);
    if (const qint64 revised = revisedCourse(*workspace))
        tab = window->openCourse(revised);
    showPage<WorkflowPage>(tab, QStringLiteral("course-workflow"), shots, window);
    // The two submissions side by side: rows 0 current edit, 1 the latest, 2 the first.
    showPage<HistoryPage>(tab, QStringLiteral("course-history"), shots, window, [](HistoryPage *history) {
        if (history->versions()->rowCount() >= 3)
            history->compare(2, 1);
    });
}

// The dark theme (View › Dark Theme) on the Table 4 editor and the redline.
void darkShots(MainWindow *window, Workspace *workspace, shots::ShotList *shots)
{
    applyTheme(QStringLiteral("dark"));
    if (CourseTab *tab = window->openCourse(guideCourse(*workspace))) {
        tab->showTable4();
        shots->take(window, QStringLiteral("course-table4-dark"));
    } else {
        shots->take(nullptr, QStringLiteral("course-table4-dark"));
    }
    applyTheme(QStringLiteral("light"));
}

void portfolioShots(MainWindow *window, shots::ShotList *shots)
{
    window->actions()->action(QString(ActionId::ShowPortfolio))->trigger();
    auto *portfolio = window->findChild<PortfolioTab *>();
    if (!portfolio) {
        shots->take(nullptr, QStringLiteral("portfolio-gantt"));
        return;
    }
    auto *pages = portfolio->findChild<QTabWidget *>();
    shots->take(window, QStringLiteral("portfolio-gantt"));
    if (pages && pages->count() > 1) {
        pages->setCurrentIndex(1);
        shots->take(window, QStringLiteral("portfolio-dashboard"));
        pages->setCurrentIndex(0);
    } else {
        shots->take(nullptr, QStringLiteral("portfolio-dashboard"));
    }
}

// The views an action opens in the central tabs (My tasks, Audit trail).
void actionShot(MainWindow *window, QLatin1String actionId, const QString &name, shots::ShotList *shots)
{
    QAction *action = window->actions()->action(QString(actionId));
    if (!action) {
        shots->take(nullptr, name);
        return;
    }
    action->trigger();
    shots->take(window, name);
}

void dialogShots(MainWindow *window, Workspace *workspace, shots::ShotList *shots)
{
    SltRatesDialog rates(builtinRateTable(), window);
    rates.resize(900, 560);
    shots->take(&rates, QStringLiteral("slt-rates"));
    IssuerSettingsDialog issuer(workspace->database(), window);
    QString error;
    if (!issuer.load(&error)) {
        shots->take(nullptr, QStringLiteral("issuer-settings"));
        return;
    }
    issuer.resize(issuer.sizeHint().expandedTo(QSize(680, 0)));
    shots->take(&issuer, QStringLiteral("issuer-settings"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mcstudio-screenshots"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Draws the user guide's pictures from a demo database."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Directory for the PNG files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language: en (default) or ms."),
                                            QStringLiteral("CODE"), QStringLiteral("en"));
    parser.addOption(outOption);
    parser.addOption(languageOption);
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(outOption)) {
        err << "mcstudio-screenshots: --out DIR is required\n";
        return 2;
    }
    installTranslations(&app, parser.value(languageOption));

    QTemporaryDir scratch;
    AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    Workspace workspace;
    QString error;
    constexpr int kDemoCourses = 40; // as on a first start of the application (app/main.cpp)
    if (!workspace.createDemoDatabase(scratch.filePath(QStringLiteral("demo.mcs")), kDemoCourses, &error)) {
        err << "mcstudio-screenshots: cannot create the demo database: " << error << '\n';
        return 1;
    }

    shots::ShotList shots(parser.value(outOption));
    MainWindow window(&settings, &workspace);
    window.resize(kWindowSize);
    shots.take(&window, QStringLiteral("main-window"));
    courseShots(&window, &workspace, &shots);
    portfolioShots(&window, &shots);
    actionShot(&window, ActionId::ShowTasks, QStringLiteral("my-tasks"), &shots);
    actionShot(&window, ActionId::ShowAudit, QStringLiteral("audit-trail"), &shots);
    actionShot(&window, ActionId::ShowStatements, QStringLiteral("statements"), &shots);
    darkShots(&window, &workspace, &shots);
    dialogShots(&window, &workspace, &shots);

    QTextStream out(stdout);
    out << "wrote " << shots.written().size() << " pictures to " << parser.value(outOption) << '\n';
    if (!shots.failed().isEmpty()) {
        err << "mcstudio-screenshots: could not take: " << shots.failed().join(QStringLiteral(", ")) << '\n';
        return 1;
    }
    return 0;
}

// Polish (issue #10): keyboard shortcuts without clashes, tab order in the forms, a readable dark
// theme, and tooltips on every computed figure.
#include "actionids.h"
#include "actionmanager.h"
#include "applicationform.h"
#include "appsettings.h"
#include "apptheme.h"
#include "courselistmodel.h"
#include "coursenavigator.h"
#include "coursetab.h"
#include "dashboardview.h"
#include "ganttview.h"
#include "gantttimeline.h"
#include "mainwindow.h"
#include "portfoliotab.h"
#include "sltpanel.h"
#include "table4editor.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>

#include <memory>

using namespace mcs;

namespace {

// With MCS_GRAB_DIR set, keeps a picture for people to look at.
void grab(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

class Polish : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_workspace.createDemoDatabase(m_dir.filePath(QStringLiteral("demo.mcs")), 12, &error))
            << error.toStdString();
        m_window = std::make_unique<MainWindow>(&m_settings, &m_workspace);
        m_window->resize(1400, 860);
    }
    void TearDown() override { applyTheme(QStringLiteral("light")); }

    QAction *action(QLatin1String id) const { return m_window->actions()->action(QString(id)); }
    CourseTab *openFirstCourse()
    {
        return m_window->openCourse(m_workspace.courses()->courses().first().id);
    }

    QTemporaryDir m_dir;
    AppSettings m_settings{m_dir.filePath(QStringLiteral("settings.ini"))};
    Workspace m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

// The widgets a Tab press reaches from `first`, in order, inside `root`.
QStringList tabChain(QWidget *root, QWidget *first)
{
    QStringList names;
    QWidget *w = first;
    do {
        if (root->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty()
            && !w->objectName().startsWith(QLatin1String("qt_")))
            names << w->objectName();
        w = w->nextInFocusChain();
    } while (w != first && names.size() < 200);
    return names;
}

} // namespace

TEST_F(Polish, TheMainActionsHaveShortcuts)
{
    const QVector<std::pair<QLatin1String, QKeySequence>> expected = {
        {ActionId::NewDatabase, QKeySequence(QStringLiteral("Ctrl+Shift+N"))},
        {ActionId::OpenDatabase, QKeySequence::Open},
        {ActionId::ConnectServer, QKeySequence(QStringLiteral("Ctrl+Shift+O"))},
        {ActionId::Save, QKeySequence::Save},
        {ActionId::Print, QKeySequence::Print},
        {ActionId::ExportPdf, QKeySequence(QStringLiteral("Ctrl+Shift+E"))},
        {ActionId::Quit, QKeySequence::Quit},
        {ActionId::Undo, QKeySequence::Undo},
        {ActionId::Redo, QKeySequence::Redo},
        {ActionId::FindCourse, QKeySequence::Find},
        {ActionId::CloseTab, QKeySequence::Close},
        {ActionId::ShowNavigator, QKeySequence(QStringLiteral("Ctrl+1"))},
        {ActionId::ShowPortfolio, QKeySequence(QStringLiteral("Ctrl+2"))},
        {ActionId::ShowTasks, QKeySequence(QStringLiteral("Ctrl+3"))},
        {ActionId::ShowCourseForm, QKeySequence(QStringLiteral("Ctrl+4"))},
        {ActionId::ShowTable4, QKeySequence(QStringLiteral("Ctrl+5"))},
        {ActionId::ShowStatements, QKeySequence(QStringLiteral("Ctrl+6"))},
    };
    for (const auto &[id, key] : expected) {
        ASSERT_NE(action(id), nullptr) << id.data();
        EXPECT_EQ(action(id)->shortcut(), key) << id.data();
    }
}

TEST_F(Polish, NoTwoActionsShareAShortcut)
{
    // Everything open that brings its own actions: a course tab on each page and the portfolio.
    CourseTab *tab = openFirstCourse();
    ASSERT_NE(tab, nullptr);
    tab->showTable4();
    action(ActionId::ShowPortfolio)->trigger();
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    ASSERT_GE(actions.size(), 30);
    QHash<QString, QAction *> owner;
    for (QAction *a : actions) {
        for (const QKeySequence &key : a->shortcuts()) {
            const QString k = key.toString(QKeySequence::PortableText);
            QAction *other = owner.value(k);
            EXPECT_TRUE(!other || other == a) << k.toStdString() << ": " << a->text().toStdString() << " and "
                                              << other->text().toStdString();
            owner.insert(k, a);
        }
    }
    EXPECT_GE(owner.size(), 20) << "the shortcuts were not all seen";
}

TEST_F(Polish, SwitchingViewsByKeyboardShowsTheCoursePages)
{
    CourseTab *tab = openFirstCourse();
    ASSERT_NE(tab, nullptr);
    action(ActionId::ShowTable4)->trigger();
    EXPECT_EQ(tab->pages()->currentWidget(), tab->table4Editor());
    action(ActionId::ShowCourseForm)->trigger();
    EXPECT_EQ(tab->pages()->currentIndex(), 0);
}

TEST_F(Polish, TabGoesThroughTheApplicationFormTopToBottom)
{
    CourseTab *tab = openFirstCourse();
    ASSERT_NE(tab, nullptr);
    ApplicationForm *form = tab->applicationForm();
    auto *first = form->findChild<QWidget *>(QStringLiteral("kindCombo"));
    ASSERT_NE(first, nullptr);
    QStringList chain = tabChain(form, first);
    chain.removeAll(QStringLiteral("scrollArea")); // the form's own scroll area, around all of it
    const QStringList expected = {
        QStringLiteral("kindCombo"), QStringLiteral("codeEdit"), QStringLiteral("titleEdit"),
        QStringLiteral("originalCodeEdit"), QStringLiteral("originalNameEdit"), QStringLiteral("facultyEdit"),
        QStringLiteral("justificationEdit"), QStringLiteral("respondentsSpin"), QStringLiteral("surveyAnalysisEdit"),
        QStringLiteral("entryEdit"), QStringLiteral("synopsisEdit"), QStringLiteral("cloTable"),
        QStringLiteral("cloAdd"), QStringLiteral("cloRemove"), QStringLiteral("cloUp"), QStringLiteral("cloDown"),
        QStringLiteral("deliveryCombo"), QStringLiteral("languageEdit"), QStringLiteral("sessionEdit"),
        QStringLiteral("mqfSpin"), QStringLiteral("creditSpin"), QStringLiteral("commitmentEdit"),
        QStringLiteral("labCheck"), QStringLiteral("clinicalCheck"), QStringLiteral("practicumCheck"),
        QStringLiteral("assessmentTable"), QStringLiteral("assessmentAdd"), QStringLiteral("assessmentRemove"),
        QStringLiteral("assessmentUp"), QStringLiteral("assessmentDown"), QStringLiteral("offerEdit"),
        QStringLiteral("feeSpin"), QStringLiteral("promotionEdit"), QStringLiteral("improvementEdit"),
        QStringLiteral("qaEdit"), QStringLiteral("professionalBodyEdit"), QStringLiteral("lecturerTable"), QStringLiteral("lecturerAdd"),
        QStringLiteral("lecturerRemove"), QStringLiteral("lecturerUp"), QStringLiteral("lecturerDown")};
    EXPECT_EQ(chain, expected);
}

TEST_F(Polish, TabGoesFromTheSearchToTheFiltersToTheListAndFromTheTableToItsButtons)
{
    auto *navigator = m_window->findChild<CourseNavigator *>();
    ASSERT_NE(navigator, nullptr);
    EXPECT_EQ(tabChain(navigator, navigator->findChild<QWidget *>(QStringLiteral("searchEdit"))),
              (QStringList{QStringLiteral("searchEdit"), QStringLiteral("statusFilter"), QStringLiteral("kindFilter"),
                           QStringLiteral("facultyFilter"), QStringLiteral("courseList")}));

    CourseTab *tab = openFirstCourse();
    ASSERT_NE(tab, nullptr);
    Table4Editor *editor = tab->table4Editor();
    const QStringList chain = tabChain(editor, editor->view());
    ASSERT_GE(chain.size(), 9);
    EXPECT_EQ(chain.mid(0, 9),
              (QStringList{QStringLiteral("view"), QStringLiteral("addUnitButton"), QStringLiteral("addActivityButton"),
                           QStringLiteral("removeButton"), QStringLiteral("moveUpButton"),
                           QStringLiteral("moveDownButton"), QStringLiteral("copyButton"), QStringLiteral("pasteButton"),
                           QStringLiteral("summaryButton")}));
}

TEST(Theme, ContrastFollowsWcag)
{
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(contrastRatio(Qt::white, Qt::white), 1.0, 1e-9);
    // #777777 on white is the classic just-failing grey: 4.48.
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
}

TEST(Theme, MeaningfulColoursAreLightenedOnTheDarkBaseAndKeptOnTheLight)
{
    const QPalette dark = darkPalette();
    EXPECT_TRUE(isDark(dark));
    EXPECT_GE(contrastRatio(dark.color(QPalette::Text), dark.color(QPalette::Base)), 7.0);
    EXPECT_GE(contrastRatio(dark.color(QPalette::WindowText), dark.color(QPalette::Window)), 7.0);
    EXPECT_GE(contrastRatio(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)), 4.5);
    // The out-of-range rate (Table 4), compliance errors and warnings.
    for (const QColor &c : {QColor(0x9c, 0x2a, 0x00), QColor(0xb0, 0x00, 0x20), QColor(0x9a, 0x5b, 0x00),
                            QColor(0x1f, 0x5f, 0x9f), QColor(0xb3, 0x47, 0x00)}) {
        EXPECT_LT(contrastRatio(c, dark.color(QPalette::Base)), 4.5) << c.name().toStdString() << " needs help";
        const QColor fixed = readableOn(c, dark.color(QPalette::Base));
        EXPECT_GE(contrastRatio(fixed, dark.color(QPalette::Base)), 4.5) << c.name().toStdString();
        EXPECT_EQ(fixed.hslHue(), c.hslHue()) << "the meaning (hue) stays";
        EXPECT_EQ(readableOn(c, Qt::white), c) << "already readable on white";
    }
}

TEST_F(Polish, TheDarkThemeReachesTheGanttChartsAndPanels)
{
    CourseTab *tab = openFirstCourse();
    ASSERT_NE(tab, nullptr);
    tab->showTable4();
    action(ActionId::DarkTheme)->setChecked(true);
    QCoreApplication::processEvents(); // widgets hear of the application palette by event
    EXPECT_EQ(m_settings.theme(), QStringLiteral("dark"));
    EXPECT_TRUE(isDark(m_window->palette())) << QApplication::palette().color(QPalette::Window).name().toStdString() << " "
                                             << m_window->palette().color(QPalette::Window).name().toStdString() << " "
                                             << QApplication::style()->metaObject()->className();
    m_window->show();
    grab(m_window.get(), "dark-table4.png");
    tab->pages()->setCurrentIndex(0);
    grab(m_window.get(), "dark-form.png");

    action(ActionId::ShowPortfolio)->trigger();
    auto *portfolio = m_window->findChild<PortfolioTab *>();
    ASSERT_NE(portfolio, nullptr);
    auto *gantt = portfolio->findChild<GanttView *>();
    ASSERT_NE(gantt, nullptr);
    const GanttRenderer::Colors &colors = gantt->findChild<GanttTimeline *>()->renderer().colors();
    EXPECT_EQ(colors.background, GanttRenderer::Colors::dark().background);
    EXPECT_GE(contrastRatio(colors.headerText, colors.headerBackground), 7.0);
    for (const QColor &bar : {colors.progress, colors.actual, colors.forecast, colors.overdue, colors.today})
        EXPECT_GE(contrastRatio(bar, colors.background), 3.0) << bar.name().toStdString();
    grab(m_window.get(), "dark-gantt.png");
    auto *dashboard = portfolio->findChild<DashboardView *>();
    ASSERT_NE(dashboard, nullptr);
    EXPECT_EQ(dashboard->stagesChart()->theme(), QChart::ChartThemeDark);
    portfolio->findChild<QTabWidget *>()->setCurrentWidget(dashboard);
    grab(m_window.get(), "dark-dashboard.png");

    action(ActionId::DarkTheme)->setChecked(false);
    QCoreApplication::processEvents();
    EXPECT_FALSE(isDark(m_window->palette()));
    EXPECT_EQ(gantt->findChild<GanttTimeline *>()->renderer().colors().background, GanttRenderer::Colors().background);
    EXPECT_EQ(dashboard->stagesChart()->theme(), QChart::ChartThemeLight);
}

TEST_F(Polish, EveryComputedFigureHasATooltip)
{
    CourseTab *tab = openFirstCourse();
    ASSERT_NE(tab, nullptr);
    SltPanel *panel = tab->table4Editor()->panel();
    for (const char *name : {"totalValue", "bandValue", "creditsValue", "claimableValue", "onlineValue", "weightsValue",
                             "totalLabel", "modeBar", "modeLegend", "hoursTree", "findingsList"}) {
        auto *w = panel->findChild<QWidget *>(QString::fromLatin1(name));
        ASSERT_NE(w, nullptr) << name;
        EXPECT_FALSE(w->toolTip().isEmpty()) << name;
    }
    action(ActionId::ShowPortfolio)->trigger();
    auto *dashboard = m_window->findChild<DashboardView *>();
    ASSERT_NE(dashboard, nullptr);
    const QList<QWidget *> figures = dashboard->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_EQ(figures.size(), 5) << "a summary and four charts";
    for (QWidget *w : figures)
        EXPECT_FALSE(w->toolTip().isEmpty()) << w->metaObject()->className();
}

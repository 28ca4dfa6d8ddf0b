// The application form offscreen: typing shows and clears findings live, undo restores the
// original, the variant follows the kind, a finding focuses its field, and the main window opens
// a course tab from the navigator with its undo stack in the group.
#include "appsettings.h"
#include "applicationform.h"
#include "compliancemodel.h"
#include "compliancepanel.h"
#include "coursedocument.h"
#include "courserepository.h"
#include "coursetab.h"
#include "mainwindow.h"
#include "recoveryfile.h"
#include "samplecourse.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QStandardPaths>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QListView>
#include <QUndoGroup>
#include <QUndoStack>

using namespace mcs;

namespace {

QStringList rules(const ComplianceModel *model)
{
    QStringList out;
    for (const ComplianceFinding &f : model->findings())
        out << f.rule;
    return out;
}

Course compliantSample()
{
    Course c = test::sampleCourse();
    return c;
}

} // namespace

TEST(ApplicationForm, TypingShowsAndClearsFindingsAndUndoRestoresTheOriginal)
{
    CourseTab tab(compliantSample(), nullptr, ComplianceContext{{}, builtinBloomVerbs()});
    tab.resize(1100, 800);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    const Course original = tab.document()->snapshot();
    const QStringList before = rules(tab.complianceModel());
    // For a look at the form: MCS_GRAB_DIR=/tmp/x saves a picture of the tab.
    if (qEnvironmentVariableIsSet("MCS_GRAB_DIR"))
        tab.grab().save(qEnvironmentVariable("MCS_GRAB_DIR") + QStringLiteral("/applicationform.png"));
    EXPECT_FALSE(before.contains(QStringLiteral("code_format")));

    auto *code = qobject_cast<QLineEdit *>(tab.applicationForm()->editorFor(CourseField::Code));
    ASSERT_TRUE(code);
    EXPECT_EQ(code->text(), original.code);
    code->setFocus();
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("TMN4031X"));
    EXPECT_EQ(tab.document()->course().code, QStringLiteral("TMN4031X"));
    EXPECT_TRUE(rules(tab.complianceModel()).contains(QStringLiteral("code_format")));
    EXPECT_TRUE(tab.compliancePanel()->summaryText().contains(QStringLiteral("error")));
    EXPECT_TRUE(tab.title().endsWith(QStringLiteral(" *")));

    // Fix it by typing: the finding disappears.
    QTest::keyClick(code, Qt::Key_Backspace);
    QTest::keyClicks(code, QStringLiteral("MC"));
    EXPECT_EQ(tab.document()->course().code, QStringLiteral("TMN4031MC"));
    EXPECT_EQ(rules(tab.complianceModel()), before);

    // A market survey too small: switch to stand-alone, the survey rows appear.
    auto *kind = qobject_cast<QComboBox *>(tab.applicationForm()->editorFor(CourseField::Kind));
    ASSERT_TRUE(kind);
    EXPECT_FALSE(tab.applicationForm()->editorFor(CourseField::SurveyRespondents)->isVisible());
    EXPECT_TRUE(tab.applicationForm()->editorFor(CourseField::OriginalCourseCode)->isVisible());
    kind->setCurrentIndex(int(CourseKind::StandAlone));
    EXPECT_EQ(tab.document()->course().kind, CourseKind::StandAlone);
    EXPECT_TRUE(tab.applicationForm()->editorFor(CourseField::SurveyRespondents)->isVisible());
    EXPECT_FALSE(tab.applicationForm()->editorFor(CourseField::OriginalCourseCode)->isVisible());
    auto *respondents = qobject_cast<QSpinBox *>(tab.applicationForm()->editorFor(CourseField::SurveyRespondents));
    respondents->setFocus();
    respondents->selectAll();
    QTest::keyClicks(respondents, QStringLiteral("12"));
    EXPECT_EQ(tab.document()->course().marketSurvey.respondents, 12);
    EXPECT_TRUE(rules(tab.complianceModel()).contains(QStringLiteral("survey_respondents")));

    // Clicking a finding focuses its field.
    const int row = int(rules(tab.complianceModel()).indexOf(QStringLiteral("survey_respondents")));
    tab.applicationForm()->editorFor(CourseField::Code)->setFocus();
    QListView *view = tab.compliancePanel()->view();
    const QRect rect = view->visualRect(view->model()->index(row, 2));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    EXPECT_EQ(QApplication::focusWidget(), respondents);

    // Undo everything: the course and the widgets are as they were.
    while (tab.document()->undoStack()->canUndo())
        tab.document()->undoStack()->undo();
    EXPECT_TRUE(tab.document()->snapshot() == original);
    EXPECT_EQ(code->text(), original.code);
    EXPECT_EQ(kind->currentIndex(), int(original.kind));
    EXPECT_EQ(rules(tab.complianceModel()), before);
    EXPECT_FALSE(tab.title().endsWith(QStringLiteral(" *")));
}

// 1.5 i and 1.5 g from the declared flags: ticking a box on an online course warns, the
// professional body reminds, and each edit is one undo step back to the original.
TEST(ApplicationForm, HandsOnFlagsAndProfessionalBodyDriveTheirRules)
{
    Course c = compliantSample();
    c.labIntensive = c.clinical = c.practicum = false;
    c.professionalBody.clear();
    c.delivery = CourseDelivery::Odl;
    CourseTab tab(c, nullptr, ComplianceContext{{}, builtinBloomVerbs()});
    tab.resize(1100, 800);
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    const Course original = tab.document()->snapshot();
    const QStringList before = rules(tab.complianceModel());
    ASSERT_FALSE(before.contains(QStringLiteral("online_unsuitable")));
    ASSERT_FALSE(before.contains(QStringLiteral("professional_body")));

    auto *clinical = qobject_cast<QCheckBox *>(tab.applicationForm()->editorFor(CourseField::Clinical));
    ASSERT_TRUE(clinical);
    EXPECT_TRUE(clinical->isVisible());
    EXPECT_FALSE(clinical->isChecked());
    clinical->click();
    EXPECT_TRUE(tab.document()->course().clinical);
    EXPECT_EQ(tab.document()->undoStack()->count(), 1);
    EXPECT_TRUE(rules(tab.complianceModel()).contains(QStringLiteral("online_unsuitable")));

    // Blended delivery clears the warning; back to online brings it again.
    auto *delivery = qobject_cast<QComboBox *>(tab.applicationForm()->editorFor(CourseField::Delivery));
    delivery->setCurrentIndex(int(CourseDelivery::Blended));
    EXPECT_FALSE(rules(tab.complianceModel()).contains(QStringLiteral("online_unsuitable")));
    tab.document()->undoStack()->undo();
    EXPECT_EQ(tab.document()->course().delivery, CourseDelivery::Odl);
    EXPECT_TRUE(rules(tab.complianceModel()).contains(QStringLiteral("online_unsuitable")));

    auto *body = qobject_cast<QLineEdit *>(tab.applicationForm()->editorFor(CourseField::ProfessionalBody));
    ASSERT_TRUE(body);
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Malaysian Medical Council"));
    EXPECT_EQ(tab.document()->course().professionalBody, QStringLiteral("Malaysian Medical Council"));
    EXPECT_TRUE(rules(tab.complianceModel()).contains(QStringLiteral("professional_body")));
    if (qEnvironmentVariableIsSet("MCS_GRAB_DIR"))
        tab.grab().save(qEnvironmentVariable("MCS_GRAB_DIR") + QStringLiteral("/applicationform-flags.png"));

    while (tab.document()->undoStack()->canUndo())
        tab.document()->undoStack()->undo();
    EXPECT_TRUE(tab.document()->snapshot() == original);
    EXPECT_FALSE(clinical->isChecked());
    EXPECT_TRUE(body->text().isEmpty());
    EXPECT_EQ(rules(tab.complianceModel()), before);
}

TEST(ApplicationForm, TablesAddRemoveAndReorderRows)
{
    CourseTab tab(compliantSample(), nullptr, ComplianceContext{{}, builtinBloomVerbs()});
    tab.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&tab));
    QTableView *clos = tab.applicationForm()->cloTable();
    const int n = clos->model()->rowCount();
    auto *add = tab.applicationForm()->findChild<QPushButton *>(QStringLiteral("cloAdd"));
    auto *up = tab.applicationForm()->findChild<QPushButton *>(QStringLiteral("cloUp"));
    auto *remove = tab.applicationForm()->findChild<QPushButton *>(QStringLiteral("cloRemove"));
    ASSERT_TRUE(add && up && remove);
    clos->setCurrentIndex(clos->model()->index(n - 1, 0));
    add->click();
    EXPECT_EQ(clos->model()->rowCount(), n + 1);
    EXPECT_EQ(clos->currentIndex().row(), n);
    // The new CLO has no statement and is not assessed.
    QStringList r = rules(tab.complianceModel());
    EXPECT_TRUE(r.contains(QStringLiteral("clo_verb")));
    EXPECT_TRUE(r.contains(QStringLiteral("clo_assessed")));
    up->click();
    EXPECT_EQ(clos->currentIndex().row(), n - 1);
    EXPECT_EQ(tab.document()->clo(n - 1).code, QStringLiteral("CLO%1").arg(n + 1));
    remove->click();
    EXPECT_EQ(clos->model()->rowCount(), n);
    EXPECT_TRUE(tab.document()->course().clos == compliantSample().clos);
}

TEST(ApplicationForm, MainWindowOpensACourseTabFromTheDatabase)
{
    QStandardPaths::setTestModeEnabled(true); // recovery copies under the test locations
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    Workspace workspace;
    QString error;
    ASSERT_TRUE(workspace.openLocalFile(dir.filePath(QStringLiteral("courses.mcs")), &error)) << qPrintable(error);
    Course c = compliantSample();
    ASSERT_TRUE(CourseRepository(*workspace.database()).save(&c, QStringLiteral("tester")).ok());
    MainWindow w(&settings, &workspace);
    CourseTab *tab = w.openCourse(c.id);
    ASSERT_TRUE(tab);
    EXPECT_EQ(w.openCourse(c.id), tab); // the open tab, not a second one
    EXPECT_EQ(w.currentCourseTab(), tab);
    EXPECT_EQ(w.undoGroup()->activeStack(), tab->document()->undoStack());
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("courseTabs"));
    ASSERT_TRUE(tabs);
    EXPECT_EQ(tabs->count(), 1);

    auto *title = qobject_cast<QLineEdit *>(tab->applicationForm()->editorFor(CourseField::Title));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Micro-Credential in Charts"));
    EXPECT_TRUE(tabs->tabText(0).endsWith(QStringLiteral(" *")));
    // The recovery copy (written every minute while modified) holds the edit and goes on save.
    ASSERT_TRUE(tab->writeRecovery());
    QDateTime savedAt;
    const auto recovered = RecoveryFiles(AppSettings::recoveryDirectory()).read(workspace.location(), c.id, &savedAt);
    ASSERT_TRUE(recovered.has_value());
    EXPECT_EQ(recovered->title, QStringLiteral("Micro-Credential in Charts"));
    EXPECT_TRUE(QFile::exists(tab->recoveryPath()));
    ASSERT_TRUE(tab->save());
    EXPECT_FALSE(QFile::exists(tab->recoveryPath()));
    EXPECT_FALSE(tabs->tabText(0).endsWith(QStringLiteral(" *")));
    QString loadError;
    EXPECT_EQ(CourseRepository(*workspace.database()).load(c.id, &loadError)->title,
              QStringLiteral("Micro-Credential in Charts"));
    // The printable proposal: a PDF carrying the form, the CLOs and the Table 4 summary.
    const QString pdf = dir.filePath(QStringLiteral("proposal.pdf"));
    ASSERT_TRUE(tab->exportPdf(pdf));
    if (qEnvironmentVariableIsSet("MCS_GRAB_DIR"))
        tab->exportPdf(qEnvironmentVariable("MCS_GRAB_DIR") + QStringLiteral("/proposal.pdf"));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(body.contains(QStringLiteral("Micro-Credential in Charts"))) << qPrintable(body.left(400));
    EXPECT_TRUE(body.contains(QStringLiteral("Original course code TMN4031"))) << qPrintable(body.left(800));
    EXPECT_TRUE(body.contains(c.clos.first().statement));
    EXPECT_TRUE(body.contains(QStringLiteral("Table 4 summary")));
    EXPECT_FALSE(body.contains(QStringLiteral("Market survey respondents"))); // not asked of category 1
    tab->close(); // unmodified: no prompt
}

// The workflow page of a course tab, My tasks, the Audit view and the server sign-in, on a local
// file and (as a head of PTj) on the real PostgreSQL server. With MCS_GRAB_DIR set, each view is
// kept as a picture for people to look at.
#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "auditmodel.h"
#include "auditview.h"
#include "connectserverdialog.h"
#include "coursedocument.h"
#include "courselistmodel.h"
#include "courserepository.h"
#include "courseworkflow.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "peoplerepository.h"
#include "samplecourse.h"
#include "serverfixture.h"
#include "tasklistmodel.h"
#include "tasksview.h"
#include "workflowpage.h"
#include "workflowrepository.h"
#include "workflowthreadmodel.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTreeView>

using namespace mcs;
using S = WorkflowState;

namespace {

void grab(QWidget *w, const char *name, QSize size = QSize(1100, 620))
{
    const QString dir = qEnvironmentVariable("MCS_GRAB_DIR");
    if (dir.isEmpty())
        return;
    w->resize(size);
    w->show();
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}

QStringList texts(const QList<QPushButton *> &buttons)
{
    QStringList out;
    for (QPushButton *b : buttons)
        out.append(b->text());
    return out;
}

class MemoryPasswords : public PasswordStore
{
public:
    std::optional<QString> read(const QString &key, QString *) override
    {
        return stored.contains(key) ? std::optional<QString>(stored.value(key)) : std::nullopt;
    }
    bool write(const QString &key, const QString &password, QString *) override
    {
        stored.insert(key, password);
        return true;
    }
    bool remove(const QString &key, QString *) override
    {
        stored.remove(key);
        return true;
    }
    QMap<QString, QString> stored;
};

} // namespace

TEST(WorkflowViews, TheCoursePageShowsTheStateTheStepsAndTheThread)
{
    QTemporaryDir dir;
    Workspace w;
    QString error;
    ASSERT_TRUE(w.openLocalFile(dir.filePath(QStringLiteral("local.mcs")), &error)) << error.toStdString();
    Course c = test::sampleCourse(QStringLiteral("MC020"), 1, 1);
    c.status = S::Draft;
    ASSERT_TRUE(CourseRepository(*w.database()).save(&c, QStringLiteral("me")).ok());
    Person sme{0, QStringLiteral("dr.rosnah"), QStringLiteral("Dr. Rosnah binti Sutan"), QStringLiteral("S0101"),
               QString(), QStringLiteral("CFLEX"), {Role::Sme}};
    ASSERT_TRUE(PeopleRepository(*w.database()).save(&sme).ok());
    CourseDocument doc(c);
    WorkflowPage page(new CourseWorkflow(&w, &doc));
    EXPECT_EQ(texts(page.actionButtons()), QStringList{QStringLiteral("Submit to head of PTj")});
    page.actionButtons().first()->click();
    EXPECT_EQ(doc.course().status, S::Submitted);
    EXPECT_EQ(texts(page.actionButtons()), (QStringList{QStringLiteral("Endorse"), QStringLiteral("Return for revision")}));
    page.commentEdit()->setPlainText(QStringLiteral("The market survey has only 12 respondents; 5.2 asks for 30."));
    page.actionButtons().at(1)->click();
    EXPECT_EQ(doc.course().status, S::ReturnedForRevision);
    EXPECT_TRUE(page.commentEdit()->toPlainText().isEmpty());
    EXPECT_EQ(page.workflow()->thread()->rowCount(), 2);
    page.actionButtons().first()->click(); // resubmit
    EXPECT_EQ(doc.course().status, S::Submitted);
    // One person in every role on a file appoints the SME too.
    ASSERT_FALSE(page.appointButton()->isHidden());
    page.smeLoginEdit()->setText(QStringLiteral("dr.rosnah"));
    page.appointButton()->click();
    EXPECT_EQ(page.workflow()->smes(), QStringList{QStringLiteral("dr.rosnah")});
    EXPECT_TRUE(page.smeLoginEdit()->text().isEmpty());
    grab(&page, "workflow-local.png", QSize(900, 480));
}

TEST(WorkflowViews, MyTasksAndTheAuditTrailOfADemoPortfolio)
{
    QTemporaryDir dir;
    AppSettings settings{dir.filePath(QStringLiteral("settings.ini"))};
    Workspace workspace;
    QString error;
    ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 12, &error)) << error.toStdString();
    MainWindow w(&settings, &workspace);
    w.actions()->action(QString(ActionId::ShowTasks))->trigger();
    auto *tasks = w.findChild<TasksView *>();
    ASSERT_NE(tasks, nullptr);
    // One person in every role on a file: everything not yet offered waits for them.
    int notOffered = 0;
    for (const CourseSummary &c : workspace.courses()->courses())
        notOffered += c.status != S::Offered ? 1 : 0;
    EXPECT_EQ(tasks->model()->count(TaskListModel::Scope::All), 12);
    EXPECT_EQ(tasks->model()->count(TaskListModel::Scope::WaitingForMe), notOffered);
    EXPECT_EQ(tasks->model()->rowCount(), notOffered);
    grab(&w, "my-tasks.png", QSize(1300, 700));

    w.actions()->action(QString(ActionId::ShowAudit))->trigger();
    auto *audit = w.findChild<AuditView *>();
    ASSERT_NE(audit, nullptr);
    // The demo inserted every course, result and statement once; the SQLite triggers traced each.
    auto count = [&](const QString &sql) {
        QSqlQuery q(workspace.database()->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    };
    const int rows = count(QStringLiteral("SELECT (SELECT COUNT(*) FROM course) + (SELECT COUNT(*) FROM enrolment)"
                                          " + (SELECT COUNT(*) FROM statement)"));
    EXPECT_GT(rows, 12);
    EXPECT_EQ(audit->model()->rowCount(), rows);
    audit->courseFilter()->setCurrentIndex(1);
    const qint64 first = audit->courseFilter()->currentData().toLongLong();
    ASSERT_TRUE(audit->applyFilter(&error)) << error.toStdString();
    EXPECT_EQ(audit->model()->rowCount(),
              count(QStringLiteral("SELECT 1 + (SELECT COUNT(*) FROM enrolment e JOIN offering o ON o.id = e.offering_id"
                                   " WHERE o.course_id = %1) + (SELECT COUNT(*) FROM statement s JOIN enrolment e"
                                   " ON e.id = s.enrolment_id JOIN offering o ON o.id = e.offering_id WHERE o.course_id = %1)")
                        .arg(first)));
    audit->view()->setCurrentIndex(audit->model()->index(0, 0));
    grab(&w, "audit-trail.png", QSize(1300, 700));
}

TEST(WorkflowViews, TheSignInKeepsThePasswordOnlyInThePasswordStore)
{
    QTemporaryDir dir;
    MemoryPasswords keychain;
    ServerParams p;
    p.host = QStringLiteral("mcstudio.unimas.my");
    p.user = QStringLiteral("nahassan");
    p.database = QStringLiteral("mcstudio");
    {
        ConnectServerDialog dialog;
        dialog.setPasswordStore(&keychain);
        dialog.setParams(p);
        EXPECT_FALSE(dialog.rememberPassword());
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("s3cret-Sago"));
        dialog.setRememberPassword(true);
        QString error;
        ASSERT_TRUE(dialog.storePasswordChoice(&error));
        grab(&dialog, "sign-in.png", QSize(460, 300));
    }
    EXPECT_EQ(keychain.stored.value(p.url()), QStringLiteral("s3cret-Sago"));
    {
        ConnectServerDialog dialog;
        dialog.setPasswordStore(&keychain);
        dialog.setParams(p);
        EXPECT_TRUE(dialog.rememberPassword());
        EXPECT_EQ(dialog.params().password, QStringLiteral("s3cret-Sago"));
        dialog.setRememberPassword(false);
        QString error;
        ASSERT_TRUE(dialog.storePasswordChoice(&error));
    }
    EXPECT_TRUE(keychain.stored.isEmpty());
    // Without a store the option is not offered at all.
    ConnectServerDialog plain;
    EXPECT_FALSE(plain.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->isEnabled());
}

// On the server: the head of the course's PTj sees Endorse and Return; a lecturer of the team
// sees no step once it is submitted; the server refuses what the page does not offer.
class WorkflowViewsOnServer : public test::ServerRolesTest
{
};

TEST_F(WorkflowViewsOnServer, EachPersonSeesTheirOwnSteps)
{
    const QString faculty = QStringLiteral("Faculty of Computer Science and Information Technology");
    const QString lecturer = addUser(Role::Lecturer, QStringLiteral("lect"), faculty, QStringLiteral("S1234"));
    const QString head = addUser(Role::PtjHead, QStringLiteral("head"), faculty);
    Course c = test::sampleCourse(QStringLiteral("TMN4031MC"), 1, 2);
    c.status = S::Draft;
    ASSERT_TRUE(CourseRepository(owner()).save(&c, QStringLiteral("setup")).ok());

    Workspace mine;
    QString error;
    ASSERT_TRUE(mine.connectToServer(paramsFor(lecturer), &error)) << error.toStdString();
    auto course = CourseRepository(*mine.database()).load(c.id, &error);
    ASSERT_TRUE(course);
    CourseDocument doc(*course);
    WorkflowPage page(new CourseWorkflow(&mine, &doc));
    EXPECT_EQ(texts(page.actionButtons()), QStringList{QStringLiteral("Submit to head of PTj")});
    page.commentEdit()->setPlainText(QStringLiteral("Ready for endorsement."));
    page.actionButtons().first()->click();
    EXPECT_EQ(doc.course().status, S::Submitted);
    EXPECT_TRUE(page.actionButtons().isEmpty());

    Workspace theirs;
    ASSERT_TRUE(theirs.connectToServer(paramsFor(head), &error)) << error.toStdString();
    auto seen = CourseRepository(*theirs.database()).load(c.id, &error);
    ASSERT_TRUE(seen);
    CourseDocument headDoc(*seen);
    WorkflowPage headPage(new CourseWorkflow(&theirs, &headDoc));
    EXPECT_EQ(texts(headPage.actionButtons()), (QStringList{QStringLiteral("Endorse"), QStringLiteral("Return for revision")}));
    EXPECT_EQ(headPage.workflow()->person().login, head);
    EXPECT_TRUE(headPage.appointButton()->isHidden()); // CFLEX appoints SMEs, not a head of PTj
    EXPECT_TRUE(page.appointButton()->isHidden());
    grab(&headPage, "workflow-head-of-ptj.png", QSize(900, 420));

    // CFLEX appoints the SME from the same page; the server records it for everyone.
    const QString cflex = addUser(Role::Cflex, QStringLiteral("cflex"));
    Workspace office;
    ASSERT_TRUE(office.connectToServer(paramsFor(cflex), &error)) << error.toStdString();
    CourseDocument officeDoc(*CourseRepository(*office.database()).load(c.id, &error));
    WorkflowPage officePage(new CourseWorkflow(&office, &officeDoc));
    ASSERT_FALSE(officePage.appointButton()->isHidden());
    const QString sme = addUser(Role::Sme, QStringLiteral("sme"));
    ASSERT_TRUE(officePage.workflow()->refresh(&error)) << error.toStdString();
    EXPECT_GE(officePage.smePicker()->findData(sme), 0); // the server's SMEs are offered
    officePage.smeLoginEdit()->setText(sme);
    officePage.appointButton()->click();
    EXPECT_EQ(officePage.workflow()->smes(), QStringList{sme});
    ASSERT_TRUE(headPage.workflow()->refresh(&error)) << error.toStdString();
    EXPECT_EQ(headPage.workflow()->smes(), QStringList{sme});

    TasksView tasks(&theirs);
    ASSERT_TRUE(tasks.reload(&error)) << error.toStdString();
    EXPECT_EQ(tasks.model()->count(TaskListModel::Scope::WaitingForMe), 1);
    AuditView audit(&theirs);
    EXPECT_FALSE(audit.reload(&error)); // heads of PTj do not read the audit trail
    EXPECT_TRUE(error.contains(QStringLiteral("permission denied"))) << error.toStdString();
    grab(&audit, "audit-refused.png", QSize(900, 300));
}

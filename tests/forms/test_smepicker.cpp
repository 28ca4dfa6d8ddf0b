// The SME picker of a course's Workflow page (issue 9): CFLEX picks one of the database's SMEs
// ("Name (login)") or types a login not listed, and is asked before a login nobody holds the SME
// role with is appointed. With MCS_GRAB_DIR set, the page is kept as a picture.
#include "coursedocument.h"
#include "courselistmodel.h"
#include "courserepository.h"
#include "courseworkflow.h"
#include "workflowpage.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace mcs;

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList itemTexts(const QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out << box->itemText(i);
    return out;
}

// Answers the next message box with `button` and keeps its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            ADD_FAILURE() << "no message box";
            return;
        }
        *text = box->text();
        box->button(button)->click();
    });
}

class SmePicker : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(S("demo.mcs")), 12, &error)) << error.toStdString();
        // A course not yet in development: the demo appoints its SME when development starts.
        qint64 id = 0;
        for (const CourseSummary &c : workspace.courses()->courses())
            if (id == 0 && int(c.status) < int(WorkflowState::InDevelopment) && c.status != WorkflowState::Draft)
                id = c.id;
        ASSERT_NE(id, 0);
        auto course = CourseRepository(*workspace.database()).load(id, &error);
        ASSERT_TRUE(course) << error.toStdString();
        doc = std::make_unique<CourseDocument>(*course);
        page = std::make_unique<WorkflowPage>(new CourseWorkflow(&workspace, doc.get()));
    }

    void grab(const char *name)
    {
        const QString grabDir = qEnvironmentVariable("MCS_GRAB_DIR");
        if (grabDir.isEmpty())
            return;
        page->resize(900, 480);
        page->show();
        QApplication::processEvents();
        QDir().mkpath(grabDir);
        page->grab().save(QDir(grabDir).filePath(QString::fromLatin1(name)));
    }

    QTemporaryDir dir;
    Workspace workspace;
    std::unique_ptr<CourseDocument> doc;
    std::unique_ptr<WorkflowPage> page;
};

} // namespace

TEST_F(SmePicker, ListsTheDemoSmesAndAppointsTheOneChosen)
{
    QComboBox *picker = page->smePicker();
    ASSERT_FALSE(picker->isHidden()); // one person in every role on a file: CFLEX too
    EXPECT_TRUE(picker->isEditable());
    EXPECT_EQ(itemTexts(picker), (QStringList{S("Assoc. Prof. Dr. Hamdan bin Ahmad (hamdan)"),
                                              S("Dr. Wong Siew Ling (slwong)")}));
    EXPECT_EQ(picker->itemData(1).toString(), S("slwong"));
    EXPECT_TRUE(picker->currentText().isEmpty()) << "nobody is chosen for the user";
    picker->setCurrentIndex(1);
    grab("workflow-sme-picker.png");
    EXPECT_EQ(page->chosenSmeLogin(), S("slwong"));
    page->appointButton()->click();
    EXPECT_EQ(page->workflow()->smes(), QStringList{S("slwong")});
    bool named = false;
    for (const QLabel *label : page->findChildren<QLabel *>())
        named = named || label->text() == S("Appointed SME: Dr. Wong Siew Ling (slwong)");
    EXPECT_TRUE(named);
    // Appointed: no longer offered, and the picker is empty again.
    EXPECT_EQ(itemTexts(picker), QStringList{S("Assoc. Prof. Dr. Hamdan bin Ahmad (hamdan)")});
    EXPECT_TRUE(picker->currentText().isEmpty());

    // A listed SME's login typed by hand is theirs, without a question.
    page->smeLoginEdit()->setText(S("hamdan"));
    EXPECT_TRUE(page->workflow()->isSmeCandidate(page->chosenSmeLogin()));
    page->appointButton()->click();
    EXPECT_EQ(page->workflow()->smes(), (QStringList{S("hamdan"), S("slwong")}));
    EXPECT_EQ(picker->count(), 0);
}

TEST_F(SmePicker, ALoginNobodyHoldsTheSmeRoleWithIsAppointedOnlyWhenConfirmed)
{
    page->smeLoginEdit()->setText(S("  wongsl "));
    QString question;
    answerNextMessageBox(QMessageBox::No, &question);
    page->appointButton()->click();
    EXPECT_EQ(question, S("No one with the SME role has the login “wongsl” in this database.\n\nCheck the spelling. "
                          "To appoint someone not listed, appoint them anyway: they can record the vetting once an "
                          "administrator has given them the SME role.\n\nAppoint “wongsl” anyway?"));
    EXPECT_TRUE(page->workflow()->smes().isEmpty());
    EXPECT_EQ(page->smeLoginEdit()->text(), S("  wongsl ")) << "kept to correct";

    page->smeLoginEdit()->setText(S("dr.visiting"));
    answerNextMessageBox(QMessageBox::Yes, &question);
    page->appointButton()->click();
    EXPECT_TRUE(question.contains(S("“dr.visiting”")));
    EXPECT_EQ(page->workflow()->smes(), QStringList{S("dr.visiting")});
    EXPECT_TRUE(page->smeLoginEdit()->text().isEmpty());
    EXPECT_EQ(page->smePicker()->count(), 2); // the listed SMEs are still offered
}

#include "auditmodel.h"
#include "auditrepository.h"
#include "coursedocument.h"
#include "courselistmodel.h"
#include "courserepository.h"
#include "courseworkflow.h"
#include "database.h"
#include "itemroles.h"
#include "samplecourse.h"
#include "tasklistmodel.h"
#include "workflowrepository.h"
#include "workflowthreadmodel.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace mcs;
using S = WorkflowState;

namespace {

WorkflowTask task(qint64 id, const QString &code, S status, bool waiting, bool submitted)
{
    WorkflowTask t;
    t.course.id = id;
    t.course.code = code;
    t.course.title = QStringLiteral("Micro-Credential in ") + code;
    t.course.status = status;
    t.waitingForMe = waiting;
    t.submittedByMe = submitted;
    return t;
}

} // namespace

TEST(WorkflowModels, TheThreadShowsEveryStepOldestFirst)
{
    WorkflowThreadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    WorkflowEvent a{1, 7, S::Draft, S::Submitted, QStringLiteral("nahassan"),
                    QDateTime(QDate(2026, 11, 2), QTime(1, 30), Qt::UTC), QString()};
    WorkflowEvent b{2, 7, S::Submitted, S::ReturnedForRevision, QStringLiteral("dean.fcsit"),
                    QDateTime(QDate(2026, 11, 3), QTime(2, 0), Qt::UTC), QStringLiteral("Add a market survey.")};
    model.setEvents({a, b});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), 4);
    EXPECT_EQ(model.index(0, WorkflowThreadModel::Step).data().toString(), QStringLiteral("Draft → Submitted"));
    EXPECT_EQ(model.index(1, WorkflowThreadModel::Step).data().toString(),
              QStringLiteral("Submitted → Returned for revision"));
    EXPECT_EQ(model.index(1, WorkflowThreadModel::Who).data().toString(), QStringLiteral("dean.fcsit"));
    EXPECT_EQ(model.index(1, WorkflowThreadModel::Comment).data().toString(), QStringLiteral("Add a market survey."));
    EXPECT_EQ(model.index(0, WorkflowThreadModel::When).data().toString(),
              a.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

TEST(WorkflowModels, TasksAreScopedToWhatWaitsForMeWhatISubmittedOrAll)
{
    TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTasks({task(1, QStringLiteral("MC001"), S::Submitted, true, false),
                    task(2, QStringLiteral("MC002"), S::Draft, false, false),
                    task(3, QStringLiteral("MC003"), S::UnderCflexReview, false, true),
                    task(4, QStringLiteral("MC004"), S::Offered, false, true)});
    EXPECT_EQ(model.count(TaskListModel::Scope::WaitingForMe), 1);
    EXPECT_EQ(model.count(TaskListModel::Scope::SubmittedByMe), 2);
    EXPECT_EQ(model.count(TaskListModel::Scope::All), 4);
    ASSERT_EQ(model.rowCount(), 1); // waiting for me by default
    EXPECT_EQ(model.index(0, TaskListModel::Code).data().toString(), QStringLiteral("MC001"));
    EXPECT_EQ(model.index(0, TaskListModel::WaitingFor).data().toString(), QStringLiteral("Head of PTj"));
    EXPECT_EQ(model.index(0, 0).data(CourseIdRole).toLongLong(), 1);
    model.setScope(TaskListModel::Scope::SubmittedByMe);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(1, TaskListModel::Code).data().toString(), QStringLiteral("MC004"));
    EXPECT_EQ(model.index(1, TaskListModel::WaitingFor).data().toString(), QStringLiteral("Nobody: offered"));
    EXPECT_EQ(model.index(0, TaskListModel::State).data().toString(), QStringLiteral("Under CFLEX review"));
    model.setScope(TaskListModel::Scope::All);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_TRUE(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model.index(1, 0).data(Qt::FontRole).isValid());
}

TEST(WorkflowModels, TheAuditSummaryNamesWhatChanged)
{
    EXPECT_EQ(AuditModel::changeSummary(
                  QStringLiteral(R"({"id":3,"title":"Old","status":"draft","row_version":1,"fee_sen":100})"),
                  QStringLiteral(R"({"id":3,"title":"New","status":"submitted","row_version":2,"fee_sen":100})")),
              QStringLiteral("status: “draft” → “submitted”; title: “Old” → “New”"));
    EXPECT_EQ(AuditModel::changeSummary({}, QStringLiteral(R"({"id":1,"code":"MC001","title":"T","fee_sen":5})")),
              QStringLiteral("code: “MC001”; title: “T”"));
    EXPECT_EQ(AuditModel::changeSummary(QStringLiteral(R"({"id":9,"marks":50,"grade":null})"),
                                        QStringLiteral(R"({"id":9,"marks":81.5,"grade":"A-"})")),
              QStringLiteral("grade: ∅ → “A-”; marks: 50 → 81.5"));
    AuditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AuditEntry e;
    e.id = 1;
    e.at = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    e.who = QStringLiteral("cflex1");
    e.tableName = QStringLiteral("enrolment");
    e.recordId = QStringLiteral("9");
    e.oldValues = QStringLiteral(R"({"id":9,"grade":null})");
    e.newValues = QStringLiteral(R"({"id":9,"grade":"A"})");
    e.courseId = 4;
    e.courseCode = QStringLiteral("MC004");
    model.setEntries({e});
    EXPECT_EQ(model.index(0, AuditModel::Action).data().toString(), QStringLiteral("updated"));
    EXPECT_EQ(model.index(0, AuditModel::Table).data().toString(), QStringLiteral("enrolment 9"));
    EXPECT_EQ(model.index(0, AuditModel::Course).data().toString(), QStringLiteral("MC004"));
    EXPECT_EQ(model.index(0, AuditModel::Changes).data().toString(), QStringLiteral("grade: ∅ → “A”"));
    EXPECT_EQ(model.index(0, 0).data(CourseIdRole).toLongLong(), 4);
}

// On a local file one person acts in every role: the whole flow from draft to offered, with the
// domain's rules (comment on return) and the row version moving on with every step.
TEST(CourseWorkflowOnAFile, TheSingleUserWalksTheFlowAndTheTabsCopyKeepsUp)
{
    QTemporaryDir dir;
    Workspace w;
    QString error;
    ASSERT_TRUE(w.openLocalFile(dir.filePath(QStringLiteral("local.mcs")), &error)) << error.toStdString();
    Course c = test::sampleCourse(QStringLiteral("MC010"), 1, 1);
    c.status = S::Draft;
    ASSERT_TRUE(CourseRepository(*w.database()).save(&c, QStringLiteral("me")).ok());

    CourseDocument doc(c);
    CourseWorkflow flow(&w, &doc);
    QAbstractItemModelTester tester(flow.thread(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(flow.refresh(&error)) << error.toStdString();
    EXPECT_TRUE(flow.person().everyRole);
    ASSERT_EQ(flow.actions().size(), 1);
    EXPECT_EQ(flow.actions()[0].actionKey(), QStringLiteral("submit"));
    QSignalSpy changed(&flow, &CourseWorkflow::changed);

    ASSERT_TRUE(flow.perform(flow.actions()[0], {}).ok());
    EXPECT_EQ(doc.course().status, S::Submitted);
    EXPECT_EQ(doc.course().rowVersion, 2);
    EXPECT_FALSE(doc.isModified());
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_EQ(flow.thread()->rowCount(), 1);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(w.courses()->courses().at(0).status, S::Submitted);

    const auto returnStep = *Workflow::find(S::Submitted, S::ReturnedForRevision);
    const StoreResult refused = flow.perform(returnStep, QStringLiteral("  "));
    EXPECT_EQ(refused.status, StoreResult::Status::Failed);
    EXPECT_TRUE(refused.message.contains(QStringLiteral("comment"))) << refused.message.toStdString();
    ASSERT_TRUE(flow.perform(returnStep, QStringLiteral("Justify the fee.")).ok());
    // Everything else up to "offered", always the first step offered.
    int steps = 2;
    while (!flow.actions().isEmpty()) {
        const WorkflowTransition next = flow.actions().constLast().to == S::ReturnedForRevision
            ? flow.actions().constFirst()
            : flow.actions().constLast();
        const StoreResult r = flow.perform(next, QStringLiteral("ok"));
        ASSERT_TRUE(r.ok()) << r.message.toStdString();
        ++steps;
        ASSERT_LT(steps, 20);
    }
    EXPECT_EQ(doc.course().status, S::Offered);
    EXPECT_EQ(steps, 12); // submit, return, resubmit, endorse, review, approve, develop, vet, present, senate, register, offer
    EXPECT_EQ(flow.thread()->rowCount(), 12);
    EXPECT_EQ(flow.thread()->events().at(1).comment, QStringLiteral("Justify the fee."));
    EXPECT_EQ(doc.course().rowVersion, 2 + 11);

    // The tab's copy is current: saving an edit now succeeds, no conflict.
    doc.setField(CourseField::Synopsis, QStringLiteral("Offered at last."));
    CourseRepository repo(*w.database());
    EXPECT_TRUE(doc.save(repo, QStringLiteral("me")).ok());

    // A copy opened before the steps cannot overwrite them.
    Course stale = c;
    stale.title = QStringLiteral("Stale");
    EXPECT_EQ(repo.save(&stale, QStringLiteral("me")).status, StoreResult::Status::Conflict);

    // The SQLite triggers traced every change of the course row.
    QVector<AuditEntry> trail;
    AuditFilter filter;
    filter.courseId = c.id;
    ASSERT_TRUE(AuditRepository(*w.database()).query(filter, &trail, &error)) << error.toStdString();
    EXPECT_EQ(trail.size(), 1 + 12 + 1); // insert, twelve steps, the last save
    EXPECT_EQ(AuditModel::changeSummary(trail.at(1).oldValues, trail.at(1).newValues),
              QStringLiteral("status: “registered” → “offered”"));
}

TEST(CourseWorkflowOnAFile, UnsavedEditsOrAnUnsavedCourseBlockTheSteps)
{
    QTemporaryDir dir;
    Workspace w;
    QString error;
    ASSERT_TRUE(w.openLocalFile(dir.filePath(QStringLiteral("local.mcs")), &error));
    Course fresh = test::sampleCourse(QStringLiteral("MC011"), 1, 1);
    fresh.status = S::Draft;
    CourseDocument unsaved(fresh);
    CourseWorkflow a(&w, &unsaved);
    ASSERT_TRUE(a.refresh(&error));
    EXPECT_TRUE(a.actions().isEmpty());
    EXPECT_TRUE(a.blockedReason().contains(QStringLiteral("Save the course first")));

    ASSERT_TRUE(CourseRepository(*w.database()).save(&fresh, QStringLiteral("me")).ok());
    CourseDocument doc(fresh);
    CourseWorkflow b(&w, &doc);
    ASSERT_TRUE(b.refresh(&error));
    doc.setField(CourseField::Synopsis, QStringLiteral("typed, not saved"));
    doc.undoStack()->resetClean(); // as if an undo command had made it
    EXPECT_TRUE(doc.isModified());
    const StoreResult r = b.perform(b.actions().at(0), {});
    EXPECT_EQ(r.status, StoreResult::Status::Failed);
    EXPECT_TRUE(r.message.contains(QStringLiteral("Save your edits first"))) << r.message.toStdString();
    EXPECT_EQ(doc.course().status, S::Draft);
}

// The demo portfolio's approval history (demoworkflow.h): every course past its draft has the
// steps of Figure 1 that lead to its state, by the right people, with a version per submission.
#include "courseversionrepository.h"
#include "database.h"
#include "demoportfolio.h"
#include "demoworkflow.h"
#include "testdatabases.h"
#include "workflow.h"
#include "workflowrepository.h"

#include <gtest/gtest.h>

#include <QSqlQuery>

using namespace mcs;
using mcs::test::BackendTest;
using S = ApprovalStatus;

TEST(DemoWorkflowPath, FollowsFigureOneAndGoesRoundOnceWhenRevised)
{
    EXPECT_TRUE(demoWorkflowPath(S::Draft, false).isEmpty());
    EXPECT_EQ(demoWorkflowPath(S::Submitted, false), QVector<S>{S::Submitted});
    EXPECT_EQ(demoWorkflowPath(S::ReturnedForRevision, false),
              (QVector<S>{S::Submitted, S::EndorsedByPtj, S::UnderCflexReview, S::ReturnedForRevision}));
    EXPECT_EQ(demoWorkflowPath(S::Offered, false).size(), 10);
    EXPECT_EQ(demoWorkflowPath(S::InDevelopment, true),
              (QVector<S>{S::Submitted, S::EndorsedByPtj, S::UnderCflexReview, S::ReturnedForRevision, S::Submitted,
                          S::EndorsedByPtj, S::UnderCflexReview, S::ApprovedForDevelopment, S::InDevelopment}));
}

class DemoWorkflowTest : public BackendTest
{
};

TEST_P(DemoWorkflowTest, EveryCourseHasTheStepsToItsStateAndAVersionPerSubmission)
{
    auto db = open();
    ASSERT_TRUE(db);
    DemoPortfolio::Options options;
    options.courses = 24;
    options.learners = 40;
    options.today = QDate(2026, 11, 30);
    DemoPortfolio demo(options);
    QString error;
    ASSERT_TRUE(demo.write(*db, nullptr, &error)) << error.toStdString();

    // Read first: PostgreSQL connections keep one result at a time.
    struct Row { qint64 id; QString code; QString status; };
    QVector<Row> rows;
    QSqlQuery courses = db->prepare(QStringLiteral("SELECT id, code, status FROM course ORDER BY id"));
    ASSERT_TRUE(db->exec(courses));
    while (courses.next())
        rows.append({courses.value(0).toLongLong(), courses.value(1).toString(), courses.value(2).toString()});
    courses.finish();
    ASSERT_EQ(rows.size(), 24);
    WorkflowRepository workflow(*db);
    CourseVersionRepository versions(*db);
    int revised = 0;
    int withSteps = 0;
    for (const Row &row : rows) {
        const qint64 id = row.id;
        SCOPED_TRACE(row.code.toStdString());
        S state = S::Draft;
        ASSERT_TRUE(approvalStatusFromKey(row.status, &state));
        QVector<WorkflowEvent> thread;
        ASSERT_TRUE(workflow.history(id, &thread, &error)) << error.toStdString();
        QVector<CourseVersion> kept;
        ASSERT_TRUE(versions.list(id, &kept, &error)) << error.toStdString();
        QStringList smes;
        ASSERT_TRUE(workflow.smes(id, &smes, &error));
        if (state == S::Draft) {
            EXPECT_TRUE(thread.isEmpty());
            EXPECT_TRUE(kept.isEmpty());
            continue;
        }
        ++withSteps;
        ASSERT_FALSE(thread.isEmpty());
        S from = S::Draft;
        int submissions = 0;
        for (const WorkflowEvent &e : thread) {
            EXPECT_EQ(e.from, from);
            const auto t = Workflow::find(e.from, e.to);
            ASSERT_TRUE(t.has_value());
            EXPECT_FALSE(e.who.isEmpty());
            if (t->commentRequired) {
                EXPECT_FALSE(e.comment.isEmpty());
            }
            EXPECT_LT(e.at.date(), options.today);
            submissions += e.to == S::Submitted ? 1 : 0;
            from = e.to;
        }
        EXPECT_EQ(from, state);
        EXPECT_EQ(kept.size(), submissions);
        EXPECT_EQ(smes.size(), int(state) >= int(S::InDevelopment) ? 1 : 0);
        if (submissions == 2) {
            ++revised;
            // The first submission was revised: CLO1 gained its verb and the last unit an activity.
            const auto first = versions.load(kept.last().id, &error);
            const auto second = versions.load(kept.first().id, &error);
            ASSERT_TRUE(first && second);
            EXPECT_TRUE(first->clos[0].statement.startsWith(QLatin1String("Understand ")));
            EXPECT_FALSE(second->clos[0].statement.startsWith(QLatin1String("Understand ")));
            EXPECT_EQ(first->table4.units.last().activities.size() + 1, second->table4.units.last().activities.size());
        }
    }
    EXPECT_GE(withSteps, 20);
    EXPECT_GE(revised, 3);
}

MCS_INSTANTIATE_BACKENDS(DemoWorkflowTest);

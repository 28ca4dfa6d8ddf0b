#include "ganttmodel.h"
#include "portfoliofigures.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace mcs;

namespace {

CourseMilestones course(qint64 id, const char *code, const char *faculty, ApprovalStatus status, CourseKind kind,
                        const QDate &start, int completed)
{
    CourseMilestones c;
    c.course.id = id;
    c.course.code = QString::fromLatin1(code);
    c.course.title = QStringLiteral("Micro-Credential in %1").arg(c.course.code);
    c.course.faculty = QString::fromLatin1(faculty);
    c.course.status = status;
    c.course.kind = kind;
    c.milestones = MilestonePlan::plannedSchedule(start);
    for (int i = 0; i < completed; ++i)
        c.milestones[i].actualCompletion = c.milestones[i].plannedDue;
    return c;
}

QVector<CourseMilestones> sample()
{
    return {
        course(11, "MC001", "FCSIT", ApprovalStatus::InDevelopment, CourseKind::StandAlone, QDate(2026, 1, 31), 2),
        course(12, "TMUI233MC", "FENG", ApprovalStatus::InDevelopment, CourseKind::AccreditedCourse,
               QDate(2026, 1, 10), 0),
        course(13, "MCV002", "FCSIT", ApprovalStatus::Offered, CourseKind::StandAloneQvc, QDate(2025, 3, 3), 8),
    };
}

QDate dateOf(const QModelIndex &i, int role) { return i.data(role).toDate(); }

} // namespace

TEST(GanttModel, PassesTheModelTesterThroughEveryChange)
{
    GanttModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2026, 3, 1));
    model.setCourses(sample());
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 8);
    model.setGrouping(GanttModel::Grouping::Faculty);
    model.setFacultyFilter(QStringLiteral("FCSIT"));
    model.setGrouping(GanttModel::Grouping::Status);
    model.setFacultyFilter({});
    model.setStatusFilter(ApprovalStatus::InDevelopment);
    model.setKindFilter(CourseKind::StandAlone);
    model.applyPlannedDates(11, 4, QDate(2026, 3, 20), QDate(2026, 5, 30));
    model.setToday(QDate(2026, 6, 1));
    model.setGrouping(GanttModel::Grouping::Kind);
    model.setKindFilter(std::nullopt);
    model.setStatusFilter(std::nullopt);
    model.setGrouping(GanttModel::Grouping::None);
    model.setCourses({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(GanttModel, RolesCarryPlannedActualAndForecastDates)
{
    GanttModel model;
    model.setToday(QDate(2026, 3, 1));
    model.setCourses(sample());

    const QModelIndex mc001 = model.courseIndex(11);
    ASSERT_TRUE(mc001.isValid());
    EXPECT_EQ(mc001.data(GanttRowTypeRole).value<GanttRowType>(), GanttRowType::Course);
    EXPECT_EQ(mc001.data(CourseProgressRole).toInt(), 20);
    EXPECT_EQ(mc001.data(MilestoneNumberRole).toInt(), 3);
    EXPECT_EQ(dateOf(mc001, PlannedStartRole), QDate(2026, 1, 31));
    EXPECT_EQ(dateOf(mc001, PlannedDueRole), QDate(2026, 8, 2));
    EXPECT_EQ(dateOf(mc001, ActualCompletionRole), QDate(2026, 2, 21));
    EXPECT_EQ(dateOf(mc001, ForecastDueRole), QDate(2026, 8, 2)); // completed on plan: forecast = plan
    EXPECT_EQ(dateOf(mc001, NextDueRole), QDate(2026, 3, 21));
    EXPECT_FALSE(mc001.data(OverdueRole).toBool());
    EXPECT_EQ(mc001.siblingAtColumn(GanttModel::ProgressColumn).data().toString(), QStringLiteral("20%"));

    const QModelIndex m2 = model.milestoneIndex(11, 2);
    EXPECT_EQ(m2.parent(), mc001);
    EXPECT_EQ(m2.data(MilestoneNumberRole).toInt(), 2);
    EXPECT_EQ(dateOf(m2, ActualStartRole), QDate(2026, 2, 7));
    EXPECT_EQ(dateOf(m2, ActualCompletionRole), QDate(2026, 2, 21));
    EXPECT_FALSE(dateOf(m2, ForecastStartRole).isValid());
    const QModelIndex m3 = model.milestoneIndex(11, 3);
    EXPECT_FALSE(dateOf(m3, ActualStartRole).isValid());
    EXPECT_EQ(dateOf(m3, ForecastStartRole), QDate(2026, 2, 21));
    EXPECT_EQ(dateOf(m3, ForecastDueRole), QDate(2026, 3, 21));

    // TMUI233MC: M1 due 17 Jan, nothing done by 1 Mar: overdue, re-planned from today.
    const QModelIndex late = model.courseIndex(12);
    EXPECT_TRUE(late.data(OverdueRole).toBool());
    EXPECT_EQ(dateOf(late, ForecastStartRole), QDate(2026, 3, 1));
    EXPECT_EQ(dateOf(late, ForecastDueRole), QDate(2026, 9, 3));
    EXPECT_TRUE(model.milestoneIndex(12, 1).data(OverdueRole).toBool());
    EXPECT_TRUE(late.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Forecast completion: 2026-09-03")));

    const QModelIndex done = model.courseIndex(13);
    EXPECT_EQ(done.data(MilestoneNumberRole).toInt(), 0);
    EXPECT_EQ(done.data(CourseProgressRole).toInt(), 100);
    EXPECT_FALSE(dateOf(done, ForecastDueRole).isValid());
}

TEST(GanttModel, GroupsAndFilters)
{
    GanttModel model;
    model.setToday(QDate(2026, 3, 1));
    model.setCourses(sample());
    model.setGrouping(GanttModel::Grouping::Faculty);
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex fcsit = model.index(0, 0);
    EXPECT_EQ(fcsit.data(GanttRowTypeRole).value<GanttRowType>(), GanttRowType::Group);
    EXPECT_EQ(fcsit.data().toString(), QStringLiteral("FCSIT (2)"));
    EXPECT_EQ(model.rowCount(fcsit), 2);
    EXPECT_EQ(model.index(1, 0, fcsit).data(CourseCodeRole).toString(), QStringLiteral("MCV002"));
    EXPECT_EQ(model.courseIndex(13).parent(), fcsit);
    EXPECT_EQ(model.milestoneIndex(13, 8).parent().parent(), fcsit);
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("FENG (1)"));
    EXPECT_TRUE(model.index(1, 0).data(OverdueRole).toBool());
    EXPECT_EQ(fcsit.siblingAtColumn(GanttModel::ProgressColumn).data().toString(), QStringLiteral("60%"));

    model.setGrouping(GanttModel::Grouping::Status);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("In development (2)"));
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Offered (1)"));

    model.setKindFilter(CourseKind::AccreditedCourse);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.visibleCourses(), QVector<int>{1});
    EXPECT_FALSE(model.courseIndex(11).isValid());
    model.setKindFilter(std::nullopt);
    model.setGrouping(GanttModel::Grouping::None);
    model.setFacultyFilter(QStringLiteral("FCSIT"));
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.faculties(), (QStringList{QStringLiteral("FCSIT"), QStringLiteral("FENG")}));
}

TEST(GanttModel, DraggingABarIsOneUndoStep)
{
    GanttModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack stack;
    model.setUndoStack(&stack);
    model.setToday(QDate(2026, 3, 1));
    model.setCourses(sample());
    QSignalSpy changed(&model, &GanttModel::plannedDatesChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);

    ASSERT_TRUE(model.movePlannedBar(model.milestoneIndex(11, 3), 10));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_GE(data.count(), 2);
    const QModelIndex m3 = model.milestoneIndex(11, 3);
    EXPECT_EQ(dateOf(m3, PlannedStartRole), QDate(2026, 3, 3));
    EXPECT_EQ(dateOf(m3, PlannedDueRole), QDate(2026, 3, 31));
    // The moved bar is 28 days long but 1 month from 3 Mar would be 3 Apr: an edited plan, so the
    // forecast keeps its 28 days from the last completion (21 Feb): 21 Mar.
    EXPECT_EQ(dateOf(m3, ForecastDueRole), QDate(2026, 3, 21));
    EXPECT_EQ(dateOf(model.courseIndex(11), NextDueRole), QDate(2026, 3, 31));

    stack.undo();
    EXPECT_EQ(dateOf(m3, PlannedStartRole), QDate(2026, 2, 21));
    EXPECT_EQ(dateOf(m3, PlannedDueRole), QDate(2026, 3, 21));
    EXPECT_EQ(changed.count(), 2);
    stack.redo();
    EXPECT_EQ(dateOf(m3, PlannedDueRole), QDate(2026, 3, 31));

    // An edit in the tree (Due column) goes through the same stack.
    EXPECT_TRUE(model.setData(m3.siblingAtColumn(GanttModel::DueColumn), QDate(2026, 4, 15), Qt::EditRole));
    EXPECT_EQ(stack.count(), 2);
    EXPECT_EQ(dateOf(m3, PlannedDueRole), QDate(2026, 4, 15));
    EXPECT_FALSE(model.setData(m3.siblingAtColumn(GanttModel::DueColumn), QDate(2026, 1, 1), Qt::EditRole))
        << "a due date before the start is refused";
    EXPECT_FALSE(model.movePlannedBar(model.courseIndex(11), 3)) << "course rows are not dragged";
}

TEST(PortfolioFigures, FollowTheModel)
{
    GanttModel model;
    model.setToday(QDate(2026, 3, 1));
    PortfolioFigures figures;
    figures.setModel(&model);
    QSignalSpy spy(&figures, &PortfolioFigures::changed);
    model.setCourses(sample());
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(figures.courseCount(), 3);
    EXPECT_EQ(figures.statistics().onTime, 1);
    EXPECT_EQ(figures.statistics().overdue, 1);
    EXPECT_EQ(figures.statistics().completed, 1);
    model.setToday(QDate(2026, 3, 25)); // MC001's M3 (due 21 Mar) is now overdue too
    EXPECT_EQ(figures.statistics().overdue, 2);
    model.setFacultyFilter(QStringLiteral("FENG"));
    EXPECT_EQ(figures.courseCount(), 1);
    EXPECT_EQ(figures.statistics().averageProgressPerFaculty.size(), 1);
}

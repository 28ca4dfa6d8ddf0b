#include "coursefiltermodel.h"
#include "courselistmodel.h"
#include "itemroles.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace mcs;

namespace {
CourseSummary course(qint64 id, const char *code, const char *title, const char *faculty,
                     ApprovalStatus status = ApprovalStatus::Draft, CourseKind kind = CourseKind::StandAlone)
{
    CourseSummary c;
    c.id = id;
    c.code = QString::fromUtf8(code);
    c.title = QString::fromUtf8(title);
    c.faculty = QString::fromUtf8(faculty);
    c.status = status;
    c.kind = kind;
    return c;
}

QVector<CourseSummary> sample()
{
    return {course(1, "TMUI233MC", "Micro-Credential in Software Testing", "FCSIT", ApprovalStatus::InDevelopment,
                   CourseKind::AccreditedCourse),
            course(2, "MC001", "Micro-Credential in Sago Processing", "FRST"),
            course(3, "MCV002", "Micro-Credential in Data Analytics", "FCSIT", ApprovalStatus::Offered,
                   CourseKind::StandAloneQvc)};
}
} // namespace

TEST(CourseListModel, PassesTheModelTesterThroughEveryChange)
{
    CourseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCourses(sample());
    EXPECT_EQ(model.rowCount(), 3);

    CourseSummary changed = model.courses().at(1);
    changed.progressPercent = 40;
    model.upsertCourse(changed);
    EXPECT_EQ(model.index(1).data(CourseProgressRole).toInt(), 40);
    EXPECT_EQ(model.rowCount(), 3);

    model.upsertCourse(course(9, "MC009", "Micro-Credential in Batik", "FACA"));
    EXPECT_EQ(model.rowCount(), 4);
    model.removeCourse(1);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOfId(1), -1);
    model.removeCourse(12345); // unknown id: nothing happens
    EXPECT_EQ(model.rowCount(), 3);
}

TEST(CourseListModel, ExposesEveryRole)
{
    CourseListModel model;
    model.setCourses(sample());
    const QModelIndex i = model.index(0);
    EXPECT_EQ(i.data(CourseIdRole).toLongLong(), 1);
    EXPECT_EQ(i.data(CourseCodeRole).toString(), QStringLiteral("TMUI233MC"));
    EXPECT_EQ(i.data(CourseKindRole).value<CourseKind>(), CourseKind::AccreditedCourse);
    EXPECT_EQ(i.data(CourseStatusRole).value<ApprovalStatus>(), ApprovalStatus::InDevelopment);
    EXPECT_EQ(i.data(Qt::DisplayRole).toString(), QStringLiteral("TMUI233MC — Micro-Credential in Software Testing"));
    EXPECT_TRUE(i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("In development")));
}

TEST(CourseFilterModel, EveryWordMustMatchCodeTitleOrFaculty)
{
    CourseListModel model;
    model.setCourses(sample());
    CourseFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    EXPECT_FALSE(filter.hasActiveFilter());

    filter.setSearchText(QStringLiteral("fcsit"));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setSearchText(QStringLiteral("  fcsit   analytics "));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(CourseCodeRole).toString(), QStringLiteral("MCV002"));
    filter.setSearchText(QStringLiteral("tmui233"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText(QStringLiteral("nothing-like-this"));
    EXPECT_EQ(filter.rowCount(), 0);
    EXPECT_TRUE(filter.hasActiveFilter());
}

TEST(CourseFilterModel, FiltersByStatusKindAndFaculty)
{
    CourseListModel model;
    model.setCourses(sample());
    CourseFilterModel filter;
    filter.setSourceModel(&model);
    filter.setStatusFilter(ApprovalStatus::Draft);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setStatusFilter(std::nullopt);
    filter.setKindFilter(CourseKind::StandAloneQvc);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setKindFilter(std::nullopt);
    filter.setFacultyFilter(QStringLiteral("FCSIT"));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setFacultyFilter(QString());
    EXPECT_EQ(filter.rowCount(), 3);
}

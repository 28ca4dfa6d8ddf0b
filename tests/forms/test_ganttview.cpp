// The Gantt chart painted into images, the interactive view and its exports, the dashboard.
#include "dashboardview.h"
#include "ganttmodel.h"
#include "ganttrenderer.h"
#include "ganttsheet.h"
#include "gantttimeline.h"
#include "ganttview.h"
#include "portfoliofigures.h"
#include "samplecourses.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHelpEvent>
#include <QToolTip>
#include <QFile>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace mcs;

namespace {

const QDate kToday(2026, 3, 1);

// One course planned from 31 Jan 2026 with M1 and M2 completed on their due dates.
QVector<CourseMilestones> knownSchedule()
{
    CourseMilestones c;
    c.course.id = 1;
    c.course.code = QStringLiteral("MC001");
    c.course.title = QStringLiteral("Micro-Credential in Sago Processing");
    c.course.faculty = QStringLiteral("FRST");
    c.milestones = MilestonePlan::plannedSchedule(QDate(2026, 1, 31));
    c.milestones[0].actualCompletion = QDate(2026, 2, 7);
    c.milestones[1].actualCompletion = QDate(2026, 2, 21);
    return {c};
}

// First and last x of `color` on line y, or (-1, -1).
std::pair<int, int> extent(const QImage &img, int y, const QColor &color)
{
    int first = -1, last = -1;
    for (int x = 0; x < img.width(); ++x) {
        if (img.pixelColor(x, y) == color) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    return {first, last};
}

QImage paintRow(const GanttRenderer &r, const QModelIndex &row)
{
    QImage img(1000, 24, QImage::Format_RGB32);
    QPainter p(&img);
    r.paintGrid(&p, img.rect(), 0);
    r.paintRow(&p, row, img.rect(), 0, 0);
    return img;
}

} // namespace

TEST(GanttRenderer, BarsAtTheExpectedPixelColumns)
{
    GanttModel model;
    model.setToday(kToday);
    model.setCourses(knownSchedule());
    GanttRenderer r;
    r.setScale(GanttScale(QDate(2026, 1, 1), GanttZoom::Month)); // 4 px a day from 1 Jan
    r.setToday(kToday);
    const GanttRenderer::Colors c = r.colors();

    // M3 planned 21 Feb (day 51: x 204) to 21 Mar (day 79: x 316), not started: forecast = plan.
    const QImage m3 = paintRow(r, model.milestoneIndex(1, 3));
    // Top edge from x 204; its last two pixels lie under the due date's diamond (x 316, 1 px wide
    // at this height, plus antialiasing).
    EXPECT_EQ(extent(m3, 4, c.plannedBorder), std::make_pair(204, 313));
    EXPECT_EQ(m3.pixelColor(203, 8), c.background);
    EXPECT_EQ(m3.pixelColor(204, 8), c.plannedBorder);
    EXPECT_EQ(m3.pixelColor(250, 8), c.planned);
    EXPECT_EQ(extent(m3, 16, c.forecast), std::make_pair(204, 315));
    EXPECT_EQ(extent(m3, 18, c.actual).first, -1) << "no actual bar before completion";
    EXPECT_EQ(m3.pixelColor(316, 9), c.background) << "an open milestone's hollow diamond at the due date";
    EXPECT_EQ(m3.pixelColor(307, 9), c.planned);

    // M1 planned 31 Jan (x 120) to 7 Feb (x 148), completed on 7 Feb: full bar and an actual bar.
    const QImage m1 = paintRow(r, model.milestoneIndex(1, 1));
    EXPECT_EQ(m1.pixelColor(130, 8), c.progress);
    EXPECT_EQ(extent(m1, 17, c.actual), std::make_pair(120, 147));
    EXPECT_EQ(extent(m1, 16, c.forecast).first, -1);
    EXPECT_EQ(m1.pixelColor(148, 9), c.actual) << "a completed milestone's diamond is filled green";

    // The course: planned 31 Jan (x 120) to 2 Aug (day 213: x 852), 20% developed.
    const QImage course = paintRow(r, model.courseIndex(1));
    EXPECT_EQ(extent(course, 4, c.plannedBorder).first, 120);
    // Progress fill: 20% of the 730 px inside the border, from x 121.
    EXPECT_EQ(extent(course, 10, c.progress), std::make_pair(121, 121 + 146 - 1));
    // Actual 31 Jan - 21 Feb (x 120..203), forecast 21 Feb - 2 Aug (x 204..851).
    EXPECT_EQ(extent(course, 19, c.actual), std::make_pair(120, 203));
    EXPECT_EQ(extent(course, 18, c.forecast).first, 204);
    EXPECT_EQ(course.pixelColor(840, 18), c.forecast);
    EXPECT_EQ(course.pixelColor(852, 20), c.forecast) << "forecast completion diamond";
    EXPECT_NE(course.pixelColor(870, 18), c.forecast);
}

TEST(GanttRenderer, TodayLineAndHeader)
{
    GanttRenderer r;
    r.setScale(GanttScale(QDate(2026, 1, 1), GanttZoom::Month));
    r.setToday(kToday); // day 59: x 236, the middle of the day at 238
    QImage img(600, 100, QImage::Format_RGB32);
    QPainter p(&img);
    r.paintHeader(&p, QRect(0, 0, 600, 40), 0);
    r.paintToday(&p, img.rect(), 0);
    p.end();
    EXPECT_EQ(img.pixelColor(237, 70), r.colors().today);
    EXPECT_EQ(img.pixelColor(238, 70), r.colors().today);
    EXPECT_NE(img.pixelColor(235, 70), r.colors().today);
    EXPECT_NE(img.pixelColor(240, 70), r.colors().today);
}

TEST(GanttScale, WeeksStartOnMondayQuartersOnTheirMonth)
{
    const GanttScale w(QDate(2026, 1, 1), GanttZoom::Week);
    EXPECT_EQ(w.minorStart(QDate(2026, 3, 1)), QDate(2026, 2, 23)); // a Sunday -> Monday before
    EXPECT_EQ(w.x(QDate(2026, 1, 8)), 84.0);
    EXPECT_EQ(w.dateAt(85), QDate(2026, 1, 8));
    const GanttScale q(QDate(2026, 1, 1), GanttZoom::Quarter);
    EXPECT_EQ(q.minorStart(QDate(2026, 8, 15)), QDate(2026, 7, 1));
    EXPECT_EQ(q.minorLabel(QDate(2026, 7, 1)), QStringLiteral("Q3"));
    EXPECT_EQ(q.nextMajor(QDate(2026, 1, 1)), QDate(2027, 1, 1));
}

class GanttViewTest : public testing::Test
{
protected:
    void SetUp() override
    {
        model.setToday(kToday);
        model.setUndoStack(&stack);
        tester = std::make_unique<QAbstractItemModelTester>(&model,
                                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    GanttModel model;
    QUndoStack stack;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(GanttViewTest, DraggingAPlannedBarMovesItAsOneUndoStep)
{
    model.setCourses(knownSchedule());
    GanttView view;
    view.setModel(&model);
    view.resize(1200, 500);
    view.show();
    view.expandAllCourses();
    view.scrollToDate(QDate(2026, 1, 1));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    GanttTimeline *t = view.timeline();
    // M3's bar: row 4 (course, M1, M2, M3), x 204..316 from 1 Jan minus the padding before it.
    QRect rowRect;
    const QModelIndex m3 = model.milestoneIndex(1, 3);
    const QRect r = view.tree()->visualRect(m3);
    const int y = t->headerHeight() + r.top() + 9;
    ASSERT_EQ(t->rowAt(y, &rowRect), m3);
    const QRectF bar = t->renderer().plannedBarRect(m3, rowRect, t->xOffset());
    const QPoint from(int(bar.center().x()), y);
    QTest::mousePress(t, Qt::LeftButton, {}, from);
    QTest::mouseMove(t, from + QPoint(14, 0));
    QTest::mouseMove(t, from + QPoint(28, 0)); // 7 days at 4 px a day
    QTest::mouseRelease(t, Qt::LeftButton, {}, from + QPoint(28, 0));
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(model.milestone(1, 3)->plannedStart, QDate(2026, 2, 28));
    EXPECT_EQ(model.milestone(1, 3)->plannedDue, QDate(2026, 3, 28));
    stack.undo();
    EXPECT_EQ(model.milestone(1, 3)->plannedStart, QDate(2026, 2, 21));

    // A bar moved past the end of the chart widens its date range.
    const int before = view.sheet().fullSize().width();
    model.movePlannedBar(model.milestoneIndex(1, 8), 120);
    QCoreApplication::processEvents();
    // M8 now due 30 Nov instead of 2 Aug: the range ends with November instead of August.
    EXPECT_EQ(view.sheet().fullSize().width(), before + 4 * (30 + 31 + 30));
}

TEST_F(GanttViewTest, DoubleClickOpensTheCourse)
{
    model.setCourses(knownSchedule());
    GanttView view;
    view.setModel(&model);
    view.resize(1000, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &GanttView::openCourse);
    const int y = view.timeline()->headerHeight() + 12;
    QTest::mouseDClick(view.timeline(), Qt::LeftButton, {}, QPoint(300, y));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.first().first().toLongLong(), 1);
}

TEST_F(GanttViewTest, PaintsOnlyTheVisibleRows)
{
    model.setCourses(test::manyCourses(2000, kToday));
    GanttView view;
    view.setModel(&model);
    view.resize(1400, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.expandAllCourses(); // 18,000 rows
    QImage img(view.timeline()->size(), QImage::Format_ARGB32_Premultiplied);
    const int visible = (view.tree()->viewport()->height() + 23) / 24;
    view.timeline()->renderer().resetRowsPainted();
    view.timeline()->render(&img);
    EXPECT_EQ(view.timeline()->renderer().rowsPainted(), visible);
    view.verticalScrollBar()->setValue(9000);
    view.timeline()->renderer().resetRowsPainted();
    view.timeline()->render(&img);
    EXPECT_EQ(view.timeline()->renderer().rowsPainted(), visible);
    EXPECT_GT(visible, 20);
}

TEST_F(GanttViewTest, ExportsPngAndTiledPdf)
{
    model.setCourses(test::sampleCourses(kToday));
    GanttView view;
    view.setModel(&model);
    view.resize(1200, 700);
    view.expandAllCourses(); // 30 courses + 240 milestones = 270 rows
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("gantt.png"));
    ASSERT_TRUE(view.exportPng(png, &error)) << error.toStdString();
    const QImage img(png);
    const GanttSheet sheet = view.sheet();
    EXPECT_EQ(img.height(), 40 + 270 * 24);
    EXPECT_EQ(img.size(), sheet.fullSize());

    int pages = 0;
    const QString pdf = dir.filePath(QStringLiteral("gantt.pdf"));
    ASSERT_TRUE(view.exportPdf(pdf, &error, &pages)) << error.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    // A4 landscape at 96 dpi within 10 mm margins: 1047 x 718 px. 27 rows a page (718-40-24)/24,
    // so 270 rows take 10 pages down; the chart is 747 px wide a page (1047 - 300 names).
    const int across = int(std::ceil(sheet.chartWidth() / 747.0));
    EXPECT_EQ(pages, 10 * across);
    EXPECT_GE(across, 2);
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), pages);
}

TEST_F(GanttViewTest, DashboardFollowsTheData)
{
    model.setCourses(test::sampleCourses(kToday));
    PortfolioFigures figures;
    figures.setModel(&model);
    DashboardView dash;
    dash.setFigures(&figures);
    auto stageValue = [&](int stage) {
        auto *series = qobject_cast<QBarSeries *>(dash.stagesChart()->series().value(0));
        return series ? series->barSets().value(0)->at(stage) : -1.0;
    };
    const auto &s = figures.statistics();
    for (int i = 0; i < 9; ++i)
        EXPECT_EQ(stageValue(i), s.coursesByStage[size_t(i)]);
    const double before = stageValue(8);
    model.setFacultyFilter(QStringLiteral("FENG")); // KNS1023MC, KNJ3343MC, MC005, MCV003 (complete)
    EXPECT_EQ(figures.courseCount(), 4);
    EXPECT_EQ(stageValue(8), 1.0);
    EXPECT_NE(before, stageValue(8));
}

TEST_F(GanttViewTest, ToolbarDrivesZoomGroupingAndFilters)
{
    model.setCourses(test::sampleCourses(kToday));
    GanttView view;
    view.setModel(&model);
    auto *zoom = view.findChild<QComboBox *>(QStringLiteral("ganttZoom"));
    auto *group = view.findChild<QComboBox *>(QStringLiteral("ganttGroupBy"));
    auto *faculty = view.findChild<QComboBox *>(QStringLiteral("ganttFaculty"));
    auto *kind = view.findChild<QComboBox *>(QStringLiteral("ganttKind"));
    ASSERT_TRUE(zoom && group && faculty && kind);
    zoom->setCurrentIndex(zoom->findData(int(GanttZoom::Week)));
    EXPECT_EQ(view.zoom(), GanttZoom::Week);
    EXPECT_EQ(view.timeline()->renderer().scale().pixelsPerDay(), 12.0);
    group->setCurrentIndex(group->findData(int(GanttModel::Grouping::Faculty)));
    EXPECT_EQ(model.grouping(), GanttModel::Grouping::Faculty);
    // FACA FCSHD FCSIT FEB FENG FLC FMHS FRST FSSH
    EXPECT_EQ(model.rowCount(), 9);
    EXPECT_EQ(faculty->count(), 10); // All + 9
    faculty->setCurrentIndex(faculty->findData(QStringLiteral("FENG")));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 4);
    kind->setCurrentIndex(kind->findData(QVariant::fromValue(CourseKind::StandAloneQvc)));
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 1); // MCV003
    EXPECT_TRUE(view.tree()->isExpanded(model.index(0, 0))) << "groups open after regrouping";
}

TEST_F(GanttViewTest, TooltipShowsTheDates)
{
    model.setCourses(knownSchedule());
    GanttView view;
    view.setModel(&model);
    view.resize(1000, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.expandAllCourses();
    const QRect r = view.tree()->visualRect(model.milestoneIndex(1, 3));
    const QPoint pos(300, view.timeline()->headerHeight() + r.center().y());
    QHelpEvent help(QEvent::ToolTip, pos, view.timeline()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view.timeline(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("Planned: 2026-02-21 to 2026-03-21")))
        << QToolTip::text().toStdString();
    QToolTip::hideText();
}

// Writes pictures to look at when MCS_PICTURES_DIR is set (not part of the normal run).
TEST(GanttPictures, WriteWhenAsked)
{
    const QString out = qEnvironmentVariable("MCS_PICTURES_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set MCS_PICTURES_DIR to write pictures";
    const QDate today(2026, 11, 30);
    GanttModel model;
    model.setToday(today);
    model.setCourses(test::sampleCourses(today));
    QUndoStack stack;
    model.setUndoStack(&stack);
    GanttView view;
    view.setModel(&model);
    view.resize(1500, 850);
    view.show();
    for (int r : {0, 1, 3, 7})
        view.tree()->expand(model.index(r, 0));
    view.scrollToDate(today.addMonths(-8));
    QTest::qWait(50);
    view.grab().save(out + QStringLiteral("/gantt-month.png"));
    view.setZoom(GanttZoom::Week);
    view.scrollToDate(today.addDays(-60));
    view.grab().save(out + QStringLiteral("/gantt-week.png"));
    view.setZoom(GanttZoom::Quarter);
    model.setGrouping(GanttModel::Grouping::Faculty);
    view.scrollToDate(today.addMonths(-15));
    view.grab().save(out + QStringLiteral("/gantt-quarter-grouped.png"));
    model.setGrouping(GanttModel::Grouping::None);
    view.setZoom(GanttZoom::Month);
    view.expandAllCourses();
    QString error;
    view.exportPdf(out + QStringLiteral("/gantt.pdf"), &error);
    view.exportPng(out + QStringLiteral("/gantt-export.png"), &error);
    PortfolioFigures figures;
    figures.setModel(&model);
    DashboardView dash;
    dash.setFigures(&figures);
    dash.resize(1200, 800);
    dash.show();
    QTest::qWait(50);
    dash.grab().save(out + QStringLiteral("/dashboard.png"));
}

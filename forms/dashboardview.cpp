#include "dashboardview.h"

#include "apptheme.h"
#include "portfoliocharts.h"
#include "portfoliofigures.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

namespace mcs {
namespace {

QChartView *chartView()
{
    auto *view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_stages(chartView())
    , m_timeliness(chartView())
    , m_completions(chartView())
    , m_faculties(chartView())
{
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(m_stages, 1, 0);
    grid->addWidget(m_timeliness, 1, 1);
    grid->addWidget(m_completions, 2, 0);
    grid->addWidget(m_faculties, 2, 1);
    // Every figure says how it is computed (issue #10 polish).
    m_summary->setToolTip(tr("Courses shown in the portfolio. Overdue: a milestone not yet completed is past its "
                             "planned end date; on time: none is; complete: every milestone (up to Senate approval) "
                             "is done."));
    m_stages->setToolTip(tr("Number of courses at each development milestone (Table 3): the milestone each course is "
                            "working on; the last bar counts the courses with every milestone completed"));
    m_timeliness->setToolTip(tr("Courses still in development that are on time or overdue, and courses with every "
                                "milestone completed"));
    m_completions->setToolTip(tr("Courses whose Senate approval (milestone 8) is forecast in each month, from the "
                                 "planned durations after the current delay"));
    m_faculties->setToolTip(tr("Mean cumulative progress (the Table 3 percentage of the last completed milestone) of "
                               "the courses of each faculty or PTj"));
    followPalette();
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void DashboardView::followPalette()
{
    const QChart::ChartTheme theme = isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (QChartView *view : {m_stages, m_timeliness, m_completions, m_faculties}) {
        if (view->chart()->theme() != theme)
            view->chart()->setTheme(theme);
    }
    refresh(); // the theme resets the series' own colours
}

void DashboardView::setFigures(PortfolioFigures *figures)
{
    disconnect(m_connection);
    m_figures = figures;
    if (figures)
        m_connection = connect(figures, &PortfolioFigures::changed, this, &DashboardView::refresh);
    refresh();
}

QChart *DashboardView::stagesChart() const { return m_stages->chart(); }
QChart *DashboardView::timelinessChart() const { return m_timeliness->chart(); }
QChart *DashboardView::completionsChart() const { return m_completions->chart(); }
QChart *DashboardView::facultiesChart() const { return m_faculties->chart(); }

void DashboardView::refresh()
{
    const PortfolioStatistics s = m_figures ? m_figures->statistics() : PortfolioStatistics();
    const int courses = m_figures ? m_figures->courseCount() : 0;
    m_summary->setText(tr("%1 courses: %2 on time, %3 overdue, %4 complete")
                           .arg(courses)
                           .arg(s.onTime)
                           .arg(s.overdue)
                           .arg(s.completed));
    PortfolioCharts::showStages(m_stages->chart(), s);
    PortfolioCharts::showTimeliness(m_timeliness->chart(), s);
    PortfolioCharts::showCompletions(m_completions->chart(), s);
    PortfolioCharts::showFaculties(m_faculties->chart(), s);
}

} // namespace mcs

#include "dashboardview.h"

#include "portfoliocharts.h"
#include "portfoliofigures.h"

#include <QChart>
#include <QChartView>
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
    refresh();
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

#include "portfoliofigures.h"

#include "ganttmodel.h"

namespace mcs {

PortfolioFigures::PortfolioFigures(QObject *parent)
    : QObject(parent)
{
}

void PortfolioFigures::setModel(GanttModel *model)
{
    disconnect(m_connection);
    m_model = model;
    if (model)
        m_connection = connect(model, &GanttModel::portfolioChanged, this, &PortfolioFigures::recompute);
    recompute();
}

void PortfolioFigures::recompute()
{
    QVector<CourseMilestones> courses;
    QVector<CourseForecast> forecasts;
    if (m_model) {
        const QVector<int> visible = m_model->visibleCourses();
        courses.reserve(visible.size());
        forecasts.reserve(visible.size());
        for (int i : visible) {
            courses.append(m_model->courses().at(i));
            forecasts.append(m_model->forecasts().at(i));
        }
    }
    m_statistics = portfolioStatistics(courses, forecasts);
    m_courseCount = int(courses.size());
    Q_EMIT changed();
}

} // namespace mcs

#pragma once

#include "portfoliofigures.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace mcs {



// The portfolio dashboard: four charts over PortfolioFigures, redrawn whenever the figures change.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setFigures(PortfolioFigures *figures);
    QChart *stagesChart() const;
    QChart *timelinessChart() const;
    QChart *completionsChart() const;
    QChart *facultiesChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void followPalette(); // the charts' light or dark theme (View › Dark Theme)

    QPointer<PortfolioFigures> m_figures;
    QMetaObject::Connection m_connection;
    QLabel *m_summary;
    QChartView *m_stages;
    QChartView *m_timeliness;
    QChartView *m_completions;
    QChartView *m_faculties;
};

} // namespace mcs

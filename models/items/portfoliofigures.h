#pragma once

#include "portfolio.h"

#include <QObject>
#include <QPointer>

namespace mcs {

class GanttModel;

// The dashboard's figures over the courses a GanttModel shows (its filters apply), recomputed
// whenever the model's portfolio changes; the charts only draw what this holds (DESIGN.md habit 9).
class PortfolioFigures : public QObject
{
    Q_OBJECT
public:
    explicit PortfolioFigures(QObject *parent = nullptr);

    void setModel(GanttModel *model);
    const PortfolioStatistics &statistics() const { return m_statistics; }
    int courseCount() const { return m_courseCount; }

Q_SIGNALS:
    void changed();

private:
    void recompute();

    QPointer<GanttModel> m_model;
    QMetaObject::Connection m_connection;
    PortfolioStatistics m_statistics;
    int m_courseCount = 0;
};

} // namespace mcs

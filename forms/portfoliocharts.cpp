#include "portfoliocharts.h"

#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace mcs::PortfolioCharts {
namespace {

// Translation context for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::PortfolioCharts)
};

void reset(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        chart->removeAxis(a);
        delete a;
    }
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
}

QValueAxis *countAxis(int max, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    // A round top above the highest bar, on a tick.
    const int step = std::max(1, (max + 4) / 5);
    axis->setRange(0, std::max(1, (max / step + 1) * step));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setTitleText(title);
    return axis;
}

} // namespace

void showStages(QChart *chart, const PortfolioStatistics &s)
{
    reset(chart, Tr::tr("Courses by milestone stage"));
    auto *set = new QBarSet(Tr::tr("Courses"));
    set->setColor(QColor(0x3f, 0x6f, 0xc6));
    QStringList categories;
    int max = 0;
    for (int n = 1; n <= MilestonePlan::kCount + 1; ++n) {
        const int v = s.coursesByStage[size_t(n - 1)];
        set->append(v);
        max = std::max(max, v);
        categories << (n <= MilestonePlan::kCount ? QStringLiteral("M%1").arg(n) : Tr::tr("Done"));
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = countAxis(max, Tr::tr("courses"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void showTimeliness(QChart *chart, const PortfolioStatistics &s)
{
    reset(chart, Tr::tr("On time and overdue"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    auto add = [&](const QString &label, int v, const QColor &c) {
        if (v == 0)
            return;
        QPieSlice *slice = series->append(QStringLiteral("%1: %2").arg(label).arg(v), v);
        slice->setColor(c);
        slice->setLabelVisible(true);
    };
    add(Tr::tr("On time"), s.onTime, QColor(0x2e, 0x9d, 0x57));
    add(Tr::tr("Overdue"), s.overdue, QColor(0xc6, 0x28, 0x28));
    add(Tr::tr("Complete"), s.completed, QColor(0x3f, 0x6f, 0xc6));
    chart->addSeries(series);
}

void showCompletions(QChart *chart, const PortfolioStatistics &s)
{
    reset(chart, Tr::tr("Forecast completions per month"));
    auto *set = new QBarSet(Tr::tr("Courses"));
    set->setColor(QColor(0xef, 0x8f, 0x1f));
    QStringList categories;
    int max = 0;
    // Every month between the first and the last, so gaps show as gaps.
    if (!s.forecastCompletionsPerMonth.isEmpty()) {
        int i = 0;
        for (QDate m = s.forecastCompletionsPerMonth.first().first; m <= s.forecastCompletionsPerMonth.last().first;
             m = m.addMonths(1)) {
            int v = 0;
            if (s.forecastCompletionsPerMonth.at(i).first == m)
                v = s.forecastCompletionsPerMonth.at(i++).second;
            set->append(v);
            max = std::max(max, v);
            // The month alone under its bar ("Dec 26" is elided at a laptop's width); the axis
            // title carries the years.
            categories << QLocale().toString(m, QStringLiteral("MMM"));
        }
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (!s.forecastCompletionsPerMonth.isEmpty()) {
        const QDate first = s.forecastCompletionsPerMonth.first().first;
        const QDate last = s.forecastCompletionsPerMonth.last().first;
        x->setTitleText(QLocale().toString(first, QStringLiteral("MMMM yyyy")) + QStringLiteral(" – ")
                        + QLocale().toString(last, QStringLiteral("MMMM yyyy")));
    }
    x->setLabelsAngle(categories.size() > 12 ? -60 : 0);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = countAxis(max, Tr::tr("courses"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void showFaculties(QChart *chart, const PortfolioStatistics &s)
{
    reset(chart, Tr::tr("Average progress per faculty"));
    auto *set = new QBarSet(Tr::tr("Progress"));
    set->setColor(QColor(0x2e, 0x9d, 0x57));
    set->setLabelColor(Qt::black);
    QStringList categories;
    // Horizontal bars grow upwards from the first category: reversed, the list reads A to Z downwards.
    for (auto it = s.averageProgressPerFaculty.crbegin(); it != s.averageProgressPerFaculty.crend(); ++it) {
        set->append(std::round(it->second)); // whole percents: "41%", not "40.8%" beside "44%"
        categories << it->first;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d%%"));
    x->setTickCount(6);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

} // namespace mcs::PortfolioCharts

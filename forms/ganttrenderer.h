#pragma once

#include "ganttscale.h"

#include <QColor>
#include <QModelIndex>
#include <QRect>
#include <QVector>

class QPainter;

namespace mcs {

// Draws the Gantt chart with a QPainter, so the same code fills the widget, a QImage (tests,
// PNG export) and a QPdfWriter (tiled PDF). It reads the rows only through the roles of
// itemroles.h. Coordinates: chart x = scale.x(date) - xOffset + the target's left.
class GanttRenderer
{
public:
    struct Colors
    {
        QColor background{0xff, 0xff, 0xff};
        QColor alternate{0xf7, 0xf8, 0xfa};
        QColor groupRow{0xe6, 0xea, 0xf0};
        QColor overdueRow{0xe5, 0x39, 0x35, 30}; // translucent: the grid shows through
        QColor grid{0xe3, 0xe6, 0xea};
        QColor majorGrid{0xbf, 0xc5, 0xcd};
        QColor headerBackground{0xef, 0xf1, 0xf4};
        QColor headerText{0x33, 0x3a, 0x44};
        QColor planned{0xc9, 0xd7, 0xee};
        QColor plannedBorder{0x7a, 0x97, 0xc9};
        QColor progress{0x3f, 0x6f, 0xc6};
        QColor actual{0x2e, 0x9d, 0x57};
        QColor forecast{0xef, 0x8f, 0x1f};
        QColor overdue{0xc6, 0x28, 0x28};
        QColor diamond{0x5a, 0x6b, 0x85};
        QColor today{0xd3, 0x2f, 0x2f};

        // The same meanings on a dark background (View › Dark Theme); pictures and PDFs stay light.
        static Colors dark();
    };

    GanttRenderer() = default;

    void setScale(const GanttScale &scale) { m_scale = scale; }
    const GanttScale &scale() const { return m_scale; }
    void setToday(const QDate &today) { m_today = today; }
    void setRowHeight(int height) { m_rowHeight = height; }
    int rowHeight() const { return m_rowHeight; }
    const Colors &colors() const { return m_colors; }
    void setColors(const Colors &colors) { m_colors = colors; }

    // The two-row time scale in `rect`.
    void paintHeader(QPainter *p, const QRect &rect, double xOffset) const;
    // Background and vertical grid of the chart area `rect`.
    void paintGrid(QPainter *p, const QRect &rect, double xOffset) const;
    // One row: band, bars, diamonds. `rowIndex` alternates the band.
    void paintRow(QPainter *p, const QModelIndex &row, const QRect &rect, double xOffset, int rowIndex) const;
    // The vertical today line over `rect` (header and rows).
    void paintToday(QPainter *p, const QRect &rect, double xOffset) const;
    // Row names (column 0, indented by depth) for exports, where there is no tree beside the chart.
    void paintName(QPainter *p, const QModelIndex &row, const QRect &rect, int rowIndex) const;

    // The planned bar of a row, for hit tests (empty without planned dates).
    QRectF plannedBarRect(const QModelIndex &row, const QRect &rect, double xOffset) const;

    // Rows painted since the last reset: scrolling must paint only the visible ones.
    int rowsPainted() const { return m_rowsPainted; }
    void resetRowsPainted() const { m_rowsPainted = 0; }

private:
    double xOf(const QDate &d, const QRect &rect, double xOffset) const
    {
        return rect.left() + m_scale.x(d) - xOffset;
    }
    QRectF span(const QDate &from, const QDate &toInclusive, const QRect &rect, double xOffset, double top,
                double height) const;

    GanttScale m_scale;
    QDate m_today = QDate::currentDate();
    int m_rowHeight = 24;
    Colors m_colors;
    mutable int m_rowsPainted = 0;
};

} // namespace mcs

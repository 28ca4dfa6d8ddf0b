#include "ganttrenderer.h"

#include "itemroles.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mcs {
namespace {

GanttRowType rowType(const QModelIndex &row)
{
    return row.data(GanttRowTypeRole).value<GanttRowType>();
}

int depthOf(QModelIndex i)
{
    int depth = 0;
    while (i.parent().isValid()) {
        i = i.parent();
        ++depth;
    }
    return depth;
}

void diamond(QPainter *p, const QPointF &centre, double half, const QColor &fill, const QColor &border)
{
    QPainterPath path;
    path.moveTo(centre.x(), centre.y() - half);
    path.lineTo(centre.x() + half, centre.y());
    path.lineTo(centre.x(), centre.y() + half);
    path.lineTo(centre.x() - half, centre.y());
    path.closeSubpath();
    p->setPen(QPen(border, 1));
    p->setBrush(fill);
    p->drawPath(path);
}

} // namespace

QRectF GanttRenderer::span(const QDate &from, const QDate &to, const QRect &rect, double xOffset, double top,
                           double height) const
{
    const double x0 = xOf(from, rect, xOffset);
    const double x1 = xOf(to, rect, xOffset);
    return QRectF(x0, top, std::max(2.0, x1 - x0), height);
}

void GanttRenderer::paintHeader(QPainter *p, const QRect &rect, double xOffset) const
{
    p->save();
    p->setClipRect(rect);
    p->fillRect(rect, m_colors.headerBackground);
    const int half = rect.height() / 2;
    const QRect upper(rect.left(), rect.top(), rect.width(), half);
    const QRect lower(rect.left(), rect.top() + half, rect.width(), rect.height() - half);
    const QDate first = m_scale.dateAt(xOffset);
    const QDate last = m_scale.dateAt(xOffset + rect.width());
    p->setPen(m_colors.headerText);
    QFont bold = p->font();
    bold.setBold(true);
    for (QDate d = m_scale.majorStart(first); d <= last; d = m_scale.nextMajor(d)) {
        const double x0 = xOf(d, rect, xOffset);
        const double x1 = xOf(m_scale.nextMajor(d), rect, xOffset);
        p->setPen(m_colors.majorGrid);
        p->drawLine(QPointF(x0, upper.top()), QPointF(x0, rect.bottom()));
        p->setPen(m_colors.headerText);
        p->setFont(bold);
        // Keep the label on screen while its unit is partly scrolled away.
        const double left = std::max(x0, double(rect.left()));
        p->drawText(QRectF(left + 4, upper.top(), std::max(0.0, x1 - left - 8), upper.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, m_scale.majorLabel(d));
    }
    QFont normal = bold;
    normal.setBold(false);
    p->setFont(normal);
    for (QDate d = m_scale.minorStart(first); d <= last; d = m_scale.nextMinor(d)) {
        const double x0 = xOf(d, rect, xOffset);
        const double x1 = xOf(m_scale.nextMinor(d), rect, xOffset);
        p->setPen(m_colors.grid.darker(115));
        p->drawLine(QPointF(x0, lower.top()), QPointF(x0, lower.bottom()));
        p->setPen(m_colors.headerText);
        const double left = std::max(x0, double(rect.left())); // a unit cut by the left edge keeps its label
        p->drawText(QRectF(left + 3, lower.top(), std::max(0.0, x1 - left - 4), lower.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, m_scale.minorLabel(d));
    }
    p->setPen(m_colors.majorGrid);
    p->drawLine(rect.bottomLeft(), rect.bottomRight());
    p->drawLine(QPoint(rect.left(), lower.top()), QPoint(rect.right(), lower.top()));
    p->restore();
}

GanttRenderer::Colors GanttRenderer::Colors::dark()
{
    Colors c;
    c.background = QColor(0x1e, 0x1f, 0x22);
    c.alternate = QColor(0x27, 0x29, 0x2d);
    c.groupRow = QColor(0x33, 0x38, 0x40);
    c.overdueRow = QColor(0xff, 0x5a, 0x52, 40);
    c.grid = QColor(0x33, 0x36, 0x3b);
    c.majorGrid = QColor(0x55, 0x5b, 0x64);
    c.headerBackground = QColor(0x2b, 0x2d, 0x31);
    c.headerText = QColor(0xe0, 0xe3, 0xe8);
    c.planned = QColor(0x35, 0x4f, 0x7a);
    c.plannedBorder = QColor(0x6f, 0x92, 0xd0);
    c.progress = QColor(0x6e, 0x9c, 0xf0);
    c.actual = QColor(0x4c, 0xc3, 0x7a);
    c.forecast = QColor(0xf5, 0xa6, 0x4a);
    c.overdue = QColor(0xff, 0x6b, 0x63);
    c.diamond = QColor(0xa9, 0xb8, 0xcc);
    c.today = QColor(0xff, 0x5c, 0x5c);
    return c;
}

void GanttRenderer::paintGrid(QPainter *p, const QRect &rect, double xOffset) const
{
    p->fillRect(rect, m_colors.background);
    const QDate first = m_scale.dateAt(xOffset);
    const QDate last = m_scale.dateAt(xOffset + rect.width());
    p->setPen(m_colors.grid);
    for (QDate d = m_scale.minorStart(first); d <= last; d = m_scale.nextMinor(d)) {
        const double x = xOf(d, rect, xOffset);
        p->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
    p->setPen(m_colors.majorGrid);
    for (QDate d = m_scale.majorStart(first); d <= last; d = m_scale.nextMajor(d)) {
        const double x = xOf(d, rect, xOffset);
        p->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
}

void GanttRenderer::paintToday(QPainter *p, const QRect &rect, double xOffset) const
{
    if (!m_today.isValid())
        return;
    const double x = xOf(m_today, rect, xOffset) + m_scale.pixelsPerDay() / 2; // middle of the day
    if (x < rect.left() || x > rect.right())
        return;
    p->setPen(QPen(m_colors.today, 2));
    p->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
}

QRectF GanttRenderer::plannedBarRect(const QModelIndex &row, const QRect &rect, double xOffset) const
{
    const QDate start = row.data(PlannedStartRole).toDate();
    const QDate due = row.data(PlannedDueRole).toDate();
    if (!start.isValid() || !due.isValid())
        return {};
    const bool course = rowType(row) == GanttRowType::Course;
    return span(start, due, rect, xOffset, rect.top() + 4, course ? 12 : 10);
}

void GanttRenderer::paintRow(QPainter *p, const QModelIndex &row, const QRect &rect, double xOffset,
                             int rowIndex) const
{
    ++m_rowsPainted;
    const GanttRowType type = rowType(row);
    const bool overdue = row.data(OverdueRole).toBool();
    if (type == GanttRowType::Group) {
        p->fillRect(rect, m_colors.groupRow);
        return;
    }
    if (overdue)
        p->fillRect(rect, m_colors.overdueRow);
    else if (rowIndex % 2)
        p->fillRect(rect, QColor(m_colors.alternate.red(), m_colors.alternate.green(), m_colors.alternate.blue(), 140));

    const QRectF planned = plannedBarRect(row, rect, xOffset);
    if (!planned.isEmpty()) {
        p->setPen(QPen(overdue ? m_colors.overdue : m_colors.plannedBorder, 1));
        p->setBrush(m_colors.planned);
        p->drawRect(planned.adjusted(0, 0, -1, -1));
        if (type == GanttRowType::Course) {
            const int progress = row.data(CourseProgressRole).toInt();
            if (progress > 0) {
                QRectF fill = planned.adjusted(1, 1, -1, -1);
                fill.setWidth(fill.width() * progress / 100.0);
                p->fillRect(fill, m_colors.progress);
            }
        } else if (row.data(ActualCompletionRole).toDate().isValid()) {
            p->fillRect(planned.adjusted(1, 1, -1, -1), m_colors.progress); // a completed milestone is full
        }
    }

    // Actual (green) and forecast (orange) below the plan.
    const double thinTop = rect.top() + (type == GanttRowType::Course ? 18 : 16);
    const QDate actualStart = row.data(ActualStartRole).toDate();
    const QDate actualEnd = row.data(ActualCompletionRole).toDate();
    if (actualStart.isValid() && actualEnd.isValid())
        p->fillRect(span(actualStart, actualEnd, rect, xOffset, thinTop, 4), m_colors.actual);
    const QDate forecastStart = row.data(ForecastStartRole).toDate();
    const QDate forecastDue = row.data(ForecastDueRole).toDate();
    if (forecastStart.isValid() && forecastDue.isValid()) {
        const QRectF f = span(forecastStart, forecastDue, rect, xOffset, thinTop, 4);
        p->fillRect(f, QBrush(m_colors.forecast, Qt::Dense4Pattern));
        p->fillRect(QRectF(f.left(), f.top(), f.width(), 1), m_colors.forecast);
    }

    // Diamonds: a milestone's due date; a course's forecast (or actual) completion.
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    if (type == GanttRowType::Milestone) {
        const QDate due = row.data(PlannedDueRole).toDate();
        if (due.isValid()) {
            QColor fill = actualEnd.isValid() ? m_colors.actual : (overdue ? m_colors.overdue : m_colors.background);
            diamond(p, QPointF(xOf(due, rect, xOffset), rect.top() + 9), 6, fill,
                    overdue ? m_colors.overdue : m_colors.diamond);
        }
    } else {
        const QDate end = forecastDue.isValid() ? forecastDue : actualEnd;
        if (end.isValid() && row.data(MilestoneNumberRole).toInt() == 0)
            diamond(p, QPointF(xOf(end, rect, xOffset), rect.top() + 10), 7, m_colors.actual, m_colors.actual.darker());
        else if (end.isValid())
            diamond(p, QPointF(xOf(end, rect, xOffset), rect.top() + 20), 5, m_colors.forecast,
                    m_colors.forecast.darker());
    }
    p->restore();
}

void GanttRenderer::paintName(QPainter *p, const QModelIndex &row, const QRect &rect, int rowIndex) const
{
    const GanttRowType type = rowType(row);
    if (type == GanttRowType::Group)
        p->fillRect(rect, m_colors.groupRow);
    else
        p->fillRect(rect, rowIndex % 2 ? m_colors.alternate : m_colors.background);
    if (type != GanttRowType::Group && row.data(OverdueRole).toBool())
        p->fillRect(rect, m_colors.overdueRow);
    QFont f = p->font();
    f.setBold(type != GanttRowType::Milestone);
    p->save();
    p->setFont(f);
    const QVariant fg = row.data(Qt::ForegroundRole);
    p->setPen(fg.isValid() ? fg.value<QBrush>().color() : m_colors.headerText);
    const QRect text = rect.adjusted(6 + 14 * depthOf(row), 0, -4, 0);
    p->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                p->fontMetrics().elidedText(row.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    p->restore();
}

} // namespace mcs

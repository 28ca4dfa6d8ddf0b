#include "gantttimeline.h"

#include "ganttmodel.h"
#include "itemroles.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QTreeView>

#include <cmath>

namespace mcs {

GanttTimeline::GanttTimeline(QTreeView *tree, QWidget *parent)
    : QWidget(parent)
    , m_tree(tree)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumWidth(200);
}

void GanttTimeline::setModel(GanttModel *model)
{
    m_model = model;
    update();
}

void GanttTimeline::setHeaderHeight(int height)
{
    m_headerHeight = height;
    update();
}

void GanttTimeline::setXOffset(double x)
{
    if (x == m_xOffset)
        return;
    m_xOffset = x;
    update();
}

QRect GanttTimeline::chartRect() const
{
    return QRect(0, m_headerHeight, width(), height() - m_headerHeight);
}

QModelIndex GanttTimeline::rowAt(int y, QRect *rowRect) const
{
    if (y < m_headerHeight)
        return {};
    const QModelIndex i = m_tree->indexAt(QPoint(1, y - m_headerHeight));
    if (i.isValid() && rowRect) {
        const QRect r = m_tree->visualRect(i);
        *rowRect = QRect(0, r.top() + m_headerHeight, width(), r.height());
    }
    return i.siblingAtColumn(0);
}

void GanttTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect chart = chartRect();
    m_renderer.paintHeader(&p, QRect(0, 0, width(), m_headerHeight), m_xOffset);
    p.setClipRect(chart);
    m_renderer.paintGrid(&p, chart, m_xOffset);
    if (m_tree->model()) {
        // Only the rows the tree shows: from the one at the top of its viewport downwards.
        const int viewportHeight = m_tree->viewport()->height();
        int ordinal = m_tree->verticalScrollBar()->value();
        for (QModelIndex i = m_tree->indexAt(QPoint(1, 0)); i.isValid(); i = m_tree->indexBelow(i), ++ordinal) {
            const QRect r = m_tree->visualRect(i);
            if (r.top() >= viewportHeight)
                break;
            m_renderer.paintRow(&p, i.siblingAtColumn(0), QRect(0, r.top() + m_headerHeight, width(), r.height()),
                                m_xOffset, ordinal);
        }
    }
    if (m_dragRow.isValid() && m_dragDelta != 0) {
        QRect rowRect;
        const QRect r = m_tree->visualRect(m_dragRow);
        rowRect = QRect(0, r.top() + m_headerHeight, width(), r.height());
        const QRectF bar = m_renderer.plannedBarRect(m_dragRow, rowRect, m_xOffset)
                               .translated(m_dragDelta * m_renderer.scale().pixelsPerDay(), 0);
        p.setPen(QPen(m_renderer.colors().progress, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(bar.adjusted(0, -2, -1, 1));
        const QDate start = m_dragRow.data(PlannedStartRole).toDate().addDays(m_dragDelta);
        const QDate due = m_dragRow.data(PlannedDueRole).toDate().addDays(m_dragDelta);
        p.setPen(m_renderer.colors().headerText);
        p.drawText(QPointF(bar.right() + 10, bar.bottom()),
                   tr("%1 to %2").arg(start.toString(Qt::ISODate), due.toString(Qt::ISODate)));
    }
    p.setClipping(false);
    m_renderer.paintToday(&p, rect(), m_xOffset);
}

int GanttTimeline::dragDays(int x) const
{
    return int(std::lround((x - m_dragPressX) / m_renderer.scale().pixelsPerDay()));
}

void GanttTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_model)
        return QWidget::mousePressEvent(event);
    QRect rowRect;
    const QModelIndex row = rowAt(event->position().toPoint().y(), &rowRect);
    if (row.isValid())
        m_tree->setCurrentIndex(row);
    if (row.isValid() && row.data(GanttRowTypeRole).value<GanttRowType>() == GanttRowType::Milestone
        && m_renderer.plannedBarRect(row, rowRect, m_xOffset).adjusted(-2, -3, 2, 3).contains(event->position())) {
        m_dragRow = row;
        m_dragPressX = event->position().toPoint().x();
        m_dragDelta = 0;
        setCursor(Qt::ClosedHandCursor);
    }
}

void GanttTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragRow.isValid()) {
        const int days = dragDays(event->position().toPoint().x());
        if (days != m_dragDelta) {
            m_dragDelta = days;
            update();
        }
        return;
    }
    QRect rowRect;
    const QModelIndex row = rowAt(event->position().toPoint().y(), &rowRect);
    const bool overBar = row.isValid()
        && row.data(GanttRowTypeRole).value<GanttRowType>() == GanttRowType::Milestone
        && m_renderer.plannedBarRect(row, rowRect, m_xOffset).adjusted(-2, -3, 2, 3).contains(event->position());
    setCursor(overBar ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void GanttTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragRow.isValid() || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int days = dragDays(event->position().toPoint().x());
    const QPersistentModelIndex row = m_dragRow;
    m_dragRow = QPersistentModelIndex();
    m_dragDelta = 0;
    setCursor(Qt::OpenHandCursor);
    if (days != 0 && m_model)
        m_model->movePlannedBar(row, days); // one undo step
    update();
}

void GanttTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex row = rowAt(event->position().toPoint().y());
    const qint64 id = row.data(CourseIdRole).toLongLong();
    if (id != 0)
        Q_EMIT openCourse(id);
}

void GanttTimeline::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        Q_EMIT horizontalScrollRequested(-d);
    } else {
        QScrollBar *bar = m_tree->verticalScrollBar();
        bar->setValue(bar->value() - delta.y() / 40);
    }
    event->accept();
}

bool GanttTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex row = rowAt(help->pos().y());
        const QString tip = row.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace mcs

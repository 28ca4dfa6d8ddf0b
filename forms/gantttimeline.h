#pragma once

#include "ganttmodel.h"
#include "ganttrenderer.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QTreeView;

namespace mcs {



// The right-hand side of the Gantt view: the time scale and the bars of the rows the tree beside
// it shows. Row positions come from the tree, so both scroll together; only visible rows are
// painted. Dragging a milestone's planned bar moves it through the model's undo stack.
class GanttTimeline : public QWidget
{
    Q_OBJECT
public:
    GanttTimeline(QTreeView *tree, QWidget *parent = nullptr);

    void setModel(GanttModel *model);
    GanttRenderer &renderer() { return m_renderer; }
    const GanttRenderer &renderer() const { return m_renderer; }
    void setHeaderHeight(int height);
    int headerHeight() const { return m_headerHeight; }

    double xOffset() const { return m_xOffset; }
    void setXOffset(double x);

    // The row under widget position y, and its rectangle in widget coordinates.
    QModelIndex rowAt(int y, QRect *rowRect = nullptr) const;

Q_SIGNALS:
    void openCourse(qint64 courseId);
    void horizontalScrollRequested(int pixels);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect chartRect() const;
    int dragDays(int x) const;

    QTreeView *m_tree;
    QPointer<GanttModel> m_model;
    GanttRenderer m_renderer;
    int m_headerHeight = 40;
    double m_xOffset = 0;
    QPersistentModelIndex m_dragRow;
    int m_dragPressX = 0;
    int m_dragDelta = 0;
};

} // namespace mcs

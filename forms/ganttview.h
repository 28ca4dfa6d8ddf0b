#pragma once

#include "ganttmodel.h"
#include "ganttscale.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QScrollBar;
class QSplitter;
class QToolButton;
class QTreeView;

namespace mcs {


class GanttSheet;
class GanttTimeline;

// Every course's milestones on one time axis: the tree of courses -> milestones on the left, the
// bars on the right (same vertical scroll), with zoom, grouping and filters above. Self-contained:
// give it a GanttModel (whose undo stack receives the drags) and connect openCourse().
class GanttView : public QWidget
{
    Q_OBJECT
public:
    explicit GanttView(QWidget *parent = nullptr);
    ~GanttView() override;

    void setModel(GanttModel *model);
    GanttModel *model() const { return m_model; }

    void setZoom(GanttZoom zoom);
    GanttZoom zoom() const { return m_zoom; }
    // Scrolls the time axis so that `date` is at the left edge.
    void scrollToDate(const QDate &date);
    void expandAllCourses();
    void collapseAllCourses();

    QTreeView *tree() const { return m_tree; }
    GanttTimeline *timeline() const { return m_timeline; }
    QScrollBar *verticalScrollBar() const { return m_vbar; }

    // The rows the tree shows (expanded ones), for export: the whole date range, every row.
    GanttSheet sheet() const;
    bool exportPng(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error, int *pages = nullptr);

Q_SIGNALS:
    void openCourse(qint64 courseId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void followPalette(); // light or dark chart colours (View › Dark Theme)
    // Fills the filter toolbar; returns the colour legend for the caller to place.
    QWidget *buildToolbar(QWidget *bar);
    void refillFilters();
    void applyFilters();
    void updateRange();
    void updateScrollBars();
    QPair<QDate, QDate> dateRange() const;

    QPointer<GanttModel> m_model;
    GanttZoom m_zoom = GanttZoom::Month;
    QDate m_first, m_last;
    bool m_rangeUpdatePending = false;
    QTreeView *m_tree;
    GanttTimeline *m_timeline;
    QScrollBar *m_hbar;
    QScrollBar *m_vbar;
    QSplitter *m_splitter;
    QComboBox *m_zoomBox;
    QComboBox *m_groupBox;
    QComboBox *m_facultyBox;
    QComboBox *m_statusBox;
    QComboBox *m_kindBox;
    QToolButton *m_exportButton;
};

} // namespace mcs

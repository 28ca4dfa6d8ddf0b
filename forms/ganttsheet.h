#pragma once

#include "ganttrenderer.h"

#include <QImage>
#include <QPersistentModelIndex>
#include <QVector>

class QPagedPaintDevice;

namespace mcs {

// The whole chart for export: row names on the left, the time scale on top, every given row.
// PNG takes it in one piece; PDF tiles it over as many pages as needed, repeating the names
// column and the time scale on every page.
class GanttSheet
{
public:
    GanttSheet(QVector<QModelIndex> rows, GanttRenderer renderer, const QDate &first, const QDate &last);

    int namesWidth() const { return m_namesWidth; }
    int headerHeight() const { return m_headerHeight; }
    double chartWidth() const; // of the whole date range
    QSize fullSize() const;

    // One tile: rows [firstRow, firstRow + rowCount) and chart pixels [xFrom, xFrom + width) at `origin`.
    void paintTile(QPainter *p, const QPoint &origin, int firstRow, int rowCount, double xFrom, int width) const;

    QImage toImage() const; // null when too large for one image
    // Tiles the sheet over pages; returns the number of pages.
    int paintPages(QPagedPaintDevice *device, QPainter *p) const;
    bool writePng(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error, int *pages = nullptr) const;

private:
    QVector<QPersistentModelIndex> m_rows;
    GanttRenderer m_renderer;
    QDate m_first, m_last;
    int m_namesWidth = 300;
    int m_headerHeight = 40;
};

} // namespace mcs

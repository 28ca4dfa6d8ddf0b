#pragma once

#include "table4summary.h"

#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace mcs {

// Paints the MQA-style Table 4 summary (Table4Summary) on any paint device (DESIGN.md habit 3):
// the on-screen summary view, the PDF export and a QImage in the tests share this code.
class Table4SummaryRenderer
{
public:
    Table4SummaryRenderer(Table4Summary summary, QString title, QString subtitle);

    // The number of pages the summary needs on a page of `pageRect` (device pixels) of `device`.
    int pageCount(QPaintDevice *device, const QRectF &pageRect) const;
    // Paints page `page` (0-based) inside `pageRect`.
    void paintPage(QPainter *painter, const QRectF &pageRect, int page) const;
    // Every page on a PDF writer or printer; false when the painter cannot start.
    bool print(QPagedPaintDevice *device) const;
    // The height, in device pixels, the whole summary takes at `width` (one page, no breaks).
    double contentHeight(QPaintDevice *device) const;

private:
    struct Line;
    QVector<Line> lines() const;
    double lineHeight(QPaintDevice *device) const;
    int linesPerPage(QPaintDevice *device, const QRectF &pageRect) const;

    Table4Summary m_summary;
    QString m_title;
    QString m_subtitle;
};

} // namespace mcs

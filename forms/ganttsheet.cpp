#include "ganttsheet.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace mcs {

GanttSheet::GanttSheet(QVector<QModelIndex> rows, GanttRenderer renderer, const QDate &first, const QDate &last)
    : m_renderer(std::move(renderer))
    , m_first(first)
    , m_last(last)
{
    m_rows.reserve(rows.size());
    for (const QModelIndex &i : rows)
        m_rows.append(i);
    m_renderer.setScale(GanttScale(first, m_renderer.scale().zoom()));
}

double GanttSheet::chartWidth() const
{
    return std::ceil(m_renderer.scale().x(m_last.addDays(1)));
}

QSize GanttSheet::fullSize() const
{
    return QSize(m_namesWidth + int(chartWidth()), m_headerHeight + int(m_rows.size()) * m_renderer.rowHeight());
}

void GanttSheet::paintTile(QPainter *p, const QPoint &origin, int firstRow, int rowCount, double xFrom,
                           int width) const
{
    const int rh = m_renderer.rowHeight();
    const int last = std::min<int>(firstRow + rowCount, int(m_rows.size()));
    const int height = m_headerHeight + (last - firstRow) * rh;
    const QRect names(origin.x(), origin.y() + m_headerHeight, m_namesWidth, height - m_headerHeight);
    const QRect header(origin.x() + m_namesWidth, origin.y(), width, m_headerHeight);
    const QRect chart(origin.x() + m_namesWidth, origin.y() + m_headerHeight, width, height - m_headerHeight);

    p->save();
    p->fillRect(QRect(origin, QSize(m_namesWidth, m_headerHeight)), m_renderer.colors().headerBackground);
    p->setPen(m_renderer.colors().headerText);
    QFont bold = p->font();
    bold.setBold(true);
    p->setFont(bold);
    p->drawText(QRect(origin.x() + 6, origin.y(), m_namesWidth - 8, m_headerHeight), Qt::AlignLeft | Qt::AlignVCenter,
                QCoreApplication::translate("mcs::GanttSheet", "Course / milestone"));
    p->setFont(QFont());
    p->restore();

    p->save();
    p->setClipRect(names);
    for (int r = firstRow; r < last; ++r)
        m_renderer.paintName(p, m_rows.at(r), QRect(names.left(), names.top() + (r - firstRow) * rh, m_namesWidth, rh), r);
    p->restore();

    m_renderer.paintHeader(p, header, xFrom);
    p->save();
    p->setClipRect(chart);
    m_renderer.paintGrid(p, chart, xFrom);
    for (int r = firstRow; r < last; ++r)
        m_renderer.paintRow(p, m_rows.at(r), QRect(chart.left(), chart.top() + (r - firstRow) * rh, width, rh), xFrom, r);
    p->restore();
    p->save();
    p->setClipRect(QRect(header.topLeft(), chart.bottomRight()));
    m_renderer.paintToday(p, QRect(header.topLeft(), chart.bottomRight()), xFrom);
    p->restore();
    p->setPen(m_renderer.colors().majorGrid);
    p->drawLine(QPoint(origin.x() + m_namesWidth, origin.y()), QPoint(origin.x() + m_namesWidth, origin.y() + height));
}

QImage GanttSheet::toImage() const
{
    const QSize size = fullSize();
    if (size.width() > 32000 || size.height() > 32000 || qint64(size.width()) * size.height() > 400'000'000)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintTile(&p, QPoint(0, 0), 0, int(m_rows.size()), 0, int(chartWidth()));
    return image;
}

int GanttSheet::paintPages(QPagedPaintDevice *device, QPainter *p) const
{
    const QRect page = p->viewport();
    const int footer = 24;
    const int rh = m_renderer.rowHeight();
    const int rowsPerPage = std::max(1, (page.height() - m_headerHeight - footer) / rh);
    const int chartPerPage = std::max(50, page.width() - m_namesWidth);
    const int rowTiles = std::max(1, int((m_rows.size() + rowsPerPage - 1) / rowsPerPage));
    const int colTiles = std::max(1, int(std::ceil(chartWidth() / chartPerPage)));
    const int total = rowTiles * colTiles;
    int n = 0;
    // Down the rows first, then across time: each page is readable on its own.
    for (int c = 0; c < colTiles; ++c) {
        for (int r = 0; r < rowTiles; ++r) {
            if (n > 0)
                device->newPage();
            ++n;
            const double xFrom = double(c) * chartPerPage;
            const int width = std::min(chartPerPage, int(std::ceil(chartWidth() - xFrom)));
            paintTile(p, page.topLeft(), r * rowsPerPage, rowsPerPage, xFrom, width);
            const QDate from = m_renderer.scale().dateAt(xFrom);
            const QDate to = m_renderer.scale().dateAt(xFrom + width - 1);
            p->setPen(m_renderer.colors().headerText);
            p->drawText(QRect(page.left(), page.bottom() - footer, page.width(), footer),
                        Qt::AlignRight | Qt::AlignVCenter,
                        QCoreApplication::translate("mcs::GanttSheet", "MC Studio development plan · %1 to %2 · page %3 of %4")
                            .arg(QLocale().toString(from, QLocale::ShortFormat),
                                 QLocale().toString(to, QLocale::ShortFormat), QString::number(n),
                                 QString::number(total)));
        }
    }
    return n;
}

bool GanttSheet::writePng(const QString &path, QString *error) const
{
    const QImage image = toImage();
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("mcs::GanttSheet", "The chart is too large for one picture; export a PDF or collapse rows.");
        return false;
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("mcs::GanttSheet", "Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool GanttSheet::writePdf(const QString &path, QString *error, int *pages) const
{
    QPdfWriter pdf(path);
    pdf.setResolution(96); // the chart's pixel sizes are screen pixels
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    pdf.setTitle(QCoreApplication::translate("mcs::GanttSheet", "Development plan"));
    pdf.setCreator(QStringLiteral("MC Studio"));
    QPainter p;
    if (!p.begin(&pdf)) {
        if (error)
            *error = QCoreApplication::translate("mcs::GanttSheet", "Cannot write %1.").arg(path);
        return false;
    }
    const int n = paintPages(&pdf, &p);
    p.end();
    if (pages)
        *pages = n;
    return true;
}

} // namespace mcs

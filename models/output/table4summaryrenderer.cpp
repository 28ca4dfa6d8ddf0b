#include "table4summaryrenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

namespace mcs {

namespace {
// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Table4SummaryRenderer)
};
QString hours(double h)
{
    return QString::number(h, 'f', 2);
}
QString percent(double v)
{
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}
constexpr int kColumns = 7;
// Column widths as shares of the page width: unit, topic, weight, physical, sync, independent, total.
constexpr double kWidths[kColumns] = {0.07, 0.37, 0.09, 0.115, 0.115, 0.125, 0.115};
constexpr double kPointSize = 9;
} // namespace

struct Table4SummaryRenderer::Line
{
    enum Kind { Header, Unit, Section, Graded, Total, Credit } kind;
    QStringList cells;
};

Table4SummaryRenderer::Table4SummaryRenderer(Table4Summary summary, QString title, QString subtitle)
    : m_summary(std::move(summary))
    , m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
{
}

QVector<Table4SummaryRenderer::Line> Table4SummaryRenderer::lines() const
{
    QVector<Line> out;
    out.append({Line::Header,
                {Tr::tr("Unit"), Tr::tr("Topic / assessment"), Tr::tr("Weight (%)"), Tr::tr("Physical (h)"), Tr::tr("Online sync (h)"),
                 Tr::tr("Independent (h)"), Tr::tr("Total SLT (h)")}});
    const auto row = [](Line::Kind kind, const Table4Summary::Row &r) {
        return Line{kind,
                    {r.unit, r.topic, r.weight ? percent(*r.weight) : QString(), hours(r.hours[0]),
                     hours(r.hours[1]), hours(r.hours[2]), hours(r.total)}};
    };
    for (const auto &r : m_summary.units)
        out.append(row(Line::Unit, r));
    out.append({Line::Section, {Tr::tr("Continuous assessment")}});
    for (const auto &r : m_summary.continuous)
        out.append(row(Line::Graded, r));
    out.append({Line::Section, {Tr::tr("Final assessment")}});
    for (const auto &r : m_summary.finals)
        out.append(row(Line::Graded, r));
    out.append({Line::Total,
                {Tr::tr("Total SLT"), QString(), percent(m_summary.weightTotal),
                 hours(m_summary.modeTotals[0]), hours(m_summary.modeTotals[1]), hours(m_summary.modeTotals[2]),
                 hours(m_summary.total)}});
    out.append({Line::Credit, {Tr::tr("Credit value (total SLT / 40 h)"), QString(), QString(), QString(), QString(),
                               QString(), QString::number(m_summary.credits, 'f', 2)}});
    return out;
}

double Table4SummaryRenderer::lineHeight(QPaintDevice *device) const
{
    QFont f;
    f.setPointSizeF(kPointSize);
    return std::ceil(QFontMetricsF(f, device).height() * 1.7);
}

int Table4SummaryRenderer::linesPerPage(QPaintDevice *device, const QRectF &pageRect) const
{
    const double lh = lineHeight(device);
    // The title block takes three lines and the header repeats on each page.
    return std::max(1, int(pageRect.height() / lh) - 5);
}

double Table4SummaryRenderer::contentHeight(QPaintDevice *device) const
{
    return (lines().size() + 4) * lineHeight(device);
}

// The first body line of each page; the last page keeps at least a few lines with the totals.
static QVector<int> pageStarts(int lineCount, int per)
{
    QVector<int> starts;
    for (int i = 1; i < lineCount; i += per)
        starts.append(i);
    if (starts.isEmpty())
        starts.append(1);
    constexpr int kMinLastPage = 4;
    if (starts.size() > 1 && lineCount - starts.last() < kMinLastPage)
        starts.last() = std::max(starts.at(starts.size() - 2) + 1, lineCount - kMinLastPage);
    return starts;
}

int Table4SummaryRenderer::pageCount(QPaintDevice *device, const QRectF &pageRect) const
{
    return int(pageStarts(int(lines().size()), linesPerPage(device, pageRect)).size());
}

void Table4SummaryRenderer::paintPage(QPainter *p, const QRectF &rect, int page) const
{
    QPaintDevice *device = p->device();
    const double lh = lineHeight(device);
    const QVector<Line> all = lines();
    const int per = linesPerPage(device, rect);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    QFont base;
    base.setPointSizeF(kPointSize);
    QFont bold = base;
    bold.setBold(true);
    QFont titleFont = base;
    titleFont.setPointSizeF(kPointSize * 1.6);
    titleFont.setBold(true);

    double y = rect.top();
    p->setPen(Qt::black);
    p->setFont(titleFont);
    p->drawText(QRectF(rect.left(), y, rect.width(), lh * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
                Tr::tr("Table 4: Student Learning Time (SLT)"));
    y += lh * 1.5;
    p->setFont(base);
    p->setPen(QColor(0x44, 0x44, 0x44));
    QString sub = m_title;
    if (!m_subtitle.isEmpty())
        sub += (sub.isEmpty() ? QString() : QStringLiteral(" · ")) + m_subtitle;
    sub += (sub.isEmpty() ? QString() : QStringLiteral(" · "))
        + Tr::tr("rate table version %1 (guideline 2.2); 1 credit = 40 hours of SLT (MQF)").arg(m_summary.rateTableVersion);
    p->drawText(QRectF(rect.left(), y, rect.width(), lh), Qt::AlignLeft | Qt::AlignVCenter, sub);
    y += lh * 1.5;

    QVector<double> xs{rect.left()};
    for (double w : kWidths)
        xs.append(xs.last() + w * rect.width());
    const double pad = lh * 0.25;
    const auto drawLine = [&](const Line &line) {
        const double h = line.kind == Line::Header ? lh * 1.6 : lh; // room for two-line headings
        const QRectF band(rect.left(), y, rect.width(), h);
        QColor fill = Qt::white;
        switch (line.kind) {
        case Line::Header: fill = QColor(0x1f, 0x4e, 0x79); break;
        case Line::Section: fill = QColor(0xdd, 0xeb, 0xf7); break;
        case Line::Total:
        case Line::Credit: fill = QColor(0xf2, 0xf2, 0xf2); break;
        default: break;
        }
        p->fillRect(band, fill);
        p->setPen(QPen(QColor(0xbf, 0xbf, 0xbf), 0));
        p->drawLine(band.bottomLeft(), band.bottomRight());
        p->setFont(line.kind == Line::Unit || line.kind == Line::Graded ? base : bold);
        p->setPen(line.kind == Line::Header ? Qt::white : Qt::black);
        if (line.kind == Line::Section) {
            p->drawText(band.adjusted(pad, 0, -pad, 0), Qt::AlignLeft | Qt::AlignVCenter, line.cells.value(0));
        } else {
            for (int c = 0; c < kColumns && c < line.cells.size(); ++c) {
                const QRectF cell(xs.at(c) + pad, y, xs.at(c + 1) - xs.at(c) - 2 * pad, h);
                const bool numeric = c >= 2 && line.kind != Line::Header;
                // The total and credit labels span the unit and topic columns.
                const QRectF area = c == 0 && (line.kind == Line::Total || line.kind == Line::Credit)
                    ? QRectF(cell.left(), y, xs.at(2) - xs.at(0) - 2 * pad, h) : cell;
                const int align = (numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter
                    | (line.kind == Line::Header ? int(Qt::TextWordWrap) : 0);
                const QString text = line.kind == Line::Header
                    ? line.cells.at(c) : p->fontMetrics().elidedText(line.cells.at(c), Qt::ElideRight, int(area.width()));
                p->drawText(area, align, text);
            }
        }
        y += h;
    };

    drawLine(all.at(0));
    const QVector<int> starts = pageStarts(int(all.size()), per);
    const int first = starts.value(page, int(all.size()));
    const int end = page + 1 < starts.size() ? starts.at(page + 1) : int(all.size());
    for (int i = first; i < end; ++i)
        drawLine(all.at(i));
    p->restore();
}

bool Table4SummaryRenderer::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF rect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // A footer line under the table on every page: "Page 1 of 2", as reviewers file the sheets.
    const double footer = lineHeight(device) * 1.5;
    const QRectF area(0, 0, rect.width(), rect.height() - footer);
    const QRectF footerRect(0, rect.height() - footer, rect.width(), footer);
    const int pages = pageCount(device, area);
    QFont small;
    small.setPointSizeF(kPointSize * 0.9);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        paintPage(&painter, area, i);
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom, Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
        if (!m_title.isEmpty())
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom, m_title);
        painter.restore();
    }
    return painter.end();
}

} // namespace mcs

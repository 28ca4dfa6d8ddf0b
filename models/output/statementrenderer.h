#pragma once

#include <QImage>
#include <QString>

class QPaintDevice;
class QPainter;

namespace mcs {

struct StatementData;

// Draws a Malaysian Micro-credential Statement on one A4 page of any QPaintDevice: a QPrinter,
// a QPdfWriter or a QImage in a test (DESIGN.md habit 3). Text stays text, so a PDF's words
// can be selected and searched.
class StatementRenderer
{
public:
    struct Options
    {
        QImage logo;                 // the institution's logo (settings); optional
        QString institutionHeading;  // e.g. "Universiti Malaysia Sarawak"; defaults to the statement's
        QString accentColor = QStringLiteral("#1f4e79");
    };

    StatementRenderer() = default;
    explicit StatementRenderer(Options options);

    // Paints the statement filling the device's page (A4 portrait assumed; scales to fit).
    void render(QPaintDevice *device, const StatementData &statement) const;
    // Paints on an active painter into a page of the given size in device pixels at `dpi`.
    void render(QPainter *painter, const QSizeF &pageSize, double dpi, const StatementData &statement) const;

    // An A4 image at `dpi`, white background: previews and tests.
    QImage renderImage(const StatementData &statement, double dpi = 150) const;

private:
    Options m_options;
};

} // namespace mcs

#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QString>

#include <memory>

class QPaintDevice;
class QPainter;
class QTranslator;

namespace mcs {

struct StatementData;

// Draws a Malaysian Micro-credential Statement on one A4 page of any QPaintDevice: a QPrinter,
// a QPdfWriter or a QImage in a test (DESIGN.md habit 3). Text stays text, so a PDF's words
// can be selected and searched.
class StatementRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StatementRenderer)

public:
    struct Options
    {
        QImage logo;                 // the institution's logo (settings); optional
        QString institutionHeading;  // e.g. "Universiti Malaysia Sarawak"; defaults to the statement's
        QString accentColor = QStringLiteral("#1f4e79");
        // The statement's own language, which may differ from the interface's (issue #10: the
        // office prints a Malay statement from an English interface and the other way round).
        // Set: labels come from this catalogue only (an empty translator prints the English source)
        // and dates and numbers follow `locale`. Unset: the application's translators and the
        // default locale.
        std::shared_ptr<const QTranslator> translator;
        QLocale locale;
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
    QString label(const char *english) const;

    Options m_options;
};

} // namespace mcs

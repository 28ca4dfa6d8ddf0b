#include "statementrenderer.h"

#include "qrcode.h"
#include "statementdata.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>
#include <QTranslator>

#include <cmath>

namespace mcs {
namespace {

QString hours(const QLocale &locale, double h)
{
    return locale.toString(h, 'f', h == std::floor(h) ? 0 : 1);
}

// Layout in millimetres on an A4 page, converted to device pixels by mm().
class Page
{
public:
    Page(QPainter *p, double dpi, double scale)
        : m_p(p)
        , m_dpi(dpi)
        , m_scale(scale)
    {
    }

    double mm(double v) const { return v * m_dpi / 25.4 * m_scale; }
    QFont font(double points, bool bold = false, bool italic = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setStyleHint(QFont::SansSerif);
        // Points are converted with the device's resolution; the scale keeps proportions when
        // the page is smaller than A4.
        f.setPointSizeF(points * m_scale * m_dpi / m_p->device()->logicalDpiY());
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }
    // Draws wrapped text in a box `width` mm wide at (x, y) mm; returns the height used in mm.
    double text(double x, double y, double width, const QString &s, const QFont &f, int flags = Qt::AlignLeft,
                const QColor &color = Qt::black) const
    {
        m_p->setFont(f);
        m_p->setPen(color);
        const QRectF box(mm(x), mm(y), mm(width), mm(400));
        const QRectF used = m_p->boundingRect(box, flags | Qt::TextWordWrap, s);
        m_p->drawText(box, flags | Qt::TextWordWrap, s);
        return used.height() / mm(1);
    }
    void line(double x1, double y1, double x2, double y2, const QColor &c, double widthMm) const
    {
        m_p->setPen(QPen(c, mm(widthMm)));
        m_p->drawLine(QPointF(mm(x1), mm(y1)), QPointF(mm(x2), mm(y2)));
    }
    QPainter *painter() const { return m_p; }

private:
    QPainter *m_p;
    double m_dpi;
    double m_scale;
};

constexpr double kPageWidth = 210;
constexpr double kPageHeight = 297;
constexpr double kMargin = 18;
constexpr double kLabelWidth = 55;

} // namespace

StatementRenderer::StatementRenderer(Options options)
    : m_options(std::move(options))
{
}

QString StatementRenderer::label(const char *english) const
{
    if (!m_options.translator)
        return tr(english);
    const QString translated = m_options.translator->translate("mcs::StatementRenderer", english);
    return translated.isEmpty() ? QString::fromUtf8(english) : translated;
}

void StatementRenderer::render(QPaintDevice *device, const StatementData &statement) const
{
    QPainter painter(device);
    const double dpi = device->logicalDpiX();
    render(&painter, QSizeF(device->width(), device->height()), dpi, statement);
}

QImage StatementRenderer::renderImage(const StatementData &statement, double dpi) const
{
    QImage image(int(kPageWidth / 25.4 * dpi), int(kPageHeight / 25.4 * dpi), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    render(&image, statement);
    return image;
}

void StatementRenderer::render(QPainter *painter, const QSizeF &pageSize, double dpi, const StatementData &s) const
{
    // The labels below are written tr("...") so that lupdate files them under this class; they
    // resolve in the statement's language.
    const auto tr = [this](const char *english) { return label(english); };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    // Fit A4 into whatever page we were given (printers report slightly smaller printable areas).
    const double scale = qMin(pageSize.width() / (kPageWidth / 25.4 * dpi), pageSize.height() / (kPageHeight / 25.4 * dpi));
    const Page page(painter, dpi, qMin(scale, 1.0));
    const QColor accent(m_options.accentColor);
    const QColor muted(0x55, 0x55, 0x55);
    const double left = kMargin;
    const double right = kPageWidth - kMargin;
    const double width = right - left;

    // Heading: logo, institution, document title, serial.
    double y = kMargin;
    double headingX = left;
    if (!m_options.logo.isNull()) {
        painter->drawImage(QRectF(page.mm(left), page.mm(y), page.mm(22), page.mm(22)), m_options.logo);
        headingX = left + 27;
    }
    const QString institution = m_options.institutionHeading.isEmpty() ? s.institutionName : m_options.institutionHeading;
    double h = page.text(headingX, y, right - headingX, institution, page.font(15, true), Qt::AlignLeft, accent);
    h += page.text(headingX, y + h + 1, right - headingX, tr("MALAYSIAN MICRO-CREDENTIAL STATEMENT"),
                   page.font(11.5, true));
    y += qMax(h + 3, m_options.logo.isNull() ? 0.0 : 24.0);
    page.text(left, y, width, tr("Serial no. %1").arg(s.serial), page.font(9, true), Qt::AlignRight, muted);
    y += 5;
    page.line(left, y, right, y, accent, 0.6);
    y += 4;

    // Field rows: label on the left, value on the right (Appendix 1 order).
    const QFont labelFont = page.font(8.5, true);
    const QFont valueFont = page.font(9.5);
    auto row = [&](const QString &label, const QString &value) {
        const double lh = page.text(left, y, kLabelWidth - 3, label, labelFont, Qt::AlignLeft, muted);
        const double vh = page.text(left + kLabelWidth, y, width - kLabelWidth, value.isEmpty() ? QStringLiteral("—") : value,
                                    valueFont);
        y += qMax(lh, vh) + 2.2;
    };
    const QLocale locale = m_options.translator ? m_options.locale : QLocale();
    row(tr("Name"), s.learnerName);
    row(s.learnerIdLabel.isEmpty() ? tr("NRIC") : s.learnerIdLabel, s.learnerId);
    row(tr("Course name"), QStringLiteral("%1 %2").arg(s.courseCode, s.courseName).trimmed());
    row(tr("Programme (course origin)"), s.programme);
    row(tr("Awarding institution"),
        s.institutionStatus.isEmpty() ? s.institutionName : QStringLiteral("%1 (%2)").arg(s.institutionName, s.institutionStatus));
    row(tr("Language of instruction and examination"), s.language);
    row(tr("Delivery"), s.delivery);
    row(tr("Mode of study"), s.modeOfStudy);
    row(tr("Course level"), s.courseLevel);
    row(tr("Credit hours / equivalent"),
        s.creditHours == 1 ? tr("1 credit") : tr("%1 credits").arg(hours(locale, s.creditHours)));
    row(tr("Student learning time"), tr("%1 hours (notional)").arg(hours(locale, s.learningHours)));
    row(tr("Duration"), s.duration);
    row(tr("Enrolment requirements"), s.enrolmentRequirements);

    // Course learning outcomes.
    y += 1.5;
    page.line(left, y, right, y, QColor(0xcc, 0xcc, 0xcc), 0.3);
    y += 2.5;
    page.text(left, y, width, tr("Course learning outcomes"), page.font(10, true), Qt::AlignLeft, accent);
    y += 6;
    const QFont outcomeFont = page.font(9);
    for (const QString &outcome : s.learningOutcomes)
        y += page.text(left + 3, y, width - 3, QStringLiteral("•  ") + outcome, outcomeFont) + 1.2;

    // Assessment and grade as a small table.
    y += 2.5;
    page.text(left, y, width, tr("Assessment and result"), page.font(10, true), Qt::AlignLeft, accent);
    y += 6;
    const double colW = width / 3;
    const QStringList heads = {tr("Formative (continuous)"), tr("Summative (final)"), tr("Grade")};
    const QStringList values = {QStringLiteral("%1%").arg(locale.toString(s.formativePercent, 'f', 0)),
                                QStringLiteral("%1%").arg(locale.toString(s.summativePercent, 'f', 0)), s.grade};
    painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), page.mm(0.25)));
    painter->setBrush(QColor(0xf3, 0xf6, 0xfa));
    painter->drawRect(QRectF(page.mm(left), page.mm(y), page.mm(width), page.mm(13)));
    painter->setBrush(Qt::NoBrush);
    for (int i = 0; i < 3; ++i) {
        page.text(left + i * colW, y + 1.5, colW, heads.at(i), page.font(8, true), Qt::AlignHCenter, muted);
        page.text(left + i * colW, y + 6, colW, values.at(i), page.font(11, true), Qt::AlignHCenter);
        if (i > 0)
            page.line(left + i * colW, y, left + i * colW, y + 13, QColor(0xbb, 0xbb, 0xbb), 0.25);
    }
    y += 17;
    row(tr("Quality assurance"), s.qualityAssurance);
    // The date in the statement's own language, not the officer's locale: "20 May 2026" on an
    // English statement, "20 Mei 2026" on one printed in Bahasa Melayu.
    const QLocale dateLocale = m_options.translator ? m_options.locale : QLocale(QLocale::English, QLocale::Malaysia);
    row(tr("Date of official seal of award"),
        s.awardedOn.isValid() ? dateLocale.toString(s.awardedOn, QStringLiteral("d MMMM yyyy")) : QString());

    // Footer: signature on the left, QR code on the right, verification contact beneath.
    const double qrSide = 34;
    const double footerTop = kPageHeight - kMargin - qrSide - 8;
    page.line(left, footerTop + 18, left + 70, footerTop + 18, Qt::black, 0.3);
    page.text(left, footerTop + 19.5, 90, s.signatoryName, page.font(9, true));
    page.text(left, footerTop + 24, 90, s.signatoryTitle, page.font(8.5), Qt::AlignLeft, muted);
    if (!s.verificationUrl.isEmpty()) {
        const QrCode qr(s.verificationUrl.toUtf8());
        qr.paint(painter, QRectF(page.mm(right - qrSide), page.mm(footerTop), page.mm(qrSide), page.mm(qrSide)));
        page.text(right - qrSide - 2, footerTop + qrSide + 0.5, qrSide + 2, tr("Scan to verify"), page.font(7.5),
                  Qt::AlignHCenter, muted);
    }
    const double contactY = footerTop + 31;
    page.text(left, contactY, width - qrSide - 6,
              tr("To verify this statement, scan the code or contact %1").arg(s.verificationContact), page.font(7.5), Qt::AlignLeft, muted);
    painter->restore();
}

} // namespace mcs

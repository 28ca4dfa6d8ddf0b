#include "apptheme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionViewItem>

#include <cmath>

namespace mcs {
namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Item views paint the foreground a model gives (Qt::ForegroundRole) as it is; on a dark base a
// dark red finding would vanish. This style corrects the text colour of each cell against the
// background it is actually painted on, so models keep choosing colours for meaning only.
class ReadableItemStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        const auto *item = qstyleoption_cast<const QStyleOptionViewItem *>(option);
        if (element != CE_ItemViewItem || !item || (item->state & State_Selected)) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QStyleOptionViewItem fixed(*item);
        const QColor background = item->backgroundBrush.style() != Qt::NoBrush
            ? item->backgroundBrush.color()
            : item->palette.color(QPalette::Base);
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
            fixed.palette.setColor(group, QPalette::Text, readableOn(item->palette.color(group, QPalette::Text), background));
        QProxyStyle::drawControl(element, &fixed, painter, widget);
    }
};

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QColor &background)
{
    constexpr double kEnough = 4.5;
    if (!colour.isValid() || !background.isValid() || contrastRatio(colour, background) >= kEnough)
        return colour;
    const bool lighten = luminance(background) < 0.18;
    const QColor hsl = colour.toHsl();
    for (int lightness = hsl.lightness(); lightness >= 0 && lightness <= 255; lightness += lighten ? 8 : -8) {
        const QColor candidate = QColor::fromHsl(hsl.hslHue(), hsl.hslSaturation(), lightness, colour.alpha());
        if (contrastRatio(candidate, background) >= kEnough)
            return candidate;
    }
    return lighten ? QColor(Qt::white) : QColor(Qt::black);
}

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x5c, 0x60, 0x66));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9b, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void applyTheme(const QString &theme)
{
    if (theme != QLatin1String("dark")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // The platform's own style stays for the light theme; the dark one needs Fusion.
    if (!dynamic_cast<ReadableItemStyle *>(QApplication::style()))
        QApplication::setStyle(new ReadableItemStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(darkPalette());
}

} // namespace mcs

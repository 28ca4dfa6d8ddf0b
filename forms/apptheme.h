#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace mcs {

// View › Dark Theme (issue #10 polish). The dark palette runs on the Fusion style, which follows
// palettes faithfully; colours that models and panels choose for meaning (warnings, findings,
// overdue rows) are kept readable on it by readableOn().
QPalette darkPalette();
bool isDark(const QPalette &palette);

// Applies "dark" or "light" to the running application (every widget repaints at once).
void applyTheme(const QString &theme);

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// `colour` itself when it reads well on `background` (contrast of at least 4.5), else the same
// hue made lighter or darker until it does.
QColor readableOn(const QColor &colour, const QColor &background);

} // namespace mcs

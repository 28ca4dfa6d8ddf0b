#pragma once

#include "coursediff.h"

#include <QColor>
#include <QString>
#include <QVector>

class QPalette;

namespace mcs {

// The colours of a redline: additions green, removals red, each readable on the palette's base
// colour (a light or a dark theme).
struct RedlineColours
{
    QColor addedBackground;
    QColor addedText;
    QColor addedStrong;   // the words added inside a changed text
    QColor removedBackground;
    QColor removedText;
    QColor removedStrong; // the words removed inside a changed text
    QColor rule;          // table lines
    static RedlineColours forPalette(const QPalette &palette);
};

// Two versions side by side as HTML for a QTextBrowser: one table per section, a row per change
// with the field, the older value (removals in red, struck through) and the newer one
// (additions in green). Inside a changed text only the words that differ are marked strongly.
QString redlineHtml(const QVector<CourseChange> &changes, const QString &olderTitle, const QString &newerTitle,
                    const RedlineColours &colours);

} // namespace mcs

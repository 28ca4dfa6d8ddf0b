#pragma once

#include "course.h"
#include "sltcalculator.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace mcs {

// The printable MC proposal (application form, guideline 2.1): every field of the course's kind,
// the team, the CLO table, the assessment method and the Table 4 summary (hours per unit, total,
// credits, online share), laid out for the official submission.
QString proposalHtml(const Course &course, const SltCalculator &slt);

// Prints the proposal on a paged device (QPdfWriter, QPrinter), breaking pages as needed.
void printProposal(const Course &course, const SltCalculator &slt, QPagedPaintDevice *device);

// Draws the proposal's first `rect` worth on any painter (a preview image, a widget).
void drawProposal(const Course &course, const SltCalculator &slt, QPainter *painter, const QRectF &rect);

} // namespace mcs

#pragma once

class QWidget;

namespace mcs {

// Edit > Cut / Copy / Paste: one set of application actions that act on whatever has the focus.
// The Table 4 editor (and anything inside it) gets its row operations; text editors their own
// cut, copy and paste; other item views copy the current cell's text.
namespace ClipboardRouter {

enum class Operation { Cut, Copy, Paste };

// Returns whether something took the operation.
bool route(Operation operation, QWidget *focus);

} // namespace ClipboardRouter
} // namespace mcs

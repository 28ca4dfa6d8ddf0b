#pragma once

class QUndoGroup;

namespace mcs {

class ActionManager;

// Creates and registers every application-wide action in one place: texts, shortcuts, icons,
// tooltips. Undo/Redo come from the window's QUndoGroup so they follow the active editor.
void registerApplicationActions(ActionManager *manager, QUndoGroup *undoGroup);

} // namespace mcs

#pragma once

#include "course.h"

class QUndoCommand;

namespace mcs {

class CourseDocument;

// One undo step that turns the open course into `target` (a recovered copy): every differing
// field, the three record lists, Table 4 and the milestones. Push it on the document's stack;
// the document is then modified, so nothing recovered is lost by closing without saving.
QUndoCommand *makeRestoreCommand(CourseDocument *document, const Course &target);

} // namespace mcs

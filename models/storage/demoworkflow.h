#pragma once

#include "course.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace mcs {

class Database;

// The approval history of the demo portfolio's stored courses (DemoPortfolio::write): for each
// course past its draft, the steps of guideline 2.1 (Figure 1) that brought it to its state, each
// by a person of the right role with a date and, where people write one, a comment; the SME
// appointed to the courses being vetted; and a version kept at every submission (issue 9). Some
// courses went through a return for revision, so their History shows what changed between the
// two submissions. Deterministic: the same courses and `today` give the same rows. Runs inside
// the caller's transaction.
bool writeDemoWorkflow(Database &db, const QVector<Course> &storedCourses, const QDate &today, QString *error);

// The steps from a draft to `state` along the flow; with `revised`, through one return for
// revision (from CFLEX review) and a resubmission first. Empty for a draft.
QVector<ApprovalStatus> demoWorkflowPath(ApprovalStatus state, bool revised);

} // namespace mcs

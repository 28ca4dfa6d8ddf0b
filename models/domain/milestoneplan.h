#pragma once

#include "milestone.h"

#include <QDate>
#include <QString>

#include <array>

namespace mcs {

// How a Table 3 duration is counted: weeks add 7 days, months add calendar months with the day
// clamped to the month's end (QDate::addMonths).
enum class DurationUnit { Weeks, Months };

// One row of guideline Table 3 (domain.md "Development milestones").
struct MilestoneDefinition
{
    int number;            // 1..8
    const char *name;      // English source; translated by MilestonePlan::name()
    int cumulativePercent; // progress once this milestone is complete
    int amount;            // upper bound of the suggested duration ...
    DurationUnit unit;     // ... in weeks or months
};

// The rules of the eight development milestones: planned schedule, progress, overdue, ordering.
// Pure functions of their arguments; "today" is always passed in so tests fix it.
class MilestonePlan
{
public:
    static constexpr int kCount = 8;

    static const MilestoneDefinition &definition(int number); // number in 1..kCount
    static QString name(int number);                          // translated
    static QString englishName(int number);                   // stable, for files and the CLI
    static int cumulativePercent(int number);

    // start + the Table 3 upper-bound duration of milestone `number`.
    static QDate dueFrom(int number, const QDate &start);
    // All eight milestones planned from `start`, each starting on the previous one's due date.
    static MilestoneList plannedSchedule(const QDate &start);

    // Completed milestones counted from milestone 1 without a gap (completions are recorded in order).
    static int completedCount(const MilestoneList &milestones);
    // Cumulative % of the last completed milestone; 0 before the first.
    static int progressPercent(const MilestoneList &milestones);
    // Overdue: not completed and its due date has passed.
    static bool isOverdue(const Milestone &milestone, const QDate &today);
    // Whether `number` may be completed on `date`: the previous one must be complete, on or before
    // `date`. On refusal, *why (when given) says why in the user's language.
    static bool canComplete(const MilestoneList &milestones, int number, const QDate &date, QString *why = nullptr);
};

// What a course's milestones say on a given day. Indexes 0..7 are milestones 1..8.
struct CourseForecast
{
    int completedCount = 0;   // 0..8
    int progressPercent = 0;  // Table 3 cumulative %
    int currentMilestone = 1; // first not completed, 1..8; 0 when all are complete
    QDate nextDue;            // planned due of the current milestone; null when complete
    bool overdue = false;     // some milestone not completed by its due date
    QDate forecastCompletion; // forecast (or actual) completion of milestone 8
    std::array<QDate, MilestonePlan::kCount> forecastStart{}; // remaining milestones only
    std::array<QDate, MilestonePlan::kCount> forecastDue{};   // remaining milestones only
    std::array<bool, MilestonePlan::kCount> milestoneOverdue{};
};

// Re-plans the remaining milestones from the latest actual completion (from the plan's start when
// none is complete), or from `today` when the current milestone is overdue. A remaining milestone
// keeps its own planned length when its dates were edited, else its Table 3 duration.
CourseForecast forecastCourse(const MilestoneList &milestones, const QDate &today);

} // namespace mcs

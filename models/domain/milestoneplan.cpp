#include "milestoneplan.h"

#include <QCoreApplication>

namespace mcs {
namespace {

// Table 3 (online/blended mode): cumulative progress and the upper bound of each suggested duration.
constexpr MilestoneDefinition kTable3[MilestonePlan::kCount] = {
    {1, QT_TRANSLATE_NOOP("mcs::Milestone", "Proposal form submitted and approved"), 15, 1, DurationUnit::Weeks},
    {2, QT_TRANSLATE_NOOP("mcs::Milestone", "Table 4 form submitted and approved"), 20, 2, DurationUnit::Weeks},
    {3, QT_TRANSLATE_NOOP("mcs::Milestone", "Content development"), 40, 1, DurationUnit::Months},
    {4, QT_TRANSLATE_NOOP("mcs::Milestone", "Video materials development"), 60, 2, DurationUnit::Months},
    {5, QT_TRANSLATE_NOOP("mcs::Milestone", "Promo video development"), 65, 1, DurationUnit::Weeks},
    {6, QT_TRANSLATE_NOOP("mcs::Milestone", "Materials uploaded to the platform"), 70, 1, DurationUnit::Weeks},
    {7, QT_TRANSLATE_NOOP("mcs::Milestone", "Video vetting by SME"), 85, 4, DurationUnit::Weeks},
    {8, QT_TRANSLATE_NOOP("mcs::Milestone", "Senate approval"), 100, 1, DurationUnit::Months},
};

// Milestones by number (the stored list need not be complete or sorted).
using ByNumber = std::array<const Milestone *, MilestonePlan::kCount>;

ByNumber byNumber(const MilestoneList &list)
{
    ByNumber out{};
    for (const Milestone &m : list)
        if (m.number >= 1 && m.number <= MilestonePlan::kCount)
            out[size_t(m.number - 1)] = &m;
    return out;
}

int leadingCompleted(const ByNumber &m)
{
    int k = 0;
    while (k < MilestonePlan::kCount && m[size_t(k)] && m[size_t(k)]->isCompleted())
        ++k;
    return k;
}

} // namespace

const MilestoneDefinition &MilestonePlan::definition(int number)
{
    Q_ASSERT(number >= 1 && number <= kCount);
    return kTable3[number - 1];
}

QString MilestonePlan::name(int number)
{
    return QCoreApplication::translate("mcs::Milestone", definition(number).name);
}

QString MilestonePlan::englishName(int number)
{
    return QString::fromLatin1(definition(number).name);
}

int MilestonePlan::cumulativePercent(int number)
{
    return definition(number).cumulativePercent;
}

QDate MilestonePlan::dueFrom(int number, const QDate &start)
{
    const MilestoneDefinition &d = definition(number);
    return d.unit == DurationUnit::Weeks ? start.addDays(7 * d.amount) : start.addMonths(d.amount);
}

MilestoneList MilestonePlan::plannedSchedule(const QDate &start)
{
    MilestoneList out;
    out.reserve(kCount);
    QDate from = start;
    for (int n = 1; n <= kCount; ++n) {
        Milestone m;
        m.number = n;
        m.plannedStart = from;
        m.plannedDue = dueFrom(n, from);
        from = m.plannedDue;
        out.append(m);
    }
    return out;
}

int MilestonePlan::completedCount(const MilestoneList &milestones)
{
    return leadingCompleted(byNumber(milestones));
}

int MilestonePlan::progressPercent(const MilestoneList &milestones)
{
    const int k = completedCount(milestones);
    return k == 0 ? 0 : cumulativePercent(k);
}

bool MilestonePlan::isOverdue(const Milestone &milestone, const QDate &today)
{
    return !milestone.isCompleted() && milestone.plannedDue.isValid() && today > milestone.plannedDue;
}

bool MilestonePlan::canComplete(const MilestoneList &milestones, int number, const QDate &date, QString *why)
{
    auto refuse = [why](const char *text, int n) {
        if (why)
            *why = QCoreApplication::translate("mcs::Milestone", text).arg(n);
        return false;
    };
    if (number < 1 || number > kCount)
        return refuse(QT_TRANSLATE_NOOP("mcs::Milestone", "There is no milestone %1."), number);
    if (!date.isValid())
        return refuse(QT_TRANSLATE_NOOP("mcs::Milestone", "Milestone %1 needs a valid completion date."), number);
    if (number == 1)
        return true;
    const ByNumber m = byNumber(milestones);
    const Milestone *previous = m[size_t(number - 2)];
    if (!previous || !previous->isCompleted())
        return refuse(QT_TRANSLATE_NOOP("mcs::Milestone", "Milestone %1 must be completed first."), number - 1);
    if (date < previous->actualCompletion)
        return refuse(QT_TRANSLATE_NOOP("mcs::Milestone", "The completion date is before milestone %1 was completed."),
                      number - 1);
    return true;
}

CourseForecast forecastCourse(const MilestoneList &milestones, const QDate &today)
{
    constexpr int n = MilestonePlan::kCount;
    const ByNumber m = byNumber(milestones);
    CourseForecast f;
    const int k = leadingCompleted(m);
    f.completedCount = k;
    f.progressPercent = k == 0 ? 0 : kTable3[k - 1].cumulativePercent;
    for (int i = k; i < n; ++i)
        f.milestoneOverdue[size_t(i)] = m[size_t(i)] && MilestonePlan::isOverdue(*m[size_t(i)], today);
    if (k == n) {
        f.currentMilestone = 0;
        f.forecastCompletion = m[n - 1]->actualCompletion;
        return f;
    }
    f.currentMilestone = k + 1;
    const Milestone *current = m[size_t(k)];
    f.nextDue = current ? current->plannedDue : QDate();
    for (int i = k; i < n; ++i)
        f.overdue = f.overdue || f.milestoneOverdue[size_t(i)];

    QDate anchor;
    if (f.milestoneOverdue[size_t(k)])
        anchor = today;
    else if (k > 0)
        anchor = m[size_t(k - 1)]->actualCompletion;
    else if (current && current->plannedStart.isValid())
        anchor = current->plannedStart;
    else
        anchor = today;

    for (int i = k; i < n; ++i) {
        const Milestone *ms = m[size_t(i)];
        f.forecastStart[size_t(i)] = anchor;
        QDate due = MilestonePlan::dueFrom(i + 1, anchor);
        if (ms && ms->plannedStart.isValid() && ms->plannedDue.isValid()
            && ms->plannedDue != MilestonePlan::dueFrom(i + 1, ms->plannedStart))
            due = anchor.addDays(ms->plannedStart.daysTo(ms->plannedDue)); // an edited plan keeps its length
        f.forecastDue[size_t(i)] = due;
        anchor = due;
    }
    f.forecastCompletion = anchor;
    return f;
}

} // namespace mcs

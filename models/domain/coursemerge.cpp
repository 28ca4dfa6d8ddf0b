#include "coursemerge.h"

#include "coursefield.h"
#include "table4merge.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace mcs {
namespace {

// lupdate files these strings under mcs::CourseMerge, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseMerge)
};

const QString kRateVersionKey = QStringLiteral("table4.rate_table_version");

struct Part
{
    QString key;
    QString label;
    CourseSection section;
    std::function<bool(const Course &, const Course &)> equal;
    std::function<void(const Course &from, Course *to)> copy;
};

template <typename Member>
Part memberPart(const QString &key, const QString &label, CourseSection section, Member member)
{
    return {key, label, section, [member](const Course &a, const Course &b) { return a.*member == b.*member; },
            [member](const Course &from, Course *to) { to->*member = from.*member; }};
}

const Milestone *milestoneOf(const Course &c, int number)
{
    for (const Milestone &m : c.milestones)
        if (m.number == number)
            return &m;
    return nullptr;
}

QVector<Part> partsOf(const Course &base, const Course &mine, const Course &theirs)
{
    QVector<Part> parts;
    for (CourseField field : allCourseFields())
        parts.append({courseFieldKey(field), courseFieldLabel(field), CourseSection::Form,
                      [field](const Course &a, const Course &b) {
                          return courseFieldValue(a, field) == courseFieldValue(b, field);
                      },
                      [field](const Course &from, Course *to) { setCourseFieldValue(to, field, courseFieldValue(from, field)); }});
    parts.append(memberPart(QStringLiteral("lecturers"), Tr::tr("Lecturers"), CourseSection::Lecturers, &Course::lecturers));
    parts.append(memberPart(QStringLiteral("clos"), Tr::tr("Course learning outcomes"), CourseSection::Clos, &Course::clos));
    parts.append(memberPart(QStringLiteral("assessment"), Tr::tr("Assessment"), CourseSection::Assessment, &Course::assessment));
    // Table 4's units merge one by one (Table4Merge); the rate-table version stays a course-level part.
    parts.append({kRateVersionKey, Tr::tr("Table 4 – SLT rate table version"),
                  CourseSection::Table4,
                  [](const Course &a, const Course &b) { return a.table4.rateTableVersion == b.table4.rateTableVersion; },
                  [](const Course &from, Course *to) { to->table4.rateTableVersion = from.table4.rateTableVersion; }});

    QVector<int> numbers;
    for (const Course *c : {&base, &mine, &theirs})
        for (const Milestone &m : c->milestones)
            if (!numbers.contains(m.number))
                numbers << m.number;
    std::sort(numbers.begin(), numbers.end());
    for (int n : numbers) {
        parts.append({QStringLiteral("milestones[%1]").arg(n), Tr::tr("Milestone %1").arg(n), CourseSection::Milestones,
                      [n](const Course &a, const Course &b) {
                          const Milestone *x = milestoneOf(a, n);
                          const Milestone *y = milestoneOf(b, n);
                          return x && y ? *x == *y : x == y;
                      },
                      [n](const Course &from, Course *to) {
                          const Milestone *m = milestoneOf(from, n);
                          auto &list = to->milestones;
                          list.erase(std::remove_if(list.begin(), list.end(), [n](const Milestone &x) { return x.number == n; }),
                                     list.end());
                          if (m) {
                              auto at = std::find_if(list.begin(), list.end(), [n](const Milestone &x) { return x.number > n; });
                              list.insert(at, *m);
                          }
                      }});
    }
    parts.append({QStringLiteral("survey_attachment"), Tr::tr("Market survey results file"), CourseSection::Attachments,
                  [](const Course &a, const Course &b) { return a.marketSurvey.attachment == b.marketSurvey.attachment; },
                  [](const Course &from, Course *to) { to->marketSurvey.attachment = from.marketSurvey.attachment; }});
    parts.append(memberPart(QStringLiteral("attachments"), Tr::tr("Attachments"), CourseSection::Attachments, &Course::attachments));
    return parts;
}

bool belongsTo(const CourseChange &change, const QString &key)
{
    if (!change.key.startsWith(key))
        return false;
    if (change.key.size() == key.size())
        return true;
    const QChar next = change.key.at(key.size());
    // "milestones[1]" must not claim "milestones[10]"; "clos" not "clos_extra".
    return next == QLatin1Char('.') || (next == QLatin1Char('[') && !key.endsWith(QLatin1Char(']')));
}

} // namespace

CourseMerge::CourseMerge(const Course &base, const Course &mine, const Course &theirs)
    : m_base(base)
    , m_mine(mine)
    , m_theirs(theirs)
    , m_table4(std::make_shared<Table4Merge>(base.table4, mine.table4, theirs.table4))
{
    const QVector<CourseChange> mineDiff = diffCourses(base, mine);
    const QVector<CourseChange> theirsDiff = diffCourses(base, theirs);
    for (const Part &p : partsOf(base, mine, theirs)) {
        MergeItem item;
        item.key = p.key;
        item.label = p.label;
        item.section = p.section;
        item.mineChanged = !p.equal(base, mine);
        item.theirsChanged = !p.equal(base, theirs);
        if (item.mineChanged || item.theirsChanged) {
            item.conflict = item.mineChanged && item.theirsChanged && !p.equal(mine, theirs);
            for (const CourseChange &c : mineDiff)
                if (belongsTo(c, p.key))
                    item.mineChanges.append(c);
            for (const CourseChange &c : theirsDiff)
                if (belongsTo(c, p.key))
                    item.theirsChanges.append(c);
            m_items.append(item);
        }
        if (p.key == kRateVersionKey)
            m_items += m_table4->items(); // the units follow the table's own part, in form order
    }
}

QStringList CourseMerge::conflictKeys() const
{
    QStringList keys;
    for (const MergeItem &item : m_items)
        if (item.conflict)
            keys << item.key;
    return keys;
}

bool CourseMerge::theirsChanged() const
{
    return std::any_of(m_items.begin(), m_items.end(), [](const MergeItem &i) { return i.theirsChanged; });
}

bool CourseMerge::mineChanged() const
{
    return std::any_of(m_items.begin(), m_items.end(), [](const MergeItem &i) { return i.mineChanged; });
}

std::optional<Course> CourseMerge::result(const QHash<QString, MergeSide> &choices, QStringList *unresolved) const
{
    QStringList missing;
    for (const MergeItem &item : m_items)
        if (item.conflict && !choices.contains(item.key))
            missing << item.key;
    if (unresolved)
        *unresolved = missing;
    if (!missing.isEmpty())
        return std::nullopt;
    Course merged = m_theirs;
    if (!m_table4->items().isEmpty())
        merged.table4.units = m_table4->mergedUnits(choices);
    const QVector<Part> parts = partsOf(m_base, m_mine, m_theirs);
    for (const MergeItem &item : m_items) {
        const bool takeMine = item.conflict ? choices.value(item.key) == MergeSide::Mine
                                            : item.mineChanged && !item.theirsChanged;
        if (!takeMine)
            continue;
        for (const Part &p : parts)
            if (p.key == item.key)
                p.copy(m_mine, &merged);
    }
    return merged;
}

Course CourseMerge::resultAll(MergeSide side) const
{
    QHash<QString, MergeSide> choices;
    for (const QString &key : conflictKeys())
        choices.insert(key, side);
    return *result(choices);
}

} // namespace mcs

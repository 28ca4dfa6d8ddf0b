#include "coursediff.h"

#include "builtinrates.h"
#include "coursefield.h"
#include "ratetable.h"

#include <QCoreApplication>

#include <algorithm>

namespace mcs {
namespace {

// lupdate files these strings under mcs::CourseDiff, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseDiff)
};

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString fieldText(const Course &c, CourseField field)
{
    switch (field) {
    case CourseField::Kind: return courseKindName(c.kind);
    case CourseField::Delivery: return courseDeliveryName(c.delivery);
    case CourseField::Status: return approvalStatusName(c.status);
    case CourseField::CreditValue: return number(c.creditValue);
    case CourseField::FeeSen: return QStringLiteral("%1.%2").arg(c.feeSen / 100).arg(qAbs(c.feeSen % 100), 2, 10, QLatin1Char('0'));
    case CourseField::MqfLevel: return c.mqfLevel == 0 ? QString() : QString::number(c.mqfLevel);
    default: return courseFieldValue(c, field).toString();
    }
}

QString deliveryModeText(DeliveryMode mode)
{
    switch (mode) {
    case DeliveryMode::Physical: return Tr::tr("physical");
    case DeliveryMode::OnlineSync: return Tr::tr("online synchronous");
    case DeliveryMode::OnlineAsync: return Tr::tr("online asynchronous");
    }
    return {};
}

QString assessmentKindText(AssessmentKind kind)
{
    switch (kind) {
    case AssessmentKind::None: return Tr::tr("not assessed");
    case AssessmentKind::Formative: return Tr::tr("formative");
    case AssessmentKind::Continuous: return Tr::tr("continuous");
    case AssessmentKind::Final: return Tr::tr("final");
    }
    return {};
}

QString componentKindText(AssessmentComponent::Kind kind)
{
    return kind == AssessmentComponent::Kind::Final ? Tr::tr("final") : Tr::tr("continuous");
}

QString joinParts(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty())
            kept << p;
    return kept.join(QStringLiteral(" · "));
}

QString lecturerText(const Lecturer &l)
{
    return joinParts({l.name, l.staffId, l.email, l.role});
}

QString cloText(const Clo &c)
{
    return joinParts({c.code, c.statement, c.domain, c.level});
}

QString componentText(const AssessmentComponent &a)
{
    return joinParts({a.name, componentKindText(a.kind), Tr::tr("%1%").arg(number(a.weight))});
}

// "Slide", "Self-study" in the interface's language rather than the key ("self_study").
QString activityTypeText(const QString &type)
{
    const ActivityRate *rate = builtinRateTable().find(type);
    return rate ? rateLabel(*rate) : type;
}

QString activityText(const Activity &a)
{
    QString weight;
    if (a.weight)
        weight = Tr::tr("%1%").arg(number(*a.weight));
    return joinParts({QStringLiteral("%1 × %2").arg(activityTypeText(a.type), number(a.quantity)),
                      a.rate ? Tr::tr("%1 min/unit").arg(number(*a.rate)) : QString(), deliveryModeText(a.mode),
                      a.clos.join(QStringLiteral(", ")),
                      a.assessment == AssessmentKind::None ? QString() : assessmentKindText(a.assessment), weight});
}

QString unitLabel(const LearningUnit &u)
{
    return u.title.isEmpty() ? Tr::tr("Unit %1").arg(u.number) : Tr::tr("Unit %1 “%2”").arg(u.number).arg(u.title);
}

QString unitText(const LearningUnit &u)
{
    QStringList lines{unitLabel(u)};
    for (int i = 0; i < u.activities.size(); ++i)
        lines << Tr::tr("activity %1: %2").arg(i + 1).arg(activityText(u.activities[i]));
    return lines.join(QLatin1Char('\n'));
}

QString milestoneText(const Milestone &m)
{
    return joinParts({Tr::tr("planned %1 to %2").arg(dateText(m.plannedStart), dateText(m.plannedDue)),
                      m.actualCompletion.isValid() ? Tr::tr("completed %1").arg(dateText(m.actualCompletion)) : QString(),
                      m.notes});
}

QString attachmentText(const Attachment &a)
{
    return Tr::tr("%1 (%2, %3 bytes)").arg(a.name, a.mimeType).arg(a.bytes.size());
}

// A row's fields for field-by-field comparison: key, label, text.
struct RowField
{
    const char *key;
    QString label;
    QString text;
};

QVector<RowField> lecturerFields(const Lecturer &l)
{
    return {{"name", Tr::tr("Name"), l.name}, {"staff_id", Tr::tr("Staff ID"), l.staffId},
            {"email", Tr::tr("E-mail"), l.email}, {"role", Tr::tr("Role"), l.role}};
}

QVector<RowField> cloFields(const Clo &c)
{
    return {{"code", Tr::tr("Code"), c.code}, {"statement", Tr::tr("Statement"), c.statement},
            {"domain", Tr::tr("Domain"), c.domain}, {"level", Tr::tr("Level"), c.level}};
}

QVector<RowField> componentFields(const AssessmentComponent &a)
{
    return {{"name", Tr::tr("Name"), a.name}, {"kind", Tr::tr("Kind"), componentKindText(a.kind)},
            {"weight", Tr::tr("Weight (%)"), number(a.weight)}};
}

QVector<RowField> activityFields(const Activity &a)
{
    return {{"type", Tr::tr("Type"), activityTypeText(a.type)},
            {"quantity", Tr::tr("Quantity"), number(a.quantity)},
            {"rate", Tr::tr("SLT rate (min/unit)"), a.rate ? number(*a.rate) : Tr::tr("midpoint")},
            {"mode", Tr::tr("Mode"), deliveryModeText(a.mode)},
            {"clos", Tr::tr("CLOs"), a.clos.join(QStringLiteral(", "))},
            {"assessment", Tr::tr("Assessment"), assessmentKindText(a.assessment)},
            {"weight", Tr::tr("Weight (%)"), a.weight ? number(*a.weight) : QString()}};
}

QVector<RowField> milestoneFields(const Milestone &m)
{
    return {{"planned_start", Tr::tr("Planned start"), dateText(m.plannedStart)},
            {"planned_due", Tr::tr("Planned due"), dateText(m.plannedDue)},
            {"actual_completion", Tr::tr("Completed on"), dateText(m.actualCompletion)},
            {"notes", Tr::tr("Notes"), m.notes}};
}

class Differ
{
public:
    QVector<CourseChange> out;

    void add(CourseSection section, CourseChange::Kind kind, const QString &key, const QString &label,
             const QString &oldValue, const QString &newValue)
    {
        out.append({section, kind, key, label, oldValue, newValue});
    }

    void compareFields(CourseSection section, const QString &key, const QString &label,
                       const QVector<RowField> &a, const QVector<RowField> &b)
    {
        for (int i = 0; i < a.size() && i < b.size(); ++i) {
            if (a[i].text != b[i].text)
                add(section, CourseChange::Kind::Changed, key + QLatin1Char('.') + QLatin1String(a[i].key),
                    label + QStringLiteral(" · ") + b[i].label, a[i].text, b[i].text);
        }
    }

    // A list of records: aligned, then added/removed rows whole and matched rows field by field.
    template <typename T, typename Label, typename Text, typename Fields>
    void compareList(CourseSection section, const QString &name, const QVector<T> &a, const QVector<T> &b,
                     const QVector<std::function<bool(int, int)>> &identity, Label label, Text text, Fields fields)
    {
        QVector<std::function<bool(int, int)>> levels{[&](int i, int j) { return a[i] == b[j]; }};
        levels += identity;
        for (const RowPair &p : alignRows(int(a.size()), int(b.size()), levels)) {
            if (p.a < 0)
                add(section, CourseChange::Kind::Added, QStringLiteral("%1[%2]").arg(name).arg(p.b),
                    label(b[p.b], p.b), QString(), text(b[p.b]));
            else if (p.b < 0)
                add(section, CourseChange::Kind::Removed, QStringLiteral("%1[%2]").arg(name).arg(p.a),
                    label(a[p.a], p.a), text(a[p.a]), QString());
            else if (a[p.a] != b[p.b])
                compareFields(section, QStringLiteral("%1[%2]").arg(name).arg(p.b), label(b[p.b], p.b),
                              fields(a[p.a]), fields(b[p.b]));
        }
    }

    void compareUnits(const Table4 &a, const Table4 &b)
    {
        const CourseSection s = CourseSection::Table4;
        if (a.rateTableVersion != b.rateTableVersion)
            add(s, CourseChange::Kind::Changed, QStringLiteral("table4.rate_table_version"), Tr::tr("SLT rate table version"),
                QString::number(a.rateTableVersion), QString::number(b.rateTableVersion));
        for (const RowPair &p : alignUnits(a.units, b.units))
            compareUnit(p.a < 0 ? nullptr : &a.units[p.a], p.a, p.b < 0 ? nullptr : &b.units[p.b], p.b);
    }

    void compareUnit(const LearningUnit *ua, int ia, const LearningUnit *ub, int ib)
    {
        const CourseSection s = CourseSection::Table4;
        if (!ua) {
            add(s, CourseChange::Kind::Added, QStringLiteral("table4.units[%1]").arg(ib), unitLabel(*ub), QString(),
                unitText(*ub));
            return;
        }
        if (!ub) {
            add(s, CourseChange::Kind::Removed, QStringLiteral("table4.units[%1]").arg(ia), unitLabel(*ua), unitText(*ua),
                QString());
            return;
        }
        const QString key = QStringLiteral("table4.units[%1]").arg(ib);
        const QString label = unitLabel(*ub);
        if (ua->title != ub->title)
            add(s, CourseChange::Kind::Changed, key + QStringLiteral(".title"), label + QStringLiteral(" · ") + Tr::tr("Title"),
                ua->title, ub->title);
        // A renumbering that the unit's move explains is not a change of its own.
        if (ub->number != ua->number && ub->number - ua->number != ib - ia)
            add(s, CourseChange::Kind::Changed, key + QStringLiteral(".number"),
                label + QStringLiteral(" · ") + Tr::tr("Number"), QString::number(ua->number), QString::number(ub->number));
        compareList(
            s, key + QStringLiteral(".activities"), ua->activities, ub->activities,
            {[&](int i, int j) { return ua->activities[i].type == ub->activities[j].type; }},
            [&](const Activity &, int row) { return label + QStringLiteral(" · ") + Tr::tr("activity %1").arg(row + 1); },
            activityText, activityFields);
    }

    void compareMilestones(const MilestoneList &a, const MilestoneList &b)
    {
        QVector<int> numbers;
        for (const Milestone &m : a)
            numbers << m.number;
        for (const Milestone &m : b)
            if (!numbers.contains(m.number))
                numbers << m.number;
        std::sort(numbers.begin(), numbers.end());
        auto find = [](const MilestoneList &list, int n) -> const Milestone * {
            for (const Milestone &m : list)
                if (m.number == n)
                    return &m;
            return nullptr;
        };
        const CourseSection s = CourseSection::Milestones;
        for (int n : numbers) {
            const Milestone *ma = find(a, n);
            const Milestone *mb = find(b, n);
            const QString key = QStringLiteral("milestones[%1]").arg(n);
            const QString label = Tr::tr("Milestone %1").arg(n);
            if (!ma)
                add(s, CourseChange::Kind::Added, key, label, QString(), milestoneText(*mb));
            else if (!mb)
                add(s, CourseChange::Kind::Removed, key, label, milestoneText(*ma), QString());
            else if (*ma != *mb)
                compareFields(s, key, label, milestoneFields(*ma), milestoneFields(*mb));
        }
    }

    void compareAttachments(const Course &a, const Course &b)
    {
        const CourseSection s = CourseSection::Attachments;
        const auto &sa = a.marketSurvey.attachment;
        const auto &sb = b.marketSurvey.attachment;
        const QString surveyLabel = Tr::tr("Market survey results file");
        if (sa != sb) {
            const CourseChange::Kind kind = !sa ? CourseChange::Kind::Added
                : !sb                           ? CourseChange::Kind::Removed
                                                : CourseChange::Kind::Changed;
            add(s, kind, QStringLiteral("survey_attachment"), surveyLabel, sa ? attachmentText(*sa) : QString(),
                sb ? attachmentText(*sb) : QString());
        }
        compareList(
            s, QStringLiteral("attachments"), a.attachments, b.attachments,
            {[&](int i, int j) { return a.attachments[i].name == b.attachments[j].name; }},
            [](const Attachment &x, int) { return x.name; }, attachmentText,
            [](const Attachment &x) {
                return QVector<RowField>{{"name", Tr::tr("Name"), x.name},
                                         {"mime_type", Tr::tr("Type"), x.mimeType},
                                         {"content", Tr::tr("Content"), attachmentText(x)}};
            });
    }
};

// One level of alignment over a[a0, a1) and b[b0, b1).
void alignRange(int a0, int a1, int b0, int b1, const QVector<std::function<bool(int, int)>> &levels, int level,
                QVector<RowPair> *out)
{
    if (level >= levels.size()) {
        // No predicate left: what remains at the same place pairs up by position.
        const int common = std::min(a1 - a0, b1 - b0);
        for (int k = 0; k < common; ++k)
            out->append({a0 + k, b0 + k});
        for (int i = a0 + common; i < a1; ++i)
            out->append({i, -1});
        for (int j = b0 + common; j < b1; ++j)
            out->append({-1, j});
        return;
    }
    const auto &eq = levels[level];
    // Common prefix and suffix first: usually all but a few rows, and it keeps the table small.
    QVector<RowPair> suffix;
    while (a0 < a1 && b0 < b1 && eq(a0, b0))
        out->append({a0++, b0++});
    while (a1 > a0 && b1 > b0 && eq(a1 - 1, b1 - 1))
        suffix.prepend({--a1, --b1});
    const int n = a1 - a0;
    const int m = b1 - b0;
    if (n == 0 || m == 0) {
        alignRange(a0, a1, b0, b1, levels, int(levels.size()), out);
    } else {
        // Longest common subsequence: lcs[i][j] over a[a0+i..a1) and b[b0+j..b1).
        QVector<int> lcs((n + 1) * (m + 1), 0);
        auto at = [&](int i, int j) -> int & { return lcs[i * (m + 1) + j]; };
        for (int i = n - 1; i >= 0; --i)
            for (int j = m - 1; j >= 0; --j)
                at(i, j) = eq(a0 + i, b0 + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        int i = 0;
        int j = 0;
        int gapA = 0;
        int gapB = 0;
        while (i < n && j < m) {
            if (eq(a0 + i, b0 + j) && at(i, j) == at(i + 1, j + 1) + 1) {
                alignRange(a0 + gapA, a0 + i, b0 + gapB, b0 + j, levels, level + 1, out);
                out->append({a0 + i, b0 + j});
                gapA = ++i;
                gapB = ++j;
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
        alignRange(a0 + gapA, a1, b0 + gapB, b1, levels, level + 1, out);
    }
    *out += suffix;
}

} // namespace

QString courseSectionName(CourseSection section)
{
    switch (section) {
    case CourseSection::Form: return Tr::tr("Application form");
    case CourseSection::Lecturers: return Tr::tr("Lecturers");
    case CourseSection::Clos: return Tr::tr("Course learning outcomes");
    case CourseSection::Assessment: return Tr::tr("Assessment");
    case CourseSection::Table4: return Tr::tr("Table 4");
    case CourseSection::Milestones: return Tr::tr("Development milestones");
    case CourseSection::Attachments: return Tr::tr("Attachments");
    }
    return {};
}

QVector<RowPair> alignRows(int countA, int countB, const QVector<std::function<bool(int, int)>> &levels)
{
    QVector<RowPair> out;
    out.reserve(std::max(countA, countB));
    alignRange(0, countA, 0, countB, levels, 0, &out);
    return out;
}

QVector<RowPair> alignUnits(const QVector<LearningUnit> &a, const QVector<LearningUnit> &b)
{
    // Numbers follow positions in the editor: compare units without them, so an inserted unit
    // does not make every later one "changed".
    auto sameContent = [&](int i, int j) { return a[i].title == b[j].title && a[i].activities == b[j].activities; };
    auto sameTitle = [&](int i, int j) { return a[i].title == b[j].title; };
    return alignRows(int(a.size()), int(b.size()), {sameContent, sameTitle});
}

QString learningUnitLabel(const LearningUnit &unit)
{
    return unitLabel(unit);
}

QVector<CourseChange> diffLearningUnit(const LearningUnit *from, int fromIndex, const LearningUnit *to, int toIndex)
{
    Differ d;
    if (from || to)
        d.compareUnit(from, fromIndex, to, toIndex);
    return d.out;
}

QVector<CourseChange> diffCourses(const Course &from, const Course &to)
{
    Differ d;
    for (CourseField field : allCourseFields()) {
        const QString a = fieldText(from, field);
        const QString b = fieldText(to, field);
        if (a != b || courseFieldValue(from, field) != courseFieldValue(to, field))
            d.add(CourseSection::Form, CourseChange::Kind::Changed, courseFieldKey(field), courseFieldLabel(field), a, b);
    }
    d.compareList(
        CourseSection::Lecturers, QStringLiteral("lecturers"), from.lecturers, to.lecturers,
        {[&](int i, int j) {
             const Lecturer &x = from.lecturers[i];
             const Lecturer &y = to.lecturers[j];
             return x.staffId.isEmpty() && y.staffId.isEmpty() ? x.name == y.name : x.staffId == y.staffId;
         }},
        [](const Lecturer &l, int row) { return l.name.isEmpty() ? Tr::tr("Lecturer %1").arg(row + 1) : l.name; },
        lecturerText, lecturerFields);
    d.compareList(
        CourseSection::Clos, QStringLiteral("clos"), from.clos, to.clos,
        {[&](int i, int j) { return from.clos[i].statement == to.clos[j].statement; },
         [&](int i, int j) { return from.clos[i].code == to.clos[j].code; }},
        [](const Clo &c, int row) { return c.code.isEmpty() ? Tr::tr("CLO %1").arg(row + 1) : c.code; }, cloText, cloFields);
    d.compareList(
        CourseSection::Assessment, QStringLiteral("assessment"), from.assessment, to.assessment,
        {[&](int i, int j) { return from.assessment[i].name == to.assessment[j].name; }},
        [](const AssessmentComponent &a, int row) { return a.name.isEmpty() ? Tr::tr("Component %1").arg(row + 1) : a.name; },
        componentText, componentFields);
    d.compareUnits(from.table4, to.table4);
    d.compareMilestones(from.milestones, to.milestones);
    d.compareAttachments(from, to);
    return d.out;
}

bool sameCourseContent(const Course &a, const Course &b)
{
    Course x = a;
    Course y = b;
    for (Course *c : {&x, &y}) {
        c->id = 0;
        c->rowVersion = 0;
        c->createdBy.clear();
        c->updatedBy.clear();
        c->createdAt = {};
        c->updatedAt = {};
    }
    return x == y;
}

} // namespace mcs

#pragma once
// Small builders for Table 4 test data.
#include "table4.h"

#include <initializer_list>

namespace mcs::test {

struct Act
{
    Activity a;
    Act(const char *type, double quantity)
    {
        a.type = QString::fromLatin1(type);
        a.quantity = quantity;
    }
    Act &rate(double r) { a.rate = r; return *this; }
    Act &mode(DeliveryMode m) { a.mode = m; return *this; }
    Act &clos(std::initializer_list<const char *> codes)
    {
        for (const char *c : codes)
            a.clos.append(QString::fromLatin1(c));
        return *this;
    }
    Act &kind(AssessmentKind k) { a.assessment = k; return *this; }
    Act &weight(double w) { a.weight = w; return *this; }
    Act &continuous(double w) { return kind(AssessmentKind::Continuous).weight(w); }
    Act &final(double w) { return kind(AssessmentKind::Final).weight(w); }
    operator Activity() const { return a; }
};

inline LearningUnit unit(int number, const char *title, std::initializer_list<Activity> activities)
{
    LearningUnit u;
    u.number = number;
    u.title = QString::fromUtf8(title);
    for (const Activity &a : activities)
        u.activities.append(a);
    return u;
}

inline Table4 table(std::initializer_list<LearningUnit> units)
{
    Table4 t;
    for (const LearningUnit &u : units)
        t.units.append(u);
    return t;
}

} // namespace mcs::test

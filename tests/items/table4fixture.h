#pragma once

#include "course.h"

// A small course whose Table 4 totals are easy to compute by hand (2.2 defaults in comments).
namespace mcs::test {

inline Activity act(const char *type, double quantity, std::optional<double> rate = std::nullopt,
                    DeliveryMode mode = DeliveryMode::OnlineAsync, AssessmentKind kind = AssessmentKind::None,
                    std::optional<double> weight = std::nullopt, QStringList clos = {})
{
    Activity a;
    a.type = QString::fromLatin1(type);
    a.quantity = quantity;
    a.rate = rate;
    a.mode = mode;
    a.assessment = kind;
    a.weight = weight;
    a.clos = clos;
    return a;
}

// Unit 1 "Intro": 10 slides at 7.5 = 75 min (physical), 30 min video at 3 = 90 min (sync).
// Unit 2 "Charts": 20 MCQ at 4 = 80 min (continuous 40%), 12 pages reading at 7.5 = 90 min.
// Total 335 min = 5.58333 h.
inline Course table4Course()
{
    Course c;
    c.code = QStringLiteral("TST101MC");
    c.title = QStringLiteral("Micro-Credential in Testing");
    c.delivery = CourseDelivery::Sbl;
    c.clos = {{QStringLiteral("CLO1"), QStringLiteral("Explain."), QStringLiteral("cognitive"), QStringLiteral("C2")},
              {QStringLiteral("CLO2"), QStringLiteral("Build."), QStringLiteral("psychomotor"), QStringLiteral("P3")}};
    c.table4.rateTableVersion = 1;
    const QStringList clo1{QStringLiteral("CLO1")};
    c.table4.units = {
        {1, QStringLiteral("Intro"),
         {act("slide", 10, std::nullopt, DeliveryMode::Physical, AssessmentKind::None, std::nullopt, clo1),
          act("video", 30, 3, DeliveryMode::OnlineSync, AssessmentKind::None, std::nullopt, clo1)}},
        {2, QStringLiteral("Charts"),
         {act("quiz_mcq", 20, std::nullopt, DeliveryMode::OnlineAsync, AssessmentKind::Continuous, 40,
              {QStringLiteral("CLO1"), QStringLiteral("CLO2")}),
          act("reading", 12)}},
    };
    return c;
}

} // namespace mcs::test

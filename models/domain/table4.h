#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace mcs {

// Where an activity's learning time is spent (Table 4 columns: physical, online synchronous,
// independent/online asynchronous).
enum class DeliveryMode { Physical, OnlineSync, OnlineAsync };

// How an activity counts towards the grade (1.5 f, 2.3). None = not graded.
enum class AssessmentKind { None, Formative, Continuous, Final };

QString deliveryModeKey(DeliveryMode mode);            // "physical", "online_sync", "online_async"
bool deliveryModeFromKey(const QString &key, DeliveryMode *mode);
QString assessmentKindKey(AssessmentKind kind);        // "", "formative", "continuous", "final"
bool assessmentKindFromKey(const QString &key, AssessmentKind *kind);

// One row of Table 4: a delivery material or assessment with its quantity (2.2).
struct Activity
{
    QString type;                  // rate-table key: "slide", "video", "quiz_mcq", "self_study", ...
    double quantity = 0;           // in the type's unit (slides, minutes, pages, questions)
    std::optional<double> rate;    // chosen SLT minutes per unit; empty = the range's midpoint
    DeliveryMode mode = DeliveryMode::OnlineAsync;
    QStringList clos;              // CLO codes this activity serves
    AssessmentKind assessment = AssessmentKind::None;
    std::optional<double> weight;  // percent of the final grade, for continuous/final

    bool operator==(const Activity &o) const
    {
        return type == o.type && quantity == o.quantity && rate == o.rate && mode == o.mode
            && clos == o.clos && assessment == o.assessment && weight == o.weight;
    }
    bool operator!=(const Activity &o) const { return !(*this == o); }
};

// A week or topic of Table 4.
struct LearningUnit
{
    int number = 0;
    QString title;
    QVector<Activity> activities;

    bool operator==(const LearningUnit &o) const
    {
        return number == o.number && title == o.title && activities == o.activities;
    }
    bool operator!=(const LearningUnit &o) const { return !(*this == o); }
};

// A course's Table 4 (curriculum structure) and the rate-table version it was computed with.
struct Table4
{
    int rateTableVersion = 0;
    QVector<LearningUnit> units;

    bool operator==(const Table4 &o) const
    {
        return rateTableVersion == o.rateTableVersion && units == o.units;
    }
    bool operator!=(const Table4 &o) const { return !(*this == o); }
};

} // namespace mcs

// Every member is relocatable, so inserting into a unit's activity list moves memory in one block
// instead of move-constructing each later row.
Q_DECLARE_TYPEINFO(mcs::Activity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(mcs::LearningUnit, Q_RELOCATABLE_TYPE);

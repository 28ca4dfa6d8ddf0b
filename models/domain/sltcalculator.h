#pragma once

#include "ratetable.h"
#include "sltfinding.h"
#include "table4.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <array>

namespace mcs {

// The Student Learning Time calculator over one Table 4 (guideline 2.2, 2.3, 1.5 f; MQF 40 h per
// credit). It owns the table: edit it through setActivity / insertActivity / removeActivity (and
// the unit edits), then read any total. Every edit adjusts running sums by the old and new
// contribution of the one activity touched, so its cost does not grow with the table; a Qt item
// model can call an edit and read the totals after each one.
//
// Sums are kept in whole nano-minutes (integers), so any order of edits gives bit for bit the
// same totals as a full recompute; hours are reported unrounded (nano-minutes / 6e10).
class SltCalculator
{
public:
    explicit SltCalculator(RateTable rates);

    const RateTable &rates() const { return m_rates; }
    // Computes the same table with other rates (a rate-table upgrade) and recomputes everything;
    // the table's rateTableVersion becomes the new table's version.
    void setRates(RateTable rates);

    // Replaces the table and recomputes everything. The table's rateTableVersion is set to the
    // version of the rates it is now computed with.
    void setTable(Table4 table);
    const Table4 &table() const { return m_table; }

    int unitCount() const { return int(m_table.units.size()); }
    int activityCount(int unit) const { return int(m_table.units.at(unit).activities.size()); }
    int totalActivityCount() const { return m_activityCount; }
    const LearningUnit &unit(int unit) const { return m_table.units.at(unit); }
    const Activity &activity(int unit, int row) const { return m_table.units.at(unit).activities.at(row); }

    // Edits. Indexes must be valid (0 <= row <= activityCount for insert).
    void insertUnit(int index, LearningUnit unit);
    void removeUnit(int index);
    void setUnitHeader(int index, int number, const QString &title);
    void setActivity(int unit, int row, Activity activity);
    void insertActivity(int unit, int row, Activity activity);
    void removeActivity(int unit, int row);

    // Per activity and unit, in hours.
    double activityHours(int unit, int row) const;
    double unitHours(int unit) const;
    double unitModeHours(int unit, DeliveryMode mode) const;
    int unitAssessmentCount(int unit) const; // activities that are assessments (isAssessment)

    // Whole table, in hours, unrounded.
    double totalHours() const;
    double minHours() const; // every rated activity at its range's lower bound (2.2)
    double maxHours() const; // ... at its upper bound; fixed-rate and "other" at their planned value
    double deliveryHours() const;
    double assessmentHours() const;
    double modeHours(DeliveryMode mode) const;
    QStringList clos() const; // CLO codes in natural order (CLO2 before CLO10)
    double cloHours(const QString &clo) const; // shares of the activities tagged with it
    double credits() const;           // total hours / 40 (MQF)
    double claimableCredits() const;  // stand-alone MC: 0 below 40 h, else 1 + 0.5 per whole 20 h above
    double onlineShare() const;       // percent of total SLT online (sync + async); 0 for an empty table
    double assessmentWeightTotal() const; // sum of every weight given, in percent

    // An activity is an assessment when its type is in 2.2's assessment table or it has an
    // assessment kind (a graded forum counts).
    bool isAssessment(const Activity &activity) const;
    std::optional<double> plannedRate(const Activity &activity) const { return m_rates.plannedRate(activity); }

    // Findings. The counts are kept by the running sums; the lists are built on request, in the
    // table's order: each unit's activity findings, then the unit's own, then the table's.
    int errorCount() const;
    int warningCount() const;
    int findingCount(SltRule rule) const;
    QVector<SltFinding> findings() const;
    QVector<SltFinding> activityFindings(int unit, int row) const;

private:
    __extension__ typedef __int128 Fixed; // nano-minutes (or nano-percent for weights)

    struct Contribution
    {
        Fixed planned = 0;
        Fixed low = 0;
        Fixed high = 0;
        Fixed weight = 0;
        bool assessment = false;
        unsigned flags = 0; // ActivityFlag bits
    };
    struct UnitSums
    {
        Fixed planned = 0;
        std::array<Fixed, 3> modes{};
        int assessments = 0;
    };
    struct CloSum
    {
        Fixed planned = 0;
        int activities = 0;
    };

    Contribution contributionOf(const Activity &activity) const;
    void apply(int unit, const Activity &activity, int sign);
    void addUnitSums(int index);
    void appendActivityFindings(int unit, int row, QVector<SltFinding> *out) const;
    void appendUnitFindings(int unit, QVector<SltFinding> *out) const;
    void appendTableFindings(QVector<SltFinding> *out) const;
    void reset();

    RateTable m_rates;
    Table4 m_table;
    QVector<UnitSums> m_units;
    QHash<QString, CloSum> m_clos;
    Fixed m_planned = 0;
    Fixed m_low = 0;
    Fixed m_high = 0;
    Fixed m_assessment = 0;
    Fixed m_weight = 0;
    std::array<Fixed, 3> m_modes{};
    int m_activityCount = 0;
    int m_continuous = 0;
    int m_final = 0;
    int m_unitsWithoutAssessment = 0;
    std::array<int, 16> m_ruleCounts{}; // per-activity findings, by SltRule
};

} // namespace mcs

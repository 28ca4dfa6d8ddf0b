#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace mcs {

struct Activity;

// How an activity type's SLT minutes per unit are set.
enum class RateKind {
    Ranged,   // 2.2: the developer picks a rate inside [min, max]; default the midpoint
    Fixed,    // a fixed rate (self_study: 1 minute per minute of independent learning)
    Required, // no guideline range ("other"): the developer must give the rate
};

// One activity type of the rate table (2.2), e.g. slide: 5-10 SLT minutes per slide.
struct ActivityRate
{
    QString key;   // "slide", "quiz_mcq", ... as used in files and on the command line
    QString label; // "Quiz (MCQ)"
    QString unit;  // what the quantity counts: "slide", "minute", "page", "question", "unit"
    RateKind kind = RateKind::Ranged;
    double min = 0; // SLT minutes per unit; for Fixed both hold the fixed rate; 0 for Required
    double max = 0;
    bool assessment = false; // 2.2's assessment table (quiz_mcq .. exam_long)
    // Ranged only: the default a CFLEX officer set inside [min, max]; none = the midpoint.
    std::optional<double> preferred;

    // The rate used when the developer chooses none: the preferred rate or the range's midpoint,
    // the fixed rate, or nothing for Required.
    std::optional<double> defaultRate() const;
    bool hasRange() const { return kind != RateKind::Required; }

    // Why an edited rate cannot go into a new table version, translated; empty when it can:
    // rates above 0 and min <= default <= max (2.2: the developer chooses inside the range).
    QString editProblem() const;

    bool operator==(const ActivityRate &o) const;
    bool operator!=(const ActivityRate &o) const { return !(*this == o); }
};

// The versioned SLT rate table. The data lives in resources/slt/rates-v<N>.json; the domain
// only parses bytes (it does no file I/O).
class RateTable
{
public:
    RateTable() = default;

    // Parses and checks the JSON rate table; on failure returns nothing and sets *error.
    static std::optional<RateTable> fromJson(const QByteArray &json, QString *error = nullptr);
    // The same JSON the parser reads (resources/slt/rates-v1.json's layout): fromJson(toJson())
    // gives an equal table.
    QByteArray toJson() const;

    // A new version of this table with edited rates (same types, same order): the rates are
    // checked with ActivityRate::editProblem; on failure returns nothing and sets *error.
    std::optional<RateTable> newVersion(int version, const QVector<ActivityRate> &rates, QString *error = nullptr) const;
    QString source() const { return m_source; } // where the figures come from, for people

    bool operator==(const RateTable &o) const;
    bool operator!=(const RateTable &o) const { return !(*this == o); }

    int version() const { return m_version; }
    bool isEmpty() const { return m_rates.isEmpty(); }
    const QVector<ActivityRate> &rates() const { return m_rates; } // in the file's order
    QStringList keys() const;
    const ActivityRate *find(const QString &key) const; // nullptr for an unknown key

    // The planned rate of an activity: its chosen rate, else the type's default; nothing for an
    // unknown type or an "other" activity without a rate.
    std::optional<double> plannedRate(const Activity &activity) const;

private:
    int m_version = 0;
    QString m_source;
    QVector<ActivityRate> m_rates;
    QHash<QString, int> m_index;
};

// Texts of the rate table in the interface's language. The file keeps English labels and units
// (they are keys in CSV and TSV input too); the built-in ones are in the translation catalogue.
QString rateLabel(const ActivityRate &rate);
// "slide"/"slides", "minute"/"minutes", ...; an unknown unit is returned as written.
QString rateUnitName(const QString &unit, bool plural);

} // namespace mcs

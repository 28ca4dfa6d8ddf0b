#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace mcs {

// One run (cohort) of a course for learners (3): when, where and in which language.
struct Offering
{
    qint64 id = 0;
    qint64 courseId = 0;
    QString name; // "2026/2027 Semester 1 cohort"
    QDate startDate;
    QDate endDate;
    QString platform; // "UNIMAS eLEAP", "OpenLearning", ...
    QString language;

    bool operator==(const Offering &o) const;
    bool operator!=(const Offering &o) const { return !(*this == o); }
};

// A person who takes MCs. A Malaysian learner carries an NRIC (YYMMDD-PB-###G); an international
// learner a passport number and nationality instead (Appendix 1 "NRIC").
struct Learner
{
    qint64 id = 0;
    QString name;
    QString nric;       // empty for international learners
    QString passportNo; // empty for Malaysians
    QString nationality;
    QString email;

    bool isInternational() const { return nric.isEmpty(); }
    bool operator==(const Learner &o) const;
    bool operator!=(const Learner &o) const { return !(*this == o); }
};

// Where a learner's result stands (3, 4): graded by the instructor, endorsed by committees,
// confirmed by Senate.
enum class ResultStatus { Enrolled, Pass, Fail, Withdrawn };
QString resultStatusKey(ResultStatus status); // "enrolled", "pass", "fail", "withdrawn"
bool resultStatusFromKey(const QString &key, ResultStatus *status);

// A learner in an offering with the result. A statement may be issued only once the result
// carries a Senate approval date.
struct Enrolment
{
    qint64 id = 0;
    qint64 offeringId = 0;
    qint64 learnerId = 0;
    std::optional<double> marks; // 0..100
    QString grade;               // "A", "B+", ...
    ResultStatus result = ResultStatus::Enrolled;
    QDate senateApprovedOn;      // null until Senate confirms

    bool isSenateApproved() const { return senateApprovedOn.isValid(); }
    bool operator==(const Enrolment &o) const;
    bool operator!=(const Enrolment &o) const { return !(*this == o); }
};

} // namespace mcs

#pragma once

#include "attachment.h"
#include "coursesummary.h"
#include "milestone.h"
#include "table4.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace mcs {

// How the course is delivered as a whole (1.5 a). SBL: 30-79% of SLT online for a course that is
// conventional in origin.
enum class CourseDelivery { Odl, Conventional, Blended, Sbl };
QString courseDeliveryKey(CourseDelivery delivery); // "odl", "conventional", "blended", "sbl"
bool courseDeliveryFromKey(const QString &key, CourseDelivery *delivery);
QString courseDeliveryName(CourseDelivery delivery);

// Category of 1.6: 1 for an accredited course turned MC, 3 for stand-alone (2 is not used here).
int categoryOfKind(CourseKind kind);

// A lecturer on the course team (2.1 "lecturers involved").
struct Lecturer
{
    QString name;
    QString staffId;
    QString email;
    QString role; // role in the course: "Course coordinator", "Content developer", ...

    bool operator==(const Lecturer &o) const;
    bool operator!=(const Lecturer &o) const { return !(*this == o); }
};

// A course learning outcome (5.1): an action verb with criteria and conditions, classified by
// taxonomy domain ("cognitive", "psychomotor", "affective") and level (e.g. "C3").
struct Clo
{
    QString code; // "CLO1"
    QString statement;
    QString domain;
    QString level;

    bool operator==(const Clo &o) const;
    bool operator!=(const Clo &o) const { return !(*this == o); }
};

// One line of the assessment method (1.5 f, 2.3): continuous and final weights total 100%.
struct AssessmentComponent
{
    enum class Kind { Continuous, Final };
    QString name;
    Kind kind = Kind::Continuous;
    double weight = 0; // percent

    bool operator==(const AssessmentComponent &o) const;
    bool operator!=(const AssessmentComponent &o) const { return !(*this == o); }
};
QString assessmentComponentKindKey(AssessmentComponent::Kind kind); // "continuous", "final"
bool assessmentComponentKindFromKey(const QString &key, AssessmentComponent::Kind *kind);

// Market survey and analysis of a stand-alone MC (2.1; at least 30 respondents, 5.2).
struct MarketSurvey
{
    int respondents = 0;
    QString analysis;
    std::optional<Attachment> attachment; // the survey's raw results

    bool operator==(const MarketSurvey &o) const;
    bool operator!=(const MarketSurvey &o) const { return !(*this == o); }
};

// The MC proposal: the application form (2.1), its Table 4, milestones (Table 3) and bookkeeping.
// A plain value: loading, saving and conflicts are the storage layer's business.
struct Course
{
    qint64 id = 0; // 0 = never saved
    QString code;  // TMN4031MC, TMN4031MCA, MC001, MCV001 (1.5 e)
    QString title; // "Micro-Credential in ..."
    CourseKind kind = CourseKind::StandAlone;
    int category() const { return categoryOfKind(kind); }
    QString originalCourseCode; // category 1 only
    QString originalCourseName;
    QString faculty; // faculty or PTj
    int mqfLevel = 0; // MQF level 1..8; never Foundation
    double creditValue = 0; // declared credits (1 credit = 40 h SLT)
    CourseDelivery delivery = CourseDelivery::Odl;
    QString language;
    QString studySession; // "Semester 1 2026/2027"
    QString offerPeriod;
    qint64 feeSen = 0; // fee in sen (MYR 1 = 100 sen)
    QString entryRequirements;
    QString synopsis;
    QString justification;
    MarketSurvey marketSurvey;
    QString learnerCommitment;
    QString promotion;
    QString continuousImprovement;
    QString qualityAssurance; // "MQA accredited", "Industry endorsed", ...
    ApprovalStatus status = ApprovalStatus::Draft;
    // 1.5 i: a hands-on nature that may not suit online delivery, declared by the developer.
    bool labIntensive = false; // intensive use of equipment or laboratories
    bool clinical = false;     // extensive demonstration and clinical training
    bool practicum = false;    // industrial training, internship, fieldwork or other substantial hands-on work
    // 1.5 g: the professional body over the field ("Board of Engineers Malaysia"), empty when none.
    QString professionalBody;

    QVector<Lecturer> lecturers;
    QVector<Clo> clos;
    QVector<AssessmentComponent> assessment;
    Table4 table4;
    MilestoneList milestones;
    QVector<Attachment> attachments; // other documents of the proposal

    // Optimistic concurrency: the version this copy was loaded at; the store bumps it per save.
    qint64 rowVersion = 0;
    QString createdBy;
    QDateTime createdAt;
    QString updatedBy;
    QDateTime updatedAt;

    CourseSummary summary(int progressPercent = 0) const;
    bool operator==(const Course &o) const;
    bool operator!=(const Course &o) const { return !(*this == o); }
};

} // namespace mcs

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace mcs {

// Everything printed on a Malaysian Micro-credential Statement (domain.md "Malaysian
// Micro-credential Statement", guideline Appendix 1), already resolved from the course, the
// offering and the learner. Renderers and token builders read only this.
struct StatementData
{
    QString serial;                 // unique per institution, e.g. UNIMAS-MC-2026-000123
    QString learnerName;
    QString learnerId;              // NRIC (masked or full, as the issuer decides) or passport number
    QString learnerIdLabel;         // "NRIC" or "Passport (Indonesia)"
    QString courseCode;
    QString courseName;             // "Micro-Credential in ..."
    QString programme;              // course origin: the accredited programme, or "Stand-alone"
    QString institutionName;
    QString institutionStatus;      // e.g. "Public university (self-accrediting)"
    QString language;               // of instruction / examination
    QString delivery;               // e.g. "Online (ODL)"
    QString modeOfStudy;            // e.g. "Part-time, self-paced"
    QString courseLevel;            // MQF level, e.g. "MQF Level 6 (Bachelor)"
    double creditHours = 0;         // credit value
    double learningHours = 0;       // notional SLT in hours
    QString duration;               // e.g. "8 weeks (1 June 2026 – 26 July 2026)"
    QString enrolmentRequirements;
    QStringList learningOutcomes;   // "CLO1: Explain ..."
    double formativePercent = 0;    // continuous
    double summativePercent = 0;    // final
    QString grade;                  // e.g. "A-"
    QString qualityAssurance;       // e.g. "MQA accredited (MQA/FA1234)"
    QDate awardedOn;                // date of the official stamp / seal (Senate approval)
    QString signatoryName;
    QString signatoryTitle;
    QString verificationContact;    // e.g. "cflex@unimas.my, +60 82-581 000"
    QString verificationUrl;        // encoded in the QR code
};

} // namespace mcs

#pragma once

#include "statementdata.h"

namespace mcs {

struct Course;
struct Offering;
struct Learner;
struct Enrolment;
struct IssuerSettings;

// Fills every field of Appendix 1 (domain.md "Malaysian Micro-credential Statement") from the
// course, the offering, the learner's result and the issuer's settings. The serial and the
// verification URL are the issuer's to set.
StatementData composeStatement(const Course &course, const Offering &offering, const Learner &learner,
                               const Enrolment &enrolment, const IssuerSettings &issuer);

// "MQF Level 6 (Bachelor's degree)".
QString mqfLevelText(int level);

} // namespace mcs

#pragma once

#include "compliancerule.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace mcs {

// The findings of the application-form checks as `mcstudio-cli check` prints them.
//
// JSON (a contract with scripts outside): {"findings":[{"rule","severity","section","field",
// "message"}]}, in complianceRules() order. "field" is the place at fault as a stable key: a
// CourseField key ("code"), a record list ("assessment", "table4", "lecturers") or a record row
// ("clos[2]"); null when the finding is about the course as a whole.
QByteArray complianceFindingsJson(const QVector<ComplianceFinding> &findings);

// One line per finding (severity, section, field, message) and a count line.
QString complianceFindingsText(const QVector<ComplianceFinding> &findings, const QString &courseCode);

} // namespace mcs

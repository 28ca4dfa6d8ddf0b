#pragma once

#include "course.h"
#include "coursefield.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

namespace mcs {

class SltCalculator;

// How bad a compliance finding is: an error stops the submission, a warning asks for a second
// look, a reminder points at something to do outside the form.
enum class ComplianceSeverity { Error, Warning, Reminder };
QString complianceSeverityKey(ComplianceSeverity severity); // "error", "warning", "reminder"
QString complianceSeverityName(ComplianceSeverity severity); // translated

// The part of the course a finding points at, when it is not one scalar field.
enum class ComplianceRecord { None, Lecturers, Clos, Assessment, Table4 };

// One finding of the application-form checks: which rule, how bad, which guideline section says
// so, where (a field or a record row), and in plain words.
struct ComplianceFinding
{
    QString rule;     // stable id, e.g. "code_format" (a contract: the command line's JSON uses it)
    ComplianceSeverity severity = ComplianceSeverity::Error;
    QString section;  // guideline section, e.g. "1.5 e"
    std::optional<CourseField> field;
    ComplianceRecord record = ComplianceRecord::None;
    int row = -1;     // index into the record list, -1 for the whole list
    QString message;

    bool isError() const { return severity == ComplianceSeverity::Error; }
    // "code", "clos[1]", "assessment", "table4" or "" : the place as a stable key.
    QString placeKey() const;
};

// What the checks need beyond the course itself.
struct ComplianceContext
{
    QStringList accreditedProgrammeNames; // qualification names an MC title must not equal (settings)
    QStringList bloomVerbs;               // lower-case action verbs a CLO may start with
};

// One rule of the guideline: an id, its severity and section, and the check. Data, not code
// paths: the editor's panel and the command line iterate over complianceRules().
struct ComplianceRule
{
    QString id;
    ComplianceSeverity severity;
    QString section;
    // Appends zero or more findings (rule/severity/section are filled in by checkCompliance).
    std::function<void(const Course &course, const SltCalculator &slt, const ComplianceContext &context,
                       QVector<ComplianceFinding> *out)>
        check;
};

// Every rule, in the order findings are reported.
const QVector<ComplianceRule> &complianceRules();

// Runs every rule. `slt` holds the course's Table 4 (course.table4 is ignored, so an open
// document's calculator can be passed as it is).
QVector<ComplianceFinding> checkCompliance(const Course &course, const SltCalculator &slt,
                                           const ComplianceContext &context);

// The fields the application form asks for a course of this kind (2.1, domain.md "Application
// form fields"); the required-fields rule checks these.
QVector<CourseField> applicationFormFields(CourseKind kind);
QVector<CourseField> requiredFormFields(CourseKind kind);

// The Bloom's-taxonomy verb list compiled into the program (resources/compliance/bloom-verbs.txt).
const QStringList &builtinBloomVerbs();

} // namespace mcs

#include "statementcontent.h"

#include "builtinrates.h"
#include "course.h"
#include "issuersettings.h"
#include "nric.h"
#include "offering.h"
#include "sltcalculator.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace mcs {
namespace {

// lupdate files these strings under mcs::StatementContent, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StatementContent)
};

// The statement is an English document: dates in English whatever the officer's locale.
QString longDate(const QDate &d)
{
    return QLocale(QLocale::English, QLocale::Malaysia).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString programmeOf(const Course &c)
{
    if (c.kind == CourseKind::AccreditedCourse) {
        const QString origin = QStringLiteral("%1 %2").arg(c.originalCourseCode, c.originalCourseName).trimmed();
        return origin.isEmpty() ? Tr::tr("Course of an accredited programme")
                                : Tr::tr("%1 (course of an accredited programme)").arg(origin);
    }
    if (c.kind == CourseKind::StandAloneQvc)
        return Tr::tr("Stand-alone micro-credential, quality-verified");
    return Tr::tr("Stand-alone micro-credential");
}

QString qualityAssuranceOf(const Course &c)
{
    if (!c.qualityAssurance.trimmed().isEmpty())
        return c.qualityAssurance.trimmed();
    // 1.6: category 1 rides on the programme's MQA accreditation; QVC verification for MCVnnn.
    switch (c.kind) {
    case CourseKind::AccreditedCourse: return Tr::tr("MQA accredited programme");
    case CourseKind::StandAloneQvc: return Tr::tr("Verified by a quality verification committee (QVC)");
    case CourseKind::StandAlone: break;
    }
    return Tr::tr("Approved by the University Senate");
}

QString durationOf(const Offering &o)
{
    if (!o.startDate.isValid() || !o.endDate.isValid())
        return {};
    const qint64 days = o.startDate.daysTo(o.endDate) + 1;
    const int weeks = int(std::lround(days / 7.0));
    const QString span = weeks <= 1 ? Tr::tr("1 week") : Tr::tr("%1 weeks").arg(weeks);
    return Tr::tr("%1 (%2 – %3)").arg(span, longDate(o.startDate), longDate(o.endDate));
}

} // namespace

QString mqfLevelText(int level)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Skills Certificate"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Skills Certificate"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Certificate"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Diploma"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Advanced Diploma"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Bachelor's degree"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Master's degree"),
        QT_TRANSLATE_NOOP("mcs::StatementContent", "Doctoral degree"),
    };
    if (level < 1 || level > 8)
        return Tr::tr("MQF Level %1").arg(level);
    return Tr::tr("MQF Level %1 (%2)").arg(level).arg(Tr::tr(names[level - 1]));
}

StatementData composeStatement(const Course &c, const Offering &o, const Learner &l, const Enrolment &e,
                               const IssuerSettings &issuer)
{
    StatementData s;
    s.learnerName = l.name;
    if (l.isInternational()) {
        s.learnerId = l.passportNo;
        s.learnerIdLabel = l.nationality.isEmpty() ? Tr::tr("Passport") : Tr::tr("Passport (%1)").arg(l.nationality);
    } else {
        s.learnerId = issuer.fullIdOnStatement ? l.nric : maskNric(l.nric);
        s.learnerIdLabel = Tr::tr("NRIC");
    }
    s.courseCode = c.code;
    s.courseName = c.title;
    s.programme = programmeOf(c);
    s.institutionName = issuer.institutionName;
    s.institutionStatus = issuer.institutionStatus;
    s.language = o.language.isEmpty() ? c.language : o.language;
    s.delivery = courseDeliveryName(c.delivery);
    s.modeOfStudy = o.platform.isEmpty() ? Tr::tr("Part-time") : Tr::tr("Part-time, on %1").arg(o.platform);
    s.courseLevel = mqfLevelText(c.mqfLevel);
    s.creditHours = c.creditValue;
    // The notional SLT that the credits stand for (MQF: 1 credit = 40 h), so the two printed
    // figures always agree; Table 4's planned total only when no credit value is declared.
    s.learningHours = c.creditValue * 40;
    if (s.learningHours <= 0 && !c.table4.units.isEmpty()) {
        SltCalculator slt(builtinRateTable());
        slt.setTable(c.table4);
        s.learningHours = std::round(slt.totalHours() * 10) / 10;
    }
    s.duration = durationOf(o);
    s.enrolmentRequirements = c.entryRequirements;
    for (const Clo &clo : c.clos)
        s.learningOutcomes << QStringLiteral("%1: %2").arg(clo.code, clo.statement.trimmed());
    for (const AssessmentComponent &a : c.assessment)
        (a.kind == AssessmentComponent::Kind::Continuous ? s.formativePercent : s.summativePercent) += a.weight;
    s.grade = e.grade;
    s.qualityAssurance = qualityAssuranceOf(c);
    s.awardedOn = e.senateApprovedOn;
    s.signatoryName = issuer.signatoryName;
    s.signatoryTitle = issuer.signatoryTitle;
    s.verificationContact = issuer.verificationContact;
    return s;
}

} // namespace mcs

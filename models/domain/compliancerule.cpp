#include "compliancerule.h"

#include "sltcalculator.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cmath>

// The verb list lives in the mcs_resources static library (see builtinrates.cpp).
static void initComplianceResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Compliance)
};

QString number(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 1);
}

ComplianceFinding at(CourseField field, const QString &message)
{
    ComplianceFinding f;
    f.field = field;
    f.message = message;
    return f;
}

ComplianceFinding atRecord(ComplianceRecord record, int row, const QString &message)
{
    ComplianceFinding f;
    f.record = record;
    f.row = row;
    f.message = message;
    return f;
}

bool isStandAlone(CourseKind kind)
{
    return kind == CourseKind::StandAlone || kind == CourseKind::StandAloneQvc;
}

QString normalised(const QString &s)
{
    return s.simplified().toCaseFolded();
}

const QString &titlePrefix()
{
    static const QString prefix = QStringLiteral("Micro-Credential in ");
    return prefix;
}

// --- the rules --------------------------------------------------------------------------------

// 2.1: every field of the kind's form is filled; a team and at least one CLO.
void checkRequired(const Course &c, const SltCalculator &, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    for (CourseField field : requiredFormFields(c.kind)) {
        const QVariant v = courseFieldValue(c, field);
        const bool empty = field == CourseField::CreditValue ? v.toDouble() <= 0 : v.toString().trimmed().isEmpty();
        if (empty)
            out->append(at(field, Tr::tr("%1 is required.").arg(courseFieldLabel(field))));
    }
    if (c.lecturers.isEmpty())
        out->append(atRecord(ComplianceRecord::Lecturers, -1, Tr::tr("Name at least one lecturer involved.")));
    if (c.clos.isEmpty())
        out->append(atRecord(ComplianceRecord::Clos, -1, Tr::tr("State at least one course learning outcome.")));
}

// 1.5 e: whole course <original>MC, a part <original>MC<letter>, stand-alone MC<3 digits>,
// QVC-verified MCV<3 digits>.
void checkCodeFormat(const Course &c, const SltCalculator &, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    if (c.code.trimmed().isEmpty())
        return; // reported as a required field
    static const QRegularExpression accredited(QStringLiteral("^[A-Z]{2,6}[0-9]{3,5}MC[A-Z]?$"));
    static const QRegularExpression standAlone(QStringLiteral("^MC[0-9]{3}$"));
    static const QRegularExpression qvc(QStringLiteral("^MCV[0-9]{3}$"));
    switch (c.kind) {
    case CourseKind::AccreditedCourse:
        if (!accredited.match(c.code).hasMatch())
            out->append(at(CourseField::Code, Tr::tr("An MC made from an accredited course is coded <original code>MC, or "
                                                 "<original code>MCA, MCB, ... for the parts of a split course "
                                                 "(e.g. TMN4031MC); \"%1\" is not.").arg(c.code)));
        break;
    case CourseKind::StandAlone:
        if (!standAlone.match(c.code).hasMatch())
            out->append(at(CourseField::Code, Tr::tr("A stand-alone MC is coded MC and three digits (e.g. MC001); "
                                                 "\"%1\" is not.").arg(c.code)));
        break;
    case CourseKind::StandAloneQvc:
        if (!qvc.match(c.code).hasMatch())
            out->append(at(CourseField::Code, Tr::tr("A stand-alone MC verified by a QVC is coded MCV and three digits "
                                                 "(e.g. MCV001); \"%1\" is not.").arg(c.code)));
        break;
    }
}

// 1.5 e, category 1: the code is the original course code followed by MC (and a part letter).
void checkCodeDerived(const Course &c, const SltCalculator &, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    if (c.kind != CourseKind::AccreditedCourse || c.code.trimmed().isEmpty() || c.originalCourseCode.trimmed().isEmpty())
        return;
    const QString original = c.originalCourseCode.trimmed();
    static const QRegularExpression suffix(QStringLiteral("^MC[A-Z]?$"));
    if (!c.code.startsWith(original) || !suffix.match(c.code.mid(original.size())).hasMatch())
        out->append(at(CourseField::Code, Tr::tr("The code must derive from the original course code: %1MC, or %1MCA, "
                                             "%1MCB, ... for a split course.").arg(original)));
}

// domain.md "Categories and codes": title form "Micro-Credential in <title>".
void checkTitlePrefix(const Course &c, const SltCalculator &, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    const QString title = c.title.simplified();
    if (title.isEmpty())
        return;
    if (!title.startsWith(titlePrefix(), Qt::CaseInsensitive) || title.size() <= titlePrefix().size())
        out->append(at(CourseField::Title, Tr::tr("The title should read \"Micro-Credential in ...\".")));
}

// An MC's name must not equal an accredited programme's qualification name.
void checkTitleProgramme(const Course &c, const SltCalculator &, const ComplianceContext &ctx,
                         QVector<ComplianceFinding> *out)
{
    const QString title = normalised(c.title);
    if (title.isEmpty())
        return;
    QString bare = title;
    if (bare.startsWith(normalised(titlePrefix())))
        bare = bare.mid(normalised(titlePrefix()).size()).trimmed();
    for (const QString &programme : ctx.accreditedProgrammeNames) {
        const QString p = normalised(programme);
        if (!p.isEmpty() && (p == title || p == bare)) {
            out->append(at(CourseField::Title, Tr::tr("The title equals the accredited programme \"%1\"; an MC must be "
                                                  "named differently.").arg(programme.simplified())));
            return;
        }
    }
}

// 1.5 h: any MQF level except Foundation; the form offers levels 1 to 8 only.
void checkMqfLevel(const Course &c, const SltCalculator &, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    if (c.mqfLevel < 1 || c.mqfLevel > 8)
        out->append(at(CourseField::MqfLevel, Tr::tr("Choose the course's MQF level (1 to 8); Foundation programmes "
                                                 "cannot become micro-credentials.")));
}

// 1.5 f: assessment components total 100%, to the hundredth of a percent the message shows (three
// components of 33.333333333% total 100%; 33.33% each total 99.99%).
void checkAssessmentTotal(const Course &c, const SltCalculator &, const ComplianceContext &,
                          QVector<ComplianceFinding> *out)
{
    double total = 0;
    for (const AssessmentComponent &a : c.assessment)
        total += a.weight;
    const qint64 hundredths = std::llround(total * 100);
    if (hundredths != 10000) {
        QString shown = QString::number(hundredths / 100.0, 'f', 2);
        while (shown.endsWith(QLatin1Char('0')))
            shown.chop(1);
        if (shown.endsWith(QLatin1Char('.')))
            shown.chop(1);
        out->append(atRecord(ComplianceRecord::Assessment, -1,
                             Tr::tr("The assessment weights total %1%; they must total 100%.").arg(shown)));
    }
}

void checkAssessmentKinds(const Course &c, const SltCalculator &, const ComplianceContext &,
                          QVector<ComplianceFinding> *out, AssessmentComponent::Kind kind)
{
    for (const AssessmentComponent &a : c.assessment)
        if (a.kind == kind)
            return;
    out->append(atRecord(ComplianceRecord::Assessment, -1,
                         kind == AssessmentComponent::Kind::Continuous
                             ? Tr::tr("Add at least one continuous assessment component.")
                             : Tr::tr("Add at least one final assessment component.")));
}

// 2.3, 5.3: every CLO is assessed by a component naming it or a Table 4 assessment tagged with it.
void checkCloAssessed(const Course &c, const SltCalculator &slt, const ComplianceContext &,
                      QVector<ComplianceFinding> *out)
{
    for (int i = 0; i < c.clos.size(); ++i) {
        const QString code = c.clos.at(i).code.trimmed();
        if (code.isEmpty())
            continue;
        bool assessed = false;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(code)),
                                      QRegularExpression::CaseInsensitiveOption);
        for (const AssessmentComponent &a : c.assessment)
            assessed = assessed || word.match(a.name).hasMatch();
        for (const LearningUnit &unit : slt.table().units) {
            for (const Activity &a : unit.activities)
                assessed = assessed || (slt.isAssessment(a) && a.clos.contains(code, Qt::CaseInsensitive));
        }
        if (!assessed)
            out->append(atRecord(ComplianceRecord::Clos, i,
                                 Tr::tr("%1 is not assessed: tag a Table 4 assessment with it or name it in an "
                                    "assessment component.").arg(code)));
    }
}

// 5.1: a CLO opens with an action verb (Bloom's taxonomy).
void checkCloVerb(const Course &c, const SltCalculator &, const ComplianceContext &ctx, QVector<ComplianceFinding> *out)
{
    static const QRegularExpression firstWord(QStringLiteral("^\\W*([\\w-]+)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    for (int i = 0; i < c.clos.size(); ++i) {
        const Clo &clo = c.clos.at(i);
        const QString name = clo.code.trimmed().isEmpty() ? Tr::tr("CLO %1").arg(i + 1) : clo.code.trimmed();
        const auto m = firstWord.match(clo.statement);
        const QString verb = m.hasMatch() ? m.captured(1).toLower() : QString();
        if (verb.isEmpty())
            out->append(atRecord(ComplianceRecord::Clos, i, Tr::tr("%1 has no statement.").arg(name)));
        else if (!ctx.bloomVerbs.contains(verb))
            out->append(atRecord(ComplianceRecord::Clos, i,
                                 Tr::tr("%1 should start with an action verb (e.g. explain, apply, design); \"%2\" is not "
                                    "in the verb list.").arg(name, m.captured(1))));
    }
}

// 5.2: a stand-alone MC's market survey has at least 30 respondents.
void checkSurvey(const Course &c, const SltCalculator &, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    if (isStandAlone(c.kind) && c.marketSurvey.respondents < 30)
        out->append(at(CourseField::SurveyRespondents,
                       Tr::tr("The market survey has %1 respondent(s); a stand-alone MC needs at least 30.")
                           .arg(c.marketSurvey.respondents)));
}

// 1.5 a: SBL puts 30-79% of the SLT online.
void checkSblShare(const Course &c, const SltCalculator &slt, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    if (c.delivery != CourseDelivery::Sbl || slt.totalHours() <= 0)
        return;
    const double share = slt.onlineShare();
    if (share < 30 || share > 79)
        out->append(at(CourseField::Delivery, Tr::tr("Substitute Blended Learning puts 30% to 79% of the learning time "
                                                 "online; Table 4 has %1% online.").arg(number(share))));
}

// MQF: 1 credit = 40 h; the declared credit matches Table 4 within half a credit.
void checkCredit(const Course &c, const SltCalculator &slt, const ComplianceContext &, QVector<ComplianceFinding> *out)
{
    const double hours = slt.totalHours();
    if (hours <= 0 || c.creditValue <= 0)
        return;
    const double credits = hours / 40;
    if (std::abs(credits - c.creditValue) > 0.5 + 1e-9)
        out->append(at(CourseField::CreditValue, Tr::tr("The declared %1 credit(s) do not match Table 4: %2 h is %3 "
                                                    "credit(s) at 40 h per credit.")
                                                     .arg(number(c.creditValue), number(hours),
                                                          QString::number(credits, 'f', 2))));
}

void checkMinimumHours(const Course &, const SltCalculator &slt, const ComplianceContext &,
                       QVector<ComplianceFinding> *out)
{
    const double hours = slt.totalHours();
    if (hours < 40)
        out->append(atRecord(ComplianceRecord::Table4, -1,
                             Tr::tr("Table 4 totals %1 h; an MC needs at least 40 h of learning time (1 credit).")
                                 .arg(QString::number(hours, 'f', 1))));
}

// 1.5 i: courses that need intensive equipment or laboratories, clinical training, or industrial
// training, internship and fieldwork may not suit online delivery (the developer declares the nature).
void checkOnlineSuitability(const Course &c, const SltCalculator &, const ComplianceContext &,
                            QVector<ComplianceFinding> *out)
{
    if (c.delivery != CourseDelivery::Odl)
        return;
    QStringList natures;
    if (c.labIntensive)
        natures << Tr::tr("laboratory-intensive");
    if (c.clinical)
        natures << Tr::tr("clinical");
    if (c.practicum)
        natures << Tr::tr("practicum, internship or fieldwork");
    if (natures.isEmpty())
        return;
    out->append(at(CourseField::Delivery, Tr::tr("The course is marked %1: such courses may not suit fully online "
                                             "delivery; consider blended or conventional delivery.")
                                              .arg(natures.join(Tr::tr(" and ")))));
}

// 1.5 g: a course in a field under a professional body: consult that body and tell learners.
void checkProfessionalBody(const Course &c, const SltCalculator &, const ComplianceContext &,
                           QVector<ComplianceFinding> *out)
{
    const QString body = c.professionalBody.simplified();
    if (body.isEmpty())
        return;
    out->append(at(CourseField::ProfessionalBody,
                   Tr::tr("Consult %1 and tell learners the professional status of this MC and its future "
                      "recognition.").arg(body)));
}

} // namespace

QString complianceSeverityKey(ComplianceSeverity severity)
{
    switch (severity) {
    case ComplianceSeverity::Error: return QStringLiteral("error");
    case ComplianceSeverity::Warning: return QStringLiteral("warning");
    case ComplianceSeverity::Reminder: return QStringLiteral("reminder");
    }
    return QString();
}

QString complianceSeverityName(ComplianceSeverity severity)
{
    switch (severity) {
    case ComplianceSeverity::Error: return Tr::tr("Error");
    case ComplianceSeverity::Warning: return Tr::tr("Warning");
    case ComplianceSeverity::Reminder: return Tr::tr("Reminder");
    }
    return QString();
}

QString ComplianceFinding::placeKey() const
{
    if (field)
        return courseFieldKey(*field);
    QString list;
    switch (record) {
    case ComplianceRecord::None: return QString();
    case ComplianceRecord::Lecturers: list = QStringLiteral("lecturers"); break;
    case ComplianceRecord::Clos: list = QStringLiteral("clos"); break;
    case ComplianceRecord::Assessment: list = QStringLiteral("assessment"); break;
    case ComplianceRecord::Table4: list = QStringLiteral("table4"); break;
    }
    return row >= 0 ? QStringLiteral("%1[%2]").arg(list).arg(row) : list;
}

QVector<CourseField> applicationFormFields(CourseKind kind)
{
    QVector<CourseField> fields = {CourseField::Kind, CourseField::Code, CourseField::Title};
    if (kind == CourseKind::AccreditedCourse)
        fields << CourseField::OriginalCourseCode << CourseField::OriginalCourseName;
    fields << CourseField::Faculty << CourseField::Justification;
    if (isStandAlone(kind))
        fields << CourseField::SurveyRespondents << CourseField::SurveyAnalysis;
    fields << CourseField::EntryRequirements << CourseField::Synopsis << CourseField::StudySession
           << CourseField::Delivery << CourseField::LabIntensive << CourseField::Clinical << CourseField::Practicum
           << CourseField::Language << CourseField::MqfLevel << CourseField::CreditValue
           << CourseField::LearnerCommitment << CourseField::OfferPeriod << CourseField::FeeSen
           << CourseField::Promotion << CourseField::ContinuousImprovement << CourseField::QualityAssurance
           << CourseField::ProfessionalBody;
    return fields;
}

QVector<CourseField> requiredFormFields(CourseKind kind)
{
    QVector<CourseField> fields = {CourseField::Code, CourseField::Title};
    if (kind == CourseKind::AccreditedCourse)
        fields << CourseField::OriginalCourseCode << CourseField::OriginalCourseName;
    fields << CourseField::Faculty << CourseField::Justification;
    if (isStandAlone(kind))
        fields << CourseField::SurveyAnalysis; // the respondent count has its own rule (5.2)
    fields << CourseField::EntryRequirements << CourseField::Synopsis << CourseField::StudySession
           << CourseField::Language << CourseField::CreditValue << CourseField::LearnerCommitment
           << CourseField::OfferPeriod << CourseField::Promotion << CourseField::ContinuousImprovement;
    return fields;
}

const QVector<ComplianceRule> &complianceRules()
{
    using S = ComplianceSeverity;
    using namespace std::placeholders;
    static const QVector<ComplianceRule> rules = {
        {QStringLiteral("required_field"), S::Error, QStringLiteral("2.1"), checkRequired},
        {QStringLiteral("code_format"), S::Error, QStringLiteral("1.5 e"), checkCodeFormat},
        {QStringLiteral("code_derived"), S::Error, QStringLiteral("1.5 e"), checkCodeDerived},
        {QStringLiteral("title_prefix"), S::Warning, QStringLiteral("1.5 e"), checkTitlePrefix},
        {QStringLiteral("title_programme"), S::Error, QStringLiteral("1.5 e"), checkTitleProgramme},
        {QStringLiteral("mqf_level"), S::Error, QStringLiteral("1.5 h"), checkMqfLevel},
        {QStringLiteral("assessment_total"), S::Error, QStringLiteral("1.5 f"), checkAssessmentTotal},
        {QStringLiteral("assessment_continuous"), S::Error, QStringLiteral("1.5 f"),
         std::bind(checkAssessmentKinds, _1, _2, _3, _4, AssessmentComponent::Kind::Continuous)},
        {QStringLiteral("assessment_final"), S::Error, QStringLiteral("1.5 f"),
         std::bind(checkAssessmentKinds, _1, _2, _3, _4, AssessmentComponent::Kind::Final)},
        {QStringLiteral("clo_assessed"), S::Error, QStringLiteral("2.3"), checkCloAssessed},
        {QStringLiteral("clo_verb"), S::Warning, QStringLiteral("5.1"), checkCloVerb},
        {QStringLiteral("survey_respondents"), S::Error, QStringLiteral("5.2"), checkSurvey},
        {QStringLiteral("sbl_online_share"), S::Error, QStringLiteral("1.5 a"), checkSblShare},
        {QStringLiteral("credit_mismatch"), S::Error, QStringLiteral("2.2"), checkCredit},
        {QStringLiteral("table4_min_hours"), S::Error, QStringLiteral("2.2"), checkMinimumHours},
        {QStringLiteral("online_unsuitable"), S::Warning, QStringLiteral("1.5 i"), checkOnlineSuitability},
        {QStringLiteral("professional_body"), S::Reminder, QStringLiteral("1.5 g"), checkProfessionalBody},
    };
    return rules;
}

QVector<ComplianceFinding> checkCompliance(const Course &course, const SltCalculator &slt,
                                           const ComplianceContext &context)
{
    QVector<ComplianceFinding> all;
    for (const ComplianceRule &rule : complianceRules()) {
        QVector<ComplianceFinding> found;
        rule.check(course, slt, context, &found);
        for (ComplianceFinding &f : found) {
            f.rule = rule.id;
            f.severity = rule.severity;
            f.section = rule.section;
            all.append(std::move(f));
        }
    }
    return all;
}

const QStringList &builtinBloomVerbs()
{
    static const QStringList verbs = [] {
        initComplianceResources();
        QFile file(QStringLiteral(":/compliance/bloom-verbs.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in verb list :/compliance/bloom-verbs.txt: %s", qPrintable(file.errorString()));
        QStringList out;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString verb = line.trimmed().toLower();
            if (!verb.isEmpty() && !verb.startsWith(QLatin1Char('#')) && !out.contains(verb))
                out.append(verb);
        }
        return out;
    }();
    return verbs;
}

} // namespace mcs

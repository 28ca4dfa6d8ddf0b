#include "sltreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace mcs {

namespace {

// Translation context for lupdate and QCoreApplication::translate.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::SltReport)
};

// Shortest text that reads back as the same double; integers without a fraction.
QByteArray jsonNumber(double value)
{
    if (value == 0)
        return QByteArrayLiteral("0"); // also for -0
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip the [ ]
}

QVector<SltFinding> locatedFindings(const SltCalculator &calc, const Table4CsvLines *lines)
{
    QVector<SltFinding> findings = calc.findings();
    if (lines)
        lines->locate(&findings);
    return findings;
}

QString hours(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

QByteArray sltSummaryJson(const SltCalculator &calc, const Table4CsvLines *lines)
{
    QByteArray j;
    const auto field = [&j](const char *key, const QByteArray &value, bool last = false) {
        j += '"';
        j += key;
        j += "\":";
        j += value;
        if (!last)
            j += ',';
    };
    j += '{';
    field("total_hours", jsonNumber(calc.totalHours()));
    field("min_hours", jsonNumber(calc.minHours()));
    field("max_hours", jsonNumber(calc.maxHours()));
    field("credits", jsonNumber(calc.credits()));
    field("claimable_credits", jsonNumber(calc.claimableCredits()));
    field("delivery_hours", jsonNumber(calc.deliveryHours()));
    field("assessment_hours", jsonNumber(calc.assessmentHours()));
    field("online_share", jsonNumber(calc.onlineShare()));
    field("assessment_weight_total", jsonNumber(calc.assessmentWeightTotal()));

    QByteArray units = "[";
    for (int u = 0; u < calc.unitCount(); ++u) {
        if (u)
            units += ',';
        units += "{\"unit\":" + QByteArray::number(calc.unit(u).number) + ",\"topic\":" + jsonString(calc.unit(u).title)
            + ",\"hours\":" + jsonNumber(calc.unitHours(u))
            + ",\"assessments\":" + QByteArray::number(calc.unitAssessmentCount(u)) + '}';
    }
    field("units", units + ']');

    QByteArray clos = "{";
    const QStringList codes = calc.clos();
    for (const QString &code : codes) {
        if (clos.size() > 1)
            clos += ',';
        clos += jsonString(code) + ':' + jsonNumber(calc.cloHours(code));
    }
    field("clos", clos + '}');

    QByteArray modes = "{";
    for (DeliveryMode m : {DeliveryMode::Physical, DeliveryMode::OnlineSync, DeliveryMode::OnlineAsync}) {
        if (modes.size() > 1)
            modes += ',';
        modes += jsonString(deliveryModeKey(m)) + ':' + jsonNumber(calc.modeHours(m));
    }
    field("modes", modes + '}');

    QByteArray findings = "[";
    for (const SltFinding &f : locatedFindings(calc, lines)) {
        if (findings.size() > 1)
            findings += ',';
        findings += "{\"rule\":" + jsonString(f.ruleId()) + ",\"severity\":" + jsonString(sltSeverityKey(f.severity()))
            + ",\"message\":" + jsonString(f.message)
            + ",\"line\":" + (f.line > 0 ? QByteArray::number(f.line) : QByteArrayLiteral("null")) + '}';
    }
    field("findings", findings + ']', true);
    j += "}\n";
    return j;
}

QString sltSummaryText(const SltCalculator &calc, const Table4CsvLines *lines, const QString &source)
{
    QString t;
    const auto row = [&t](const QString &label, int labelWidth, const QStringList &cells, int cellWidth = 9) {
        t += QStringLiteral("  ") + label.leftJustified(labelWidth, QLatin1Char(' '), true);
        for (const QString &c : cells)
            t += c.rightJustified(cellWidth);
        t += QLatin1Char('\n');
    };

    t += Tr::tr("Student Learning Time: %1 (rate table version %2)\n\n").arg(source).arg(calc.rates().version());

    // Per unit.
    int topicWidth = 20;
    for (int u = 0; u < calc.unitCount(); ++u)
        topicWidth = std::max(topicWidth, int(calc.unit(u).title.size()));
    topicWidth = std::min(topicWidth, 40);
    const int unitLabel = 6 + topicWidth + 2;
    t += QStringLiteral("  ") + Tr::tr("Unit  Topic").leftJustified(unitLabel) + Tr::tr("Hours").rightJustified(10)
        + Tr::tr("Assessments").rightJustified(13) + QLatin1Char('\n');
    for (int u = 0; u < calc.unitCount(); ++u) {
        const LearningUnit &unit = calc.unit(u);
        const QString label = QString::number(unit.number).rightJustified(4) + QStringLiteral("  ") + unit.title;
        t += QStringLiteral("  ") + label.leftJustified(unitLabel, QLatin1Char(' '), true)
            + hours(calc.unitHours(u)).rightJustified(10)
            + QString::number(calc.unitAssessmentCount(u)).rightJustified(13) + QLatin1Char('\n');
    }
    row(Tr::tr("Total"), unitLabel, {hours(calc.totalHours())}, 10);

    // Per CLO and per mode.
    const QStringList codes = calc.clos();
    if (!codes.isEmpty()) {
        t += QLatin1Char('\n');
        row(Tr::tr("CLO"), 24, {Tr::tr("Hours")}, 10);
        for (const QString &code : codes)
            row(code, 24, {hours(calc.cloHours(code))}, 10);
    }
    t += QLatin1Char('\n');
    row(Tr::tr("Mode"), 24, {Tr::tr("Hours"), Tr::tr("Share")}, 10);
    const struct { DeliveryMode mode; QString label; } modes[] = {
        {DeliveryMode::Physical, Tr::tr("physical")},
        {DeliveryMode::OnlineSync, Tr::tr("online synchronous")},
        {DeliveryMode::OnlineAsync, Tr::tr("online asynchronous")},
    };
    for (const auto &m : modes) {
        const double h = calc.modeHours(m.mode);
        const double share = calc.totalHours() != 0 ? 100.0 * h / calc.totalHours() : 0.0;
        row(m.label, 24, {hours(h), QString::number(share, 'f', 1) + QLatin1Char('%')}, 10);
    }

    // Totals.
    t += QLatin1Char('\n');
    const int w = 36;
    const int v = 17;
    row(Tr::tr("Total SLT"), w, {hours(calc.totalHours()) + Tr::tr(" h")}, v);
    row(Tr::tr("Delivery"), w, {hours(calc.deliveryHours()) + Tr::tr(" h")}, v);
    row(Tr::tr("Assessment"), w, {hours(calc.assessmentHours()) + Tr::tr(" h")}, v);
    row(Tr::tr("Guideline band (2.2)"), w,
        {hours(calc.minHours()) + QStringLiteral(" - ") + hours(calc.maxHours()) + Tr::tr(" h")}, v);
    row(Tr::tr("Credits (total / 40 h)"), w, {QString::number(calc.credits(), 'f', 2)}, v);
    row(Tr::tr("Claimable credits (stand-alone MC)"), w, {QString::number(calc.claimableCredits(), 'g', 4)}, v);
    row(Tr::tr("Online share"), w, {QString::number(calc.onlineShare(), 'f', 1) + QLatin1Char('%')}, v);
    row(Tr::tr("Assessment weights"), w,
        {QString::number(calc.assessmentWeightTotal(), 'g', QLocale::FloatingPointShortest) + QLatin1Char('%')}, v);

    // Findings.
    const QVector<SltFinding> findings = locatedFindings(calc, lines);
    t += QLatin1Char('\n');
    if (findings.isEmpty()) {
        t += Tr::tr("No findings.\n");
        return t;
    }
    t += Tr::tr("Findings: %1 error(s), %2 warning(s)\n").arg(calc.errorCount()).arg(calc.warningCount());
    for (const SltFinding &f : findings) {
        const QString where = f.line > 0 ? Tr::tr("line %1").arg(f.line) : QString();
        t += QStringLiteral("  ") + where.leftJustified(10) + sltSeverityKey(f.severity()).leftJustified(9)
            + f.ruleId().leftJustified(25) + f.message + QLatin1Char('\n');
    }
    return t;
}

} // namespace mcs

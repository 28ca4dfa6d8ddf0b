#include "compliancereport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcs {

QByteArray complianceFindingsJson(const QVector<ComplianceFinding> &findings)
{
    QJsonArray array;
    for (const ComplianceFinding &f : findings) {
        const QString place = f.placeKey();
        array.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                 {QStringLiteral("severity"), complianceSeverityKey(f.severity)},
                                 {QStringLiteral("section"), f.section},
                                 {QStringLiteral("field"), place.isEmpty() ? QJsonValue() : QJsonValue(place)},
                                 {QStringLiteral("message"), f.message}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("findings"), array}}).toJson(QJsonDocument::Indented);
}

QString complianceFindingsText(const QVector<ComplianceFinding> &findings, const QString &courseCode)
{
    int counts[3] = {0, 0, 0};
    int placeWidth = 5;
    for (const ComplianceFinding &f : findings)
        placeWidth = qMax(placeWidth, int(f.placeKey().size()));
    QString out;
    for (const ComplianceFinding &f : findings) {
        ++counts[int(f.severity)];
        out += QStringLiteral("%1  %2  %3  %4  [%5]\n")
                   .arg(complianceSeverityKey(f.severity).leftJustified(8), f.section.leftJustified(5),
                        f.placeKey().leftJustified(placeWidth), f.message, f.rule);
    }
    out += QCoreApplication::translate("mcs::Compliance", "%1: %2 error(s), %3 warning(s), %4 reminder(s)\n")
               .arg(courseCode)
               .arg(counts[0])
               .arg(counts[1])
               .arg(counts[2]);
    return out;
}

} // namespace mcs

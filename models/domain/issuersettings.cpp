#include "issuersettings.h"

namespace mcs {
namespace {

struct Field
{
    const char *key;
    QString IssuerSettings::*member;
};

const Field kFields[] = {
    {"institution_name", &IssuerSettings::institutionName},
    {"institution_status", &IssuerSettings::institutionStatus},
    {"institution_url", &IssuerSettings::institutionUrl},
    {"contact_email", &IssuerSettings::contactEmail},
    {"verification_contact", &IssuerSettings::verificationContact},
    {"signatory_name", &IssuerSettings::signatoryName},
    {"signatory_title", &IssuerSettings::signatoryTitle},
    {"verification_base_url", &IssuerSettings::verificationBaseUrl},
    {"serial_pattern", &IssuerSettings::serialPattern},
};

} // namespace

QHash<QString, QString> IssuerSettings::toValues() const
{
    QHash<QString, QString> values;
    for (const Field &f : kFields)
        values.insert(QString::fromLatin1(f.key), this->*f.member);
    values.insert(QStringLiteral("full_id_on_statement"), fullIdOnStatement ? QStringLiteral("1") : QStringLiteral("0"));
    if (!logoPng.isEmpty())
        values.insert(QStringLiteral("logo_png"), QString::fromLatin1(logoPng.toBase64()));
    return values;
}

IssuerSettings IssuerSettings::fromValues(const QHash<QString, QString> &values)
{
    IssuerSettings s;
    for (const Field &f : kFields) {
        const auto it = values.constFind(QString::fromLatin1(f.key));
        if (it != values.constEnd())
            s.*f.member = it.value();
    }
    if (const auto it = values.constFind(QStringLiteral("full_id_on_statement")); it != values.constEnd())
        s.fullIdOnStatement = it.value() != QLatin1String("0");
    if (const auto it = values.constFind(QStringLiteral("logo_png")); it != values.constEnd())
        s.logoPng = QByteArray::fromBase64(it.value().toLatin1());
    return s;
}

} // namespace mcs

#include "issuersettings.h"

#include "serialpattern.h"

#include <QCoreApplication>
#include <QUrl>

namespace mcs {
namespace {

// lupdate files these strings under mcs::IssuerSettings, where the code looks them up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::IssuerSettings)
};

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

bool isEmailAddress(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    return at > 0 && at == t.lastIndexOf(QLatin1Char('@')) && at < t.size() - 1 && !t.contains(QLatin1Char(' '))
        && t.mid(at + 1).contains(QLatin1Char('.'));
}

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

QVector<IssuerSettingsProblem> IssuerSettings::problems() const
{
    QVector<IssuerSettingsProblem> found;
    auto add = [&found](const char *key, const QString &message) { found.append({QString::fromLatin1(key), message}); };
    // Appendix 1: the awarding institution's name, the signature and a contact for verification
    // are printed on every statement.
    if (institutionName.trimmed().isEmpty())
        add("institution_name", Tr::tr("the institution's name is printed on every statement; it cannot be empty"));
    // The badge's issuer profile is identified by this address (Open Badges 3.0).
    if (!isWebAddress(institutionUrl))
        add("institution_url", Tr::tr("write the institution's web address, starting with https://"));
    if (!isEmailAddress(contactEmail))
        add("contact_email", Tr::tr("write one e-mail address, such as cflex@unimas.my"));
    if (verificationContact.trimmed().isEmpty())
        add("verification_contact", Tr::tr("a statement names whom to contact to verify it; this cannot be empty"));
    if (signatoryName.trimmed().isEmpty())
        add("signatory_name", Tr::tr("the statement is signed in this name; it cannot be empty"));
    // The QR code carries <base>/<token>: a query or fragment would swallow the token.
    if (!isWebAddress(verificationBaseUrl))
        add("verification_base_url",
            Tr::tr("write a web address starting with https://, without ? or #: the QR code adds the signed token to it"));
    QString why;
    if (!SerialPattern(serialPattern).isValid(&why))
        add("serial_pattern", why);
    return found;
}

} // namespace mcs

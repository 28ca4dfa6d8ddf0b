#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace mcs {

// One setting that cannot be stored as it is: its key (as in IssuerSettings::toValues()) and why.
struct IssuerSettingsProblem
{
    QString key;
    QString message;
};

// What the issuing institution prints on every statement and badge (Appendix 1: awarding
// institution, signature, contact for verification) and how serials are formed. Kept in the
// database, so every officer issues with the same values.
struct IssuerSettings
{
    QString institutionName = QStringLiteral("Universiti Malaysia Sarawak");
    QString institutionStatus = QStringLiteral("Public university, self-accrediting");
    QString institutionUrl = QStringLiteral("https://www.unimas.my");
    QString contactEmail = QStringLiteral("cflex@unimas.my");
    QString verificationContact = QStringLiteral("cflex@unimas.my, +60 82-581 000");
    QString signatoryName = QStringLiteral("Director");
    QString signatoryTitle = QStringLiteral("Centre for Flexible Learning (CFLEX)");
    // The QR code carries <base>/<token>.
    QString verificationBaseUrl = QStringLiteral("https://verify.unimas.my/mms");
    QString serialPattern = QStringLiteral("UNIMAS-MC-{year}-{seq:6}");
    // Appendix 1 asks for the NRIC on the statement; an institution may print it masked instead.
    bool fullIdOnStatement = true;
    QByteArray logoPng; // optional

    // Stored as key/value text pairs; unknown keys are ignored, missing ones keep the defaults.
    QHash<QString, QString> toValues() const;
    static IssuerSettings fromValues(const QHash<QString, QString> &values);

    // What stands in the way of storing these settings, in the order of the fields above; empty
    // when they can be stored. The CLI and the Issuer Settings dialog both refuse on these.
    QVector<IssuerSettingsProblem> problems() const;

    bool operator==(const IssuerSettings &o) const { return toValues() == o.toValues(); }
    bool operator!=(const IssuerSettings &o) const { return !(*this == o); }
};

} // namespace mcs

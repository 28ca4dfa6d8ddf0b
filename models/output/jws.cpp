#include "jws.h"

#include "ed25519key.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mcs::jws {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Jws)
};

bool decodeJsonPart(const QString &part, QJsonObject *out)
{
    QByteArray raw;
    if (!fromBase64Url(part.toLatin1(), &raw))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

} // namespace

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool fromBase64Url(const QByteArray &text, QByteArray *out)
{
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return false;
    }
    if (text.size() % 4 == 1) // no base64 encoding ends with a single character
        return false;
    const auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    // Canonical form only: re-encoding must give the same text, so no two tokens decode alike.
    if (base64Url(result.decoded) != text)
        return false;
    *out = result.decoded;
    return true;
}

QString signCompact(const QJsonObject &payload, const Ed25519Key &key, const QJsonObject &extraHeader)
{
    QJsonObject header = extraHeader;
    header.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
    header.insert(QStringLiteral("kid"), key.keyId());
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray signature = key.sign(signingInput);
    if (signature.isEmpty())
        return {};
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

Verification verifyCompact(const QString &token, const KeyLookup &keyForId)
{
    Verification v;
    const QStringList parts = token.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.at(2).isEmpty()) {
        v.reason = Tr::tr("malformed token: a signed statement token has three parts separated by dots");
        return v;
    }
    if (!decodeJsonPart(parts.at(0), &v.header)) {
        v.reason = Tr::tr("malformed token: the header is not readable (the token may be cut short or altered)");
        return v;
    }
    if (!decodeJsonPart(parts.at(1), &v.payload)) {
        v.reason = Tr::tr("malformed token: the statement data is not readable (the token may be cut short or altered)");
        return v;
    }
    if (v.header.value(QStringLiteral("alg")).toString() != QLatin1String("EdDSA")) {
        v.reason = Tr::tr("unsupported signature algorithm '%1' (statements are signed with EdDSA)")
                       .arg(v.header.value(QStringLiteral("alg")).toString());
        return v;
    }
    QByteArray signature;
    if (!fromBase64Url(parts.at(2).toLatin1(), &signature) || signature.size() != 64) {
        v.reason = Tr::tr("malformed token: the signature is damaged or cut short");
        return v;
    }
    const QString kid = v.header.value(QStringLiteral("kid")).toString();
    const Ed25519Key *key = keyForId(kid);
    if (!key) {
        v.reason = Tr::tr("unknown key '%1': this statement was not signed with a key known here").arg(kid);
        return v;
    }
    const QByteArray signingInput = parts.at(0).toLatin1() + '.' + parts.at(1).toLatin1();
    if (!key->verify(signingInput, signature)) {
        v.reason = Tr::tr("bad signature: the statement has been altered or was not issued with this key");
        return v;
    }
    v.valid = true;
    return v;
}

} // namespace mcs::jws

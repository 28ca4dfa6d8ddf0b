#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace mcs {

class Ed25519Key;

// Compact JWS (RFC 7515) signed with EdDSA over Ed25519 (RFC 8037).
namespace jws {

// header = {"alg":"EdDSA","kid":<key id>} plus extraHeader's members (e.g. "typ").
QString signCompact(const QJsonObject &payload, const Ed25519Key &key, const QJsonObject &extraHeader = {});

struct Verification
{
    bool valid = false;
    QString reason; // why not valid, in plain words
    QJsonObject header;
    QJsonObject payload;
};

// keyForId returns the public key for a "kid", or nullptr when the key is unknown.
using KeyLookup = std::function<const Ed25519Key *(const QString &kid)>;
Verification verifyCompact(const QString &token, const KeyLookup &keyForId);

QByteArray base64Url(const QByteArray &data);
bool fromBase64Url(const QByteArray &text, QByteArray *out);

} // namespace jws
} // namespace mcs

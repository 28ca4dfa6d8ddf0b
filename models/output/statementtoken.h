#pragma once

#include "jws.h"

#include <QString>

namespace mcs {

struct StatementData;
class Ed25519Key;

// The signed token a statement's QR code carries, and the verification URL around it
// (domain.md "Offering, results, certification": secure, verifiable, shareable).
namespace statementtoken {

// Claims: serial, name, course (code), title, grade, awarded (ISO date), iss (institution).
// Never the NRIC or passport number.
QJsonObject claims(const StatementData &statement);
QString sign(const StatementData &statement, const Ed25519Key &key);
// base + "/" + token (base's trailing slash is not doubled).
QString verificationUrl(const QString &base, const QString &token);
// Accepts a bare token or any URL whose last path segment (or ?token= value) is the token.
QString extractToken(const QString &tokenOrUrl);

} // namespace statementtoken
} // namespace mcs

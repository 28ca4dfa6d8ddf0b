#pragma once

#include <QDateTime>
#include <QString>

namespace mcs {

// An issued Malaysian Micro-credential Statement (Appendix 1) for one enrolment. The serial is
// unique per institution and kept on re-printing; a statement is revoked, never deleted.
struct Statement
{
    qint64 id = 0;
    qint64 enrolmentId = 0;
    QString serial; // "UNIMAS-MC-2026-000123"
    QDateTime issuedAt;
    QString token;  // the signed verification token carried by the QR code
    QDateTime revokedAt; // null while valid
    QString revocationReason;

    bool isRevoked() const { return revokedAt.isValid(); }
    bool operator==(const Statement &o) const
    {
        return id == o.id && enrolmentId == o.enrolmentId && serial == o.serial && issuedAt == o.issuedAt
            && token == o.token && revokedAt == o.revokedAt && revocationReason == o.revocationReason;
    }
    bool operator!=(const Statement &o) const { return !(*this == o); }
};

} // namespace mcs

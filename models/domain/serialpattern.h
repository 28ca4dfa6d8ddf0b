#pragma once

#include <QString>

namespace mcs {

// Statement serial numbers from a configurable pattern (domain.md "Malaysian Micro-credential
// Statement": serial no., unique). Placeholders: {year} (4 digits) and {seq} or {seq:N}
// (the institution-wide sequence number, zero-padded to N digits, default 6).
// Example: "UNIMAS-MC-{year}-{seq:6}" -> "UNIMAS-MC-2026-000123".
class SerialPattern
{
public:
    explicit SerialPattern(QString pattern = QStringLiteral("MC-{year}-{seq:6}"));

    // False with a reason when the pattern has no {seq} or an unknown placeholder.
    bool isValid(QString *error = nullptr) const;
    QString format(int year, qint64 sequence) const;
    // What one run of sequence numbers counts in: the pattern with {year} filled in, so a pattern
    // with {year} starts again at 1 each year and one without counts on for ever.
    QString scope(int year) const;
    const QString &pattern() const { return m_pattern; }

private:
    QString m_pattern;
};

} // namespace mcs

#pragma once

#include <QDate>
#include <QString>

namespace mcs {

// Malaysian identity card number (NRIC, MyKad): YYMMDD-PB-###G, 12 digits, dashes optional.
// YYMMDD is the date of birth, PB the place-of-birth code, ###G a serial whose last digit
// carries the gender. Learners' statements carry it (domain.md "Malaysian Micro-credential
// Statement"); lists show it masked.
struct NricCheck
{
    bool valid = false;
    QString normalized; // "YYMMDD-PB-###G" when valid
    QDate birthDate;    // the later of the two centuries that is not in the future
    QString error;      // why it is not valid, in plain words
};

NricCheck checkNric(const QString &text, const QDate &today = QDate::currentDate());

// "900101-13-5521" -> "XXXXXX-XX-5521": enough for a learner to recognise, not enough to misuse.
QString maskNric(const QString &nric);

} // namespace mcs

#include "nric.h"

#include <QCoreApplication>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Nric)
};

// Place-of-birth codes issued by the National Registration Department: 01-16 and 21-59 are
// Malaysian states, the rest of the issued codes are countries or regions abroad. Codes never
// issued: 00, 17-20, 69, 70, 73, 80, 81, 94-97.
bool isIssuedPlaceCode(int code)
{
    if (code <= 0 || code > 99)
        return false;
    if ((code >= 17 && code <= 20) || code == 69 || code == 70 || code == 73 || code == 80 || code == 81)
        return false;
    return !(code >= 94 && code <= 97);
}

} // namespace

NricCheck checkNric(const QString &text, const QDate &today)
{
    NricCheck r;
    QString digits;
    const QString trimmed = text.trimmed();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char('-') && c != QLatin1Char(' ')) {
            r.error = Tr::tr("an NRIC holds only digits and dashes");
            return r;
        }
    }
    if (digits.size() != 12) {
        r.error = Tr::tr("an NRIC has 12 digits (YYMMDD-PB-###G), this one has %1").arg(digits.size());
        return r;
    }
    // Dashes, when present, must sit after YYMMDD and PB.
    if (trimmed.contains(QLatin1Char('-'))
        && !(trimmed.size() == 14 && trimmed.at(6) == QLatin1Char('-') && trimmed.at(9) == QLatin1Char('-'))) {
        r.error = Tr::tr("write the NRIC as YYMMDD-PB-###G or as 12 digits");
        return r;
    }
    const int yy = digits.left(2).toInt();
    const int mm = digits.mid(2, 2).toInt();
    const int dd = digits.mid(4, 2).toInt();
    QDate born(2000 + yy, mm, dd);
    if (!born.isValid() || born > today)
        born = QDate(1900 + yy, mm, dd);
    if (!born.isValid()) {
        r.error = Tr::tr("the NRIC's first six digits (%1) are not a real date of birth").arg(digits.left(6));
        return r;
    }
    if (!isIssuedPlaceCode(digits.mid(6, 2).toInt())) {
        r.error = Tr::tr("the place-of-birth code %1 is not one that is issued").arg(digits.mid(6, 2));
        return r;
    }
    r.valid = true;
    r.birthDate = born;
    r.normalized = digits.left(6) + QLatin1Char('-') + digits.mid(6, 2) + QLatin1Char('-') + digits.right(4);
    return r;
}

QString maskNric(const QString &nric)
{
    QString digits;
    for (const QChar c : nric)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() < 4)
        return QStringLiteral("XXXXXX-XX-XXXX");
    return QStringLiteral("XXXXXX-XX-") + digits.right(4);
}

} // namespace mcs

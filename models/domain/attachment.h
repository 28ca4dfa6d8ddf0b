#pragma once

#include <QByteArray>
#include <QString>

namespace mcs {

// A document kept with a record: a market-survey spreadsheet, a signed form, a logo.
struct Attachment
{
    QString name;     // file name as uploaded
    QString mimeType; // "application/pdf"
    QByteArray bytes;

    bool operator==(const Attachment &o) const
    {
        return name == o.name && mimeType == o.mimeType && bytes == o.bytes;
    }
    bool operator!=(const Attachment &o) const { return !(*this == o); }
};

} // namespace mcs

#pragma once

#include "statementrenderer.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace mcs {

struct StatementData;

// Writes a cohort's statements as PDFs, on every core. Each file is written under a temporary
// name and renamed when complete, so a cancelled or failed run never leaves a half-written PDF.
class StatementBatch
{
public:
    explicit StatementBatch(StatementRenderer renderer = {});

    // progress(done, total) is called from worker threads; keep it cheap and thread-safe.
    using Progress = std::function<void(int done, int total)>;

    struct Result
    {
        QStringList written; // complete files
        bool cancelled = false;
        QString error;       // first failure, naming the file
    };

    // One PDF per statement, named "<serial>.pdf" in `directory`.
    Result writeFiles(const QVector<StatementData> &statements, const QString &directory, const Progress &progress = {},
                      const std::atomic_bool *cancel = nullptr) const;
    // One PDF with a page per statement.
    Result writeSingle(const QVector<StatementData> &statements, const QString &pdfPath, const Progress &progress = {},
                       const std::atomic_bool *cancel = nullptr) const;

    // A file name safe on every platform: serial with anything but [A-Za-z0-9._-] replaced by '_'.
    static QString fileNameFor(const QString &serial);

private:
    StatementRenderer m_renderer;
};

} // namespace mcs

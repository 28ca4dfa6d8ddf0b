#include "statementbatch.h"

#include "statementdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QtConcurrent/QtConcurrentMap>

#include <mutex>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::StatementBatch)
};

void setUpWriter(QPdfWriter &writer, const StatementData &s)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("%1 — %2").arg(s.serial, s.learnerName));
    writer.setCreator(QStringLiteral("MC Studio"));
}

// Moves a finished temporary file into place, replacing an older copy of the same statement.
bool commit(const QString &partial, const QString &final)
{
    QFile::remove(final);
    return QFile::rename(partial, final);
}

} // namespace

StatementBatch::StatementBatch(StatementRenderer renderer)
    : m_renderer(std::move(renderer))
{
}

QString StatementBatch::fileNameFor(const QString &serial)
{
    QString name = serial;
    for (QChar &c : name) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        if (!ok)
            c = QLatin1Char('_');
    }
    return name + QStringLiteral(".pdf");
}

StatementBatch::Result StatementBatch::writeFiles(const QVector<StatementData> &statements, const QString &directory,
                                                  const Progress &progress, const std::atomic_bool *cancel) const
{
    Result result;
    if (!QDir().mkpath(directory)) {
        result.error = Tr::tr("cannot create the folder %1").arg(directory);
        return result;
    }
    const QDir dir(directory);
    std::mutex mutex;
    std::atomic_int done{0};
    const int total = int(statements.size());
    QVector<QString> written(total);
    QtConcurrent::blockingMap(written, [&](QString &slot) {
        const int index = int(&slot - written.data());
        if (cancel && cancel->load())
            return;
        {
            std::lock_guard<std::mutex> lock(mutex);
            if (!result.error.isEmpty())
                return;
        }
        const StatementData &s = statements.at(index);
        const QString final = dir.filePath(fileNameFor(s.serial));
        const QString partial = final + QStringLiteral(".part");
        bool ok = false;
        {
            QPdfWriter writer(partial);
            setUpWriter(writer, s);
            QPainter painter;
            if (painter.begin(&writer)) {
                m_renderer.render(&painter, QSizeF(writer.width(), writer.height()), writer.resolution(), s);
                ok = painter.end();
            }
        }
        if (ok && !(cancel && cancel->load()) && commit(partial, final)) {
            slot = final;
        } else {
            QFile::remove(partial);
            if (!ok) {
                std::lock_guard<std::mutex> lock(mutex);
                if (result.error.isEmpty())
                    result.error = Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(final));
            }
        }
        const int n = ++done;
        if (progress)
            progress(n, total);
    });
    for (const QString &path : written)
        if (!path.isEmpty())
            result.written << path;
    result.cancelled = cancel && cancel->load();
    return result;
}

StatementBatch::Result StatementBatch::writeSingle(const QVector<StatementData> &statements, const QString &pdfPath,
                                                   const Progress &progress, const std::atomic_bool *cancel) const
{
    Result result;
    if (statements.isEmpty()) {
        result.error = Tr::tr("there is no statement to write");
        return result;
    }
    const QString partial = pdfPath + QStringLiteral(".part");
    bool ok = true;
    {
        QPdfWriter writer(partial);
        setUpWriter(writer, statements.first());
        writer.setTitle(QCoreApplication::translate("mcs::StatementBatch", "Micro-credential statements (%n)", nullptr, int(statements.size())));
        QPainter painter;
        ok = painter.begin(&writer);
        for (int i = 0; ok && i < statements.size(); ++i) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                break;
            }
            if (i > 0)
                writer.newPage();
            m_renderer.render(&painter, QSizeF(writer.width(), writer.height()), writer.resolution(), statements.at(i));
            if (progress)
                progress(i + 1, int(statements.size()));
        }
        if (painter.isActive())
            ok = painter.end() && ok;
    }
    if (!ok || result.cancelled || !commit(partial, pdfPath)) {
        QFile::remove(partial);
        if (!result.cancelled)
            result.error = Tr::tr("cannot write %1").arg(QDir::toNativeSeparators(pdfPath));
        return result;
    }
    result.written << pdfPath;
    return result;
}

} // namespace mcs

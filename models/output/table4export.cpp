#include "table4export.h"

#include "table4csv.h"
#include "table4summaryrenderer.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace mcs {

namespace {
// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::Table4Export)
};
} // namespace

bool exportTable4Csv(const Table4 &table, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Table4Csv::write(table)) < 0 || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool exportTable4Pdf(const SltCalculator &calc, const QString &path, const QString &title, const QString &subtitle,
                     QString *error)
{
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("MC Studio"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        const Table4SummaryRenderer renderer(Table4Summary::of(calc), title, subtitle);
        if (renderer.print(&writer))
            return true;
    }
    if (error)
        *error = Tr::tr("%1: cannot be written").arg(path);
    return false;
}

} // namespace mcs

#include "table4input.h"

#include <QFile>

namespace mcs::cli {

bool loadTable4Csv(const QString &command, const QString &path, SltCalculator *calc, Table4CsvLines *lines,
                   Context &ctx)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        usageError(ctx, command, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        return false;
    }
    Table4 table;
    Table4CsvError error;
    if (!Table4Csv::read(file.readAll(), calc->rates(), &table, lines, &error)) {
        usageError(ctx, command, QStringLiteral("%1: %2").arg(path, error.toString()));
        return false;
    }
    calc->setTable(std::move(table));
    return true;
}

} // namespace mcs::cli

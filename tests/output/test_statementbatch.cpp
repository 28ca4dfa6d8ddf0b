#include "samplestatement.h"
#include "statementbatch.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mcs;

namespace {
QVector<StatementData> cohort(int n)
{
    QVector<StatementData> list;
    for (int i = 0; i < n; ++i) {
        StatementData s = test::sampleStatement();
        s.serial = QStringLiteral("UNIMAS-MC-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        s.learnerName = QStringLiteral("Learner %1").arg(i + 1);
        list << s;
    }
    return list;
}
} // namespace

TEST(StatementBatch, WritesOnePdfPerStatementNamedBySerial)
{
    QTemporaryDir dir;
    std::atomic_int lastProgress{0};
    const auto r = StatementBatch().writeFiles(cohort(6), dir.path(), [&](int done, int total) {
        EXPECT_EQ(total, 6);
        lastProgress = std::max(lastProgress.load(), done);
    });
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_FALSE(r.cancelled);
    ASSERT_EQ(r.written.size(), 6);
    EXPECT_EQ(lastProgress.load(), 6);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files.first(), QStringLiteral("UNIMAS-MC-2026-000001.pdf"));
    EXPECT_EQ(files.size(), 6) << "no .part file left";
    QFile f(r.written.first());
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
}

TEST(StatementBatch, CancellingLeavesNoPartialFile)
{
    QTemporaryDir dir;
    std::atomic_bool cancel{false};
    const auto r = StatementBatch().writeFiles(cohort(40), dir.path(), [&](int done, int) {
        if (done >= 3)
            cancel = true;
    }, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_LT(r.written.size(), 40);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    EXPECT_EQ(files.size(), r.written.size());
    for (const QString &f : files)
        EXPECT_TRUE(f.endsWith(QStringLiteral(".pdf"))) << f.toStdString();
}

TEST(StatementBatch, SingleFileHasAPagePerStatement)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cohort.pdf"));
    const auto r = StatementBatch().writeSingle(cohort(3), pdf);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 3)
        << "three page objects";
    EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
}

TEST(StatementBatch, FileNamesAreSafe)
{
    EXPECT_EQ(StatementBatch::fileNameFor(QStringLiteral("MC/2026/00012")), QStringLiteral("MC_2026_00012.pdf"));
    EXPECT_EQ(StatementBatch::fileNameFor(QStringLiteral("UNIMAS-MC-2026-000123")), QStringLiteral("UNIMAS-MC-2026-000123.pdf"));
}

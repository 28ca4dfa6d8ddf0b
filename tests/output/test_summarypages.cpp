// The MQA-style summary PDF numbers its pages ("Page 1 of 2") at the foot of each sheet.
#include "builtinrates.h"
#include "sltcalculator.h"
#include "table4export.h"
#include "table4fixture.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace mcs;

namespace {

// The text of each page of a PDF (pdftotext from poppler-utils, a test dependency).
QStringList pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

TEST(SummaryPdf, EveryPageSaysWhichOfHowMany)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    // 60 weeks of 10 slides: more than one A4 landscape page.
    Table4 big;
    for (int u = 1; u <= 60; ++u)
        big.units.append({u, QStringLiteral("Week %1").arg(u), {test::act("slide", 10)}});
    SltCalculator calc(builtinRateTable());
    calc.setTable(big);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    ASSERT_TRUE(exportTable4Pdf(calc, path, QStringLiteral("MC001 — Micro-Credential in Testing"), QString(), &error))
        << error.toStdString();
    const QStringList pages = pdfPages(path);
    ASSERT_GE(pages.size(), 2);
    for (int i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_TRUE(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << pages.at(i).toStdString();
    }
    // The first week is on the first page, the grand total on the last.
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Week 1 ")));
    EXPECT_FALSE(pages.first().contains(QStringLiteral("Page 2 of")));

    // A short table is one page: "Page 1 of 1".
    SltCalculator small(builtinRateTable());
    small.setTable(test::table4Course().table4);
    const QString one = dir.filePath(QStringLiteral("short.pdf"));
    ASSERT_TRUE(exportTable4Pdf(small, one, QStringLiteral("TST101MC"), QString(), &error)) << error.toStdString();
    const QStringList onePage = pdfPages(one);
    ASSERT_EQ(onePage.size(), 1);
    EXPECT_TRUE(onePage.first().contains(QStringLiteral("Page 1 of 1")));
}

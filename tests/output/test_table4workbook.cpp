// The Table 4 workbook, read back from its sheet XML (unzip -p).
#include "builtinrates.h"
#include "table4csv.h"
#include "table4workbook.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace mcs;

namespace {

QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

struct Cell
{
    bool isString = false;
    QString text; // the string, or the number as written
};

// Cells of the first sheet by reference ("B5"), strings resolved through sharedStrings.xml.
QHash<QString, Cell> readSheet(const QString &xlsx, QByteArray *sheetXml)
{
    QStringList shared;
    QXmlStreamReader s(unzipMember(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    while (!s.atEnd())
        if (s.readNext() == QXmlStreamReader::StartElement && s.name() == QLatin1String("t"))
            shared.append(s.readElementText());
    *sheetXml = unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QHash<QString, Cell> cells;
    QXmlStreamReader x(*sheetXml);
    QString ref;
    bool isString = false;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == QLatin1String("c")) {
            ref = x.attributes().value(QLatin1String("r")).toString();
            isString = x.attributes().value(QLatin1String("t")) == QLatin1String("s");
        } else if (x.name() == QLatin1String("v")) {
            const QString v = x.readElementText();
            cells.insert(ref, isString ? Cell{true, shared.value(v.toInt())} : Cell{false, v});
        }
    }
    return cells;
}

} // namespace

TEST(Table4Workbook, UnitRowsThenGradedAssessmentsThenTotalsAsNumbers)
{
    SltCalculator calc(builtinRateTable());
    {
        QFile f(QStringLiteral(MCS_TEST_DATA_DIR "/slt/course.csv"));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        Table4 t;
        Table4CsvLines lines;
        Table4CsvError error;
        ASSERT_TRUE(Table4Csv::read(f.readAll(), calc.rates(), &t, &lines, &error));
        calc.setTable(t);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table4.xlsx"));
    QString error;
    ASSERT_TRUE(writeTable4Workbook(calc, path, QStringLiteral("course.csv"), &error)) << error.toStdString();

    QByteArray xml;
    const QHash<QString, Cell> cells = readSheet(path, &xml);
    const auto text = [&](const std::string &ref) {
        const Cell c = cells.value(QString::fromStdString(ref));
        EXPECT_TRUE(c.isString) << ref;
        return c.text.toStdString();
    };
    const auto number = [&](const std::string &ref) {
        const Cell c = cells.value(QString::fromStdString(ref));
        EXPECT_FALSE(c.isString) << ref << " is not a number";
        bool ok = false;
        const double v = c.text.toDouble(&ok);
        EXPECT_TRUE(ok) << ref << " = '" << c.text.toStdString() << "'";
        return v;
    };

    EXPECT_EQ(text("A1"), "Table 4: Student Learning Time (SLT) summary");
    EXPECT_EQ(text("A4"), "Unit");
    EXPECT_EQ(text("D4"), "Physical (h)");
    EXPECT_EQ(text("E4"), "Online synchronous (h)");
    EXPECT_EQ(text("F4"), "Independent: online asynchronous (h)");
    EXPECT_EQ(text("G4"), "Total SLT (h)");

    // Units: their activities other than continuous/final assessments (hours by hand).
    const struct { const char *row; double unit; const char *topic; double physical, sync, async, total; } units[] = {
        {"5", 1, "Introduction to data", 0, 2, 2.5, 4.5},   // video 120 min sync; slide 150 async
        {"6", 2, "Cleaning data", 0, 0, 11.2, 11.2},        // reading 72 + self study 600
        {"7", 3, "Modelling", 3.5, 0, 2, 5.5},              // lecture 210 physical; other 120
    };
    for (const auto &u : units) {
        SCOPED_TRACE(u.row);
        const auto ref = [&](char col) { return (QByteArray(1, col) + u.row).toStdString(); };
        EXPECT_EQ(number(ref('A')), u.unit);
        EXPECT_EQ(text(ref('B')), u.topic);
        EXPECT_EQ(number(ref('D')), u.physical);
        EXPECT_EQ(number(ref('E')), u.sync);
        EXPECT_EQ(number(ref('F')), u.async);
        EXPECT_EQ(number(ref('G')), u.total);
    }
    EXPECT_EQ(text("A8"), "Continuous assessment");
    EXPECT_EQ(number("A9"), 1);
    EXPECT_EQ(text("B9"), "Quiz (MCQ): CLO1");
    EXPECT_EQ(number("C9"), 30);
    EXPECT_NEAR(number("F9"), 40.0 / 60, 1e-15);
    EXPECT_NEAR(number("G9"), 40.0 / 60, 1e-15);
    EXPECT_EQ(number("A10"), 2);
    EXPECT_EQ(text("B10"), "Forum: CLO2");
    EXPECT_EQ(number("C10"), 20);
    EXPECT_EQ(number("D10"), 0.875);
    EXPECT_EQ(number("F10"), 0);
    EXPECT_EQ(number("G10"), 0.875);
    EXPECT_EQ(text("A11"), "Final assessment");
    EXPECT_EQ(text("B12"), "Assignment (video): CLO3");
    EXPECT_EQ(number("C12"), 50);
    EXPECT_NEAR(number("G12"), 125.0 / 60, 1e-14);
    EXPECT_EQ(text("A13"), "Total SLT");
    EXPECT_EQ(number("C13"), 100);
    EXPECT_EQ(number("D13"), 4.375);
    EXPECT_EQ(number("E13"), 2);
    EXPECT_EQ(number("F13"), 18.45);
    EXPECT_EQ(number("G13"), 24.825);
    EXPECT_EQ(text("A14"), "Credit value (total SLT / 40 h)");
    EXPECT_EQ(number("G14"), 0.620625);
    EXPECT_FALSE(cells.contains(QStringLiteral("A15")));

    // Set up for printing: A4 landscape, one page wide, the header row frozen.
    EXPECT_TRUE(xml.contains("<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>")) << xml.toStdString();
    EXPECT_TRUE(xml.contains("<pageSetUpPr fitToPage=\"1\"/>"));
    EXPECT_TRUE(xml.contains("state=\"frozen\""));
    const QByteArray workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
    EXPECT_TRUE(workbook.contains("_xlnm.Print_Titles")) << workbook.toStdString();
    EXPECT_TRUE(workbook.contains("_xlnm.Print_Area"));
}

TEST(Table4Workbook, AnUnwritablePathIsAnError)
{
    SltCalculator calc(builtinRateTable());
    QString error;
    EXPECT_FALSE(writeTable4Workbook(calc, QStringLiteral("/nonexistent-dir/x.xlsx"), QString(), &error));
    EXPECT_FALSE(error.isEmpty());
}

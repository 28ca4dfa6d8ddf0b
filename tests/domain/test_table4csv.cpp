// The CSV interchange of Table 4: reading lecturers' files (quoting, BOM, CRLF, blank lines,
// reordered and missing columns), errors that name the line and column, and the exact round trip.
#include "builtinrates.h"
#include "csvrecords.h"
#include "sltbuilders.h"
#include "table4csv.h"

#include <gtest/gtest.h>

using namespace mcs;
using namespace mcs::test;

namespace {

struct Read
{
    bool ok = false;
    Table4 table;
    Table4CsvLines lines;
    Table4CsvError error;
};

Read readCsv(const QByteArray &bytes)
{
    Read r;
    r.ok = Table4Csv::read(bytes, builtinRateTable(), &r.table, &r.lines, &r.error);
    return r;
}

} // namespace

TEST(Table4Csv, ReadsTheDocumentedFormat)
{
    const Read r = readCsv("unit,topic,clo,activity,quantity,rate,mode,assessment,weight\n"
                           "1,Introduction,CLO1,slide,20,,,,\n"
                           "1,,CLO1;CLO2,video,30,4,online_sync,,\n"
                           "1,,CLO1,quiz_mcq,10,,,continuous,30\n"
                           "2,Practice,,self_study,600,,physical,formative,\n"
                           "2,,CLO3,assignment_essay,2,,,final,70\n");
    ASSERT_TRUE(r.ok) << r.error.toString().toStdString();
    const Table4 expected = table({
        unit(1, "Introduction", {Act("slide", 20).clos({"CLO1"}),
                                 Act("video", 30).rate(4).mode(DeliveryMode::OnlineSync).clos({"CLO1", "CLO2"}),
                                 Act("quiz_mcq", 10).clos({"CLO1"}).continuous(30)}),
        unit(2, "Practice", {Act("self_study", 600).mode(DeliveryMode::Physical).kind(AssessmentKind::Formative),
                             Act("assignment_essay", 2).clos({"CLO3"}).final(70)}),
    });
    EXPECT_EQ(r.table, expected);
    EXPECT_EQ(r.lines.units, (QVector<int>{2, 5}));
    EXPECT_EQ(r.lines.activities, (QVector<QVector<int>>{{2, 3, 4}, {5, 6}}));
    EXPECT_EQ(r.lines.lineOf(1, 1), 6);
    EXPECT_EQ(r.lines.lineOf(1, -1), 5);
    EXPECT_EQ(r.lines.lineOf(-1, -1), 0);
}

TEST(Table4Csv, AcceptsWhatSpreadsheetsWrite)
{
    // BOM, CRLF, reordered columns, missing optional columns, quotes with commas and doubled
    // quotes, a line break inside quotes, blank lines, upper-case keys, spaces, a percent sign.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Activity , Quantity,unit,topic,weight,clo,assessment\r\n"
                           "\r\n"
                           "Slide,12,3,\"Models, \"\"simple\"\" and not\",,CLO1 ; CLO2,\r\n"
                           "quiz_mcq,\" 10 \",3,,40%, ,Continuous\r\n"
                           ",,,,,,\r\n"
                           "reading,4,1,\"Two\nlines\",,,\r\n"
                           "exam_long,2,1,,60,,final";
    const Read r = readCsv(csv);
    ASSERT_TRUE(r.ok) << r.error.toString().toStdString();
    const Table4 expected = table({
        unit(3, "Models, \"simple\" and not", {Act("slide", 12).clos({"CLO1", "CLO2"}), Act("quiz_mcq", 10).continuous(40)}),
        unit(1, "Two\nlines", {Act("reading", 4), Act("exam_long", 2).final(60)}),
    });
    EXPECT_EQ(r.table, expected);
    EXPECT_EQ(r.lines.activities, (QVector<QVector<int>>{{3, 4}, {6, 8}})); // the quoted line break counts
}

TEST(Table4Csv, AUnitsTitleIsItsFirstNonBlankTopic)
{
    const Read r = readCsv("unit,topic,activity,quantity\n"
                           "1,,slide,1\n"
                           "1,  ,slide,2\n"
                           "1,First,slide,3\n"
                           "1,Second,slide,4\n");
    ASSERT_TRUE(r.ok);
    ASSERT_EQ(r.table.units.size(), 1);
    EXPECT_EQ(r.table.units[0].title, QStringLiteral("First"));
    EXPECT_EQ(r.table.units[0].activities.size(), 4);
}

TEST(Table4Csv, RowsOfOneUnitNeedNotBeAdjacentAndAUnitMayHaveNoActivity)
{
    const Read r = readCsv("unit,topic,activity,quantity\n"
                           "2,Two,slide,1\n"
                           "5,Five,,\n"
                           "1,One,video,2\n"
                           "2,,reading,3\n");
    ASSERT_TRUE(r.ok) << r.error.toString().toStdString();
    const Table4 expected = table({unit(2, "Two", {Act("slide", 1), Act("reading", 3)}), unit(5, "Five", {}),
                                   unit(1, "One", {Act("video", 2)})});
    EXPECT_EQ(r.table, expected);
    EXPECT_EQ(r.lines.units, (QVector<int>{2, 3, 4}));
}

TEST(Table4Csv, ErrorsNameTheLineAndColumn)
{
    const struct
    {
        const char *name;
        QByteArray csv;
        int line;
        const char *column;
        const char *message;
    } cases[] = {
        {"empty file", "", 1, "", "header row is missing"},
        {"only blank lines", "\n\n", 1, "", "header row is missing"},
        {"unknown column", "unit,activity,quantity,colour\n", 1, "colour", "unknown column"},
        {"nameless column", "unit,activity,,quantity\n", 1, "field 3", "no name"},
        {"duplicate column", "unit,activity,quantity,Unit\n", 1, "unit", "twice"},
        {"missing unit", "activity,quantity\n", 1, "unit", "required column is missing"},
        {"missing quantity", "unit,activity\n1,slide\n", 1, "quantity", "required column is missing"},
        {"missing activity", "unit,quantity\n", 1, "activity", "required column is missing"},
        {"unknown activity", "unit,activity,quantity\n1,slide,3\n1,podcast,2\n", 3, "activity", "unknown activity 'podcast'"},
        {"unknown mode", "unit,activity,quantity,mode\n1,slide,3,online\n", 2, "mode", "unknown mode 'online'"},
        {"unknown assessment", "unit,activity,quantity,assessment\n1,slide,3,summative\n", 2, "assessment",
         "unknown assessment kind 'summative'"},
        {"quantity not a number", "unit,activity,quantity\n1,slide,ten\n", 2, "quantity", "'ten' is not a number"},
        {"quantity infinite", "unit,activity,quantity\n1,slide,inf\n", 2, "quantity", "'inf' is not a number"},
        {"quantity with a decimal comma", "unit,activity,quantity\n1,slide,\"2,5\"\n", 2, "quantity", "'2,5' is not a number"},
        {"empty quantity", "unit,activity,quantity\n1,slide,\n", 2, "quantity", "the quantity is empty"},
        {"rate not a number", "unit,activity,quantity,rate\n1,slide,3,7 min\n", 2, "rate", "'7 min' is not a number"},
        {"weight not a number", "unit,activity,quantity,weight\n1,quiz_mcq,3,x%\n", 2, "weight", "'x%' is not a number"},
        {"unit not a number", "unit,activity,quantity\nW1,slide,3\n", 2, "unit", "'W1' is not a unit number"},
        {"unit 1.5", "unit,activity,quantity\n1.5,slide,3\n", 2, "unit", "'1.5' is not a unit number"},
        {"unit empty", "unit,activity,quantity\n,slide,3\n", 2, "unit", "the unit number is empty"},
        {"activity empty with a quantity", "unit,activity,quantity\n1,,3\n", 2, "activity", "the activity is empty"},
        {"unclosed quote", "unit,topic,activity,quantity\n1,\"Intro,slide,3\n2,x,slide,1\n", 2, "field 2", "not closed"},
        {"text after a closing quote", "unit,topic,activity,quantity\n1,\"Intro\"x,slide,3\n", 2, "field 2",
         "follows the closing quote"},
        {"too many fields", "unit,activity,quantity\n1,slide,3,9\n", 2, "field 4", "more fields than the header's 3"},
        {"not UTF-8", "unit,activity,quantity\n1,slide,3\n1,\xff\xfe,1\n", 0, "", "not UTF-8"},
        {"lines after blank lines and CRLF", "\r\n\r\nunit,activity,quantity\r\n1,slide,3\r\n\r\n1,slide,x\r\n", 6,
         "quantity", "not a number"},
        {"lines after a quoted line break", "unit,topic,activity,quantity\n1,\"a\nb\r\nc\",slide,3\n1,,slide,?\n", 5,
         "quantity", "not a number"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        const Read r = readCsv(c.csv);
        ASSERT_FALSE(r.ok);
        EXPECT_EQ(r.error.line, c.line);
        EXPECT_EQ(r.error.column, QLatin1String(c.column));
        EXPECT_TRUE(r.error.message.contains(QLatin1String(c.message))) << r.error.message.toStdString();
    }
}

TEST(Table4Csv, ErrorTextNamesLineAndColumn)
{
    Table4CsvError e;
    e.line = 7;
    e.column = QStringLiteral("quantity");
    e.message = QStringLiteral("'ten' is not a number");
    EXPECT_EQ(e.toString(), QStringLiteral("line 7, column 'quantity': 'ten' is not a number"));
    e.column.clear();
    EXPECT_EQ(e.toString(), QStringLiteral("line 7: 'ten' is not a number"));
    e.line = 0;
    EXPECT_EQ(e.toString(), QStringLiteral("'ten' is not a number"));
}

TEST(Table4Csv, ExtraEmptyFieldsAndShortRowsAreTolerated)
{
    const Read r = readCsv("unit,activity,quantity,rate\n1,slide,3,,,\n1,video,2\n");
    ASSERT_TRUE(r.ok) << r.error.toString().toStdString();
    EXPECT_EQ(r.table, table({unit(1, "", {Act("slide", 3), Act("video", 2)})}));
}

// --- writing and the round trip ----------------------------------------------------------------

namespace {

const char kCanonical[] =
    "unit,topic,clo,activity,quantity,rate,mode,assessment,weight\n"
    "1,\"Data, and why it matters\",CLO1,slide,20,,online_async,,\n"
    ",,,,,,,,\n"
    "1,,CLO1;CLO2,video,30.25,4.5,online_sync,,\n"
    "1,,CLO1,quiz_mcq,10,,physical,continuous,33.3\n"
    "2,\"The \"\"tidy\"\" format\",,self_study,600,,online_async,formative,\n"
    "2,,CLO3,other,4,0.1,online_async,,\n"
    "3,Empty week,,,,,,,\n"
    "4,\"Two\nlines\",CLO2,exam_long,2,,online_async,final,66.7\n";

} // namespace

TEST(Table4Csv, WritesTheSameFormat)
{
    const QByteArray canonical = QByteArray(kCanonical).replace(",,,,,,,,\n", "");
    const Read r = readCsv(kCanonical);
    ASSERT_TRUE(r.ok) << r.error.toString().toStdString();
    EXPECT_EQ(Table4Csv::write(r.table), canonical);
}

TEST(Table4Csv, RoundTripIsExact)
{
    // Table -> CSV -> table, with every field set and awkward text.
    Table4 t = table({
        unit(1, " Leading and trailing ", {Act("slide", 0.1).rate(7.3).clos({"CLO 1", "CLO2"}).mode(DeliveryMode::Physical),
                                           Act("forum", 1e-7).kind(AssessmentKind::Formative),
                                           Act("quiz_mcq", 12345678.9).continuous(12.345)}),
        unit(-2, "Quotes \" and , commas\r\nand CRLF", {Act("other", 3).rate(1.0 / 3).final(87.655)}),
        unit(7, "", {}),
        unit(8, "", {Act("video", -4).weight(-1).mode(DeliveryMode::OnlineSync)}),
    });
    const QByteArray csv = Table4Csv::write(t);
    const Read back = readCsv(csv);
    ASSERT_TRUE(back.ok) << back.error.toString().toStdString() << "\n" << csv.toStdString();
    EXPECT_EQ(back.table, t);
    EXPECT_EQ(Table4Csv::write(back.table), csv);
}

TEST(Table4Csv, ExportAfterImportReadsBackTheSameTable)
{
    const QByteArray messy = "Activity,Quantity,Unit,Topic,CLO\r\nslide,3,2,Week two,CLO1; CLO2\r\n\r\nvideo,\"1.50\",2,,\r\n";
    const Read first = readCsv(messy);
    ASSERT_TRUE(first.ok);
    const QByteArray exported = Table4Csv::write(first.table);
    const Read second = readCsv(exported);
    ASSERT_TRUE(second.ok);
    EXPECT_EQ(second.table, first.table);
    EXPECT_EQ(exported, QByteArray("unit,topic,clo,activity,quantity,rate,mode,assessment,weight\n"
                                   "2,Week two,CLO1;CLO2,slide,3,,online_async,,\n"
                                   "2,,,video,1.5,,online_async,,\n"));
}

TEST(CsvRecords, FieldsAreQuotedOnlyWhenNeeded)
{
    EXPECT_EQ(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvField(QString()), QString());
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(csvField(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
}

TEST(CsvRecords, SplitsRecordsWithTheirLines)
{
    QVector<CsvRecord> records;
    int line = 0, field = 0;
    QString error;
    ASSERT_TRUE(parseCsvRecords(u"a,\"b\nc\",d\r\n\r\ne,", &records, &line, &field, &error));
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[0].fields, (QStringList{QStringLiteral("a"), QStringLiteral("b\nc"), QStringLiteral("d")}));
    EXPECT_EQ(records[1].line, 3);
    EXPECT_TRUE(records[1].isBlank());
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields, (QStringList{QStringLiteral("e"), QString()}));
}

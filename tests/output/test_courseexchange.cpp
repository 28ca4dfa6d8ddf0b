// The course exchange file: export -> import gives the same course; a malformed file names its path.
#include "../storage/samplecourse.h"
#include "courseexchange.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace mcs;

namespace {

Course exchangeable()
{
    Course c = test::sampleCourse();
    c.id = 0;
    c.rowVersion = 0;
    c.createdBy.clear();
    c.updatedBy.clear();
    c.createdAt = {};
    c.updatedAt = {};
    return c;
}

QJsonObject exported()
{
    return QJsonDocument::fromJson(courseToExchangeJson(exchangeable())).object();
}

// Replaces the value at a path of keys and indexes (QJsonObject/QJsonArray are values: rebuild).
QJsonValue replaced(const QJsonValue &node, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        a[step.toInt()] = replaced(a.at(step.toInt()), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (value.isUndefined() && path.isEmpty())
        o.remove(step.toString());
    else
        o[step.toString()] = replaced(o.value(step.toString()), path, value);
    return o;
}

QString errorOf(const QByteArray &json)
{
    ExchangeError error;
    const auto course = courseFromExchangeJson(json, &error);
    EXPECT_FALSE(course.has_value());
    return error.toString();
}

QString errorWith(const QVariantList &path, const QJsonValue &value)
{
    return errorOf(QJsonDocument(replaced(exported(), path, value).toObject()).toJson());
}

} // namespace

TEST(CourseExchange, RoundTripIsEqual)
{
    const Course c = exchangeable();
    ASSERT_EQ(c.table4.units.size(), 3);
    ASSERT_TRUE(c.marketSurvey.attachment.has_value());
    ASSERT_FALSE(c.milestones.isEmpty());
    ExchangeError error;
    const auto back = courseFromExchangeJson(courseToExchangeJson(c), &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error.toString());
    EXPECT_TRUE(*back == c);
    EXPECT_EQ(courseToExchangeJson(*back), courseToExchangeJson(c));
}

TEST(CourseExchange, CarriesFormatVersionAndEveryPart)
{
    const QJsonObject o = exported();
    EXPECT_EQ(o.value(QStringLiteral("format")).toString(), QStringLiteral("mcstudio-course"));
    EXPECT_EQ(o.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject form = o.value(QStringLiteral("form")).toObject();
    EXPECT_EQ(form.value(QStringLiteral("code")).toString(), QStringLiteral("TMN4031MC"));
    EXPECT_EQ(form.value(QStringLiteral("kind")).toString(), QStringLiteral("accredited_course"));
    EXPECT_EQ(form.value(QStringLiteral("fee_sen")).toInt(), 35000);
    EXPECT_EQ(form.value(QStringLiteral("survey_respondents")).toInt(), 42);
    for (const char *key : {"lecturers", "clos", "assessment", "table4", "milestones", "attachments"})
        EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
}

TEST(CourseExchange, MalformedFilesNameThePath)
{
    EXPECT_EQ(errorWith({QStringLiteral("table4"), QStringLiteral("units"), 2, QStringLiteral("activities"), 0,
                         QStringLiteral("quantity")},
                        QStringLiteral("ten")),
              QStringLiteral("$.table4.units[2].activities[0].quantity: expected a number"));
    EXPECT_EQ(errorWith({QStringLiteral("table4"), QStringLiteral("units"), 1, QStringLiteral("activities"), 0,
                         QStringLiteral("quantity")},
                        -1),
              QStringLiteral("$.table4.units[1].activities[0].quantity: must be at least 0"));
    EXPECT_EQ(errorWith({QStringLiteral("table4"), QStringLiteral("units"), 0, QStringLiteral("activities"), 1,
                         QStringLiteral("mode")},
                        QStringLiteral("telepathy")),
              QStringLiteral("$.table4.units[0].activities[1].mode: unknown value \"telepathy\""));
    EXPECT_EQ(errorWith({QStringLiteral("form"), QStringLiteral("kind")}, QStringLiteral("category_9")),
              QStringLiteral("$.form.kind: unknown value \"category_9\""));
    EXPECT_EQ(errorWith({QStringLiteral("form"), QStringLiteral("synopsis")}, QJsonValue::Undefined),
              QStringLiteral("$.form.synopsis: missing"));
    EXPECT_EQ(errorWith({QStringLiteral("form"), QStringLiteral("mqf_level")}, 6.5),
              QStringLiteral("$.form.mqf_level: expected a whole number"));
    EXPECT_EQ(errorWith({QStringLiteral("clos"), 1}, QStringLiteral("CLO2")),
              QStringLiteral("$.clos[1]: expected an object"));
    EXPECT_EQ(errorWith({QStringLiteral("assessment"), 0, QStringLiteral("kind")}, QStringLiteral("midterm")),
              QStringLiteral("$.assessment[0].kind: unknown value \"midterm\""));
    EXPECT_EQ(errorWith({QStringLiteral("milestones"), 0, QStringLiteral("planned_due")}, QStringLiteral("31/12/2026")),
              QStringLiteral("$.milestones[0].planned_due: expected a date YYYY-MM-DD or null"));
    EXPECT_EQ(errorWith({QStringLiteral("version")}, 2),
              QStringLiteral("$.version: version 2 is newer than this program reads (1)"));
    EXPECT_EQ(errorWith({QStringLiteral("format")}, QStringLiteral("something-else")),
              QStringLiteral("$.format: not a course exchange file (expected \"mcstudio-course\")"));
    EXPECT_EQ(errorWith({QStringLiteral("form"), QStringLiteral("code")}, QStringLiteral(" ")),
              QStringLiteral("$.form.code: a course needs a code"));
    EXPECT_EQ(errorOf("[1, 2]"), QStringLiteral("$: expected an object"));
    EXPECT_TRUE(errorOf("{\"format\": ").startsWith(QStringLiteral("not JSON (")));
}

TEST(CourseExchange, CarriesTheHandsOnNatureAndProfessionalBody)
{
    const QJsonObject form = exported().value(QStringLiteral("form")).toObject();
    EXPECT_EQ(form.value(QStringLiteral("lab_intensive")), QJsonValue(true));
    EXPECT_EQ(form.value(QStringLiteral("clinical")), QJsonValue(false));
    EXPECT_EQ(form.value(QStringLiteral("practicum")), QJsonValue(true));
    EXPECT_EQ(form.value(QStringLiteral("professional_body")).toString(),
              QStringLiteral("Malaysia Board of Technologists"));
    EXPECT_EQ(errorWith({QStringLiteral("form"), QStringLiteral("clinical")}, QStringLiteral("yes")),
              QStringLiteral("$.form.clinical: expected true or false"));
    EXPECT_EQ(errorWith({QStringLiteral("form"), QStringLiteral("professional_body")}, 7),
              QStringLiteral("$.form.professional_body: expected a string"));
}

// A file written before the four keys existed still imports, with the flags off and no body.
TEST(CourseExchange, AnOlderFileWithoutTheNewFormKeysImports)
{
    QJsonObject root = exported();
    QJsonObject form = root.value(QStringLiteral("form")).toObject();
    for (const char *key : {"lab_intensive", "clinical", "practicum", "professional_body"}) {
        ASSERT_TRUE(form.contains(QLatin1String(key))) << key;
        form.remove(QLatin1String(key));
    }
    root[QStringLiteral("form")] = form;
    ExchangeError error;
    const auto back = courseFromExchangeJson(QJsonDocument(root).toJson(), &error);
    ASSERT_TRUE(back.has_value()) << qPrintable(error.toString());
    Course expected = exchangeable();
    expected.labIntensive = expected.practicum = false;
    expected.professionalBody.clear();
    EXPECT_TRUE(*back == expected);
}

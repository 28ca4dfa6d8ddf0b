#include "ed25519key.h"
#include "jws.h"
#include "openbadge.h"
#include "samplestatement.h"
#include "serialpattern.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace mcs;

namespace {
IssuerProfile unimas()
{
    return {QStringLiteral("https://www.unimas.my"), QStringLiteral("Universiti Malaysia Sarawak"),
            QStringLiteral("https://www.unimas.my"), QStringLiteral("cflex@unimas.my")};
}
BadgeInput input()
{
    BadgeInput in;
    in.credentialId = QStringLiteral("https://verify.unimas.my/mms/UNIMAS-MC-2026-000123");
    in.achievementId = QStringLiteral("https://cflex.unimas.my/achievements/TMN4031MCA");
    in.description = QStringLiteral("Foundations of the Internet of Things");
    in.criteria = QStringLiteral("Completed all assessments with an overall grade of C or better");
    in.recipientNationalId = QStringLiteral("900101135522");
    in.salt = QStringLiteral("s4lt");
    return in;
}
} // namespace

TEST(OpenBadge, CredentialHasTheOb30Shape)
{
    const QJsonObject c = openbadge::credential(test::sampleStatement(), unimas(), input());
    EXPECT_EQ(c.value(QStringLiteral("@context")).toArray(),
              (QJsonArray{QStringLiteral("https://www.w3.org/ns/credentials/v2"),
                          QStringLiteral("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")}));
    EXPECT_EQ(c.value(QStringLiteral("type")).toArray(),
              (QJsonArray{QStringLiteral("VerifiableCredential"), QStringLiteral("OpenBadgeCredential")}));
    EXPECT_EQ(c.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2026-05-20T00:00:00Z"));
    const QJsonObject issuer = c.value(QStringLiteral("issuer")).toObject();
    EXPECT_EQ(issuer.value(QStringLiteral("type")).toArray(), QJsonArray{QStringLiteral("Profile")});
    EXPECT_EQ(issuer.value(QStringLiteral("name")).toString(), QStringLiteral("Universiti Malaysia Sarawak"));

    const QJsonObject subject = c.value(QStringLiteral("credentialSubject")).toObject();
    EXPECT_EQ(subject.value(QStringLiteral("type")).toArray(), QJsonArray{QStringLiteral("AchievementSubject")});
    const QJsonObject id = subject.value(QStringLiteral("identifier")).toArray().at(0).toObject();
    EXPECT_TRUE(id.value(QStringLiteral("hashed")).toBool());
    EXPECT_EQ(id.value(QStringLiteral("identityType")).toString(), QStringLiteral("nationalIdentityNumber"));
    // sha256("900101135522" + "s4lt")
    EXPECT_EQ(id.value(QStringLiteral("identityHash")).toString(),
              openbadge::identityHash(QStringLiteral("900101135522"), QStringLiteral("s4lt")));
    EXPECT_EQ(openbadge::identityHash(QStringLiteral("abc"), QString()),
              QStringLiteral("sha256$ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

    const QJsonObject a = subject.value(QStringLiteral("achievement")).toObject();
    EXPECT_EQ(a.value(QStringLiteral("achievementType")).toString(), QStringLiteral("MicroCredential"));
    EXPECT_EQ(a.value(QStringLiteral("name")).toString(), QStringLiteral("Micro-Credential in IoT Fundamentals"));
    EXPECT_EQ(a.value(QStringLiteral("description")).toString(), QStringLiteral("Foundations of the Internet of Things"));
    EXPECT_EQ(a.value(QStringLiteral("criteria")).toObject().value(QStringLiteral("narrative")).toString(),
              input().criteria);
    EXPECT_EQ(a.value(QStringLiteral("creditsAvailable")).toDouble(), 1.0);
    EXPECT_FALSE(QString::fromUtf8(QJsonDocument(c).toJson()).contains(QStringLiteral("900101")))
        << "the NRIC never appears in clear";
}

TEST(OpenBadge, EmailIsPreferredAsTheIdentifier)
{
    BadgeInput in = input();
    in.recipientEmail = QStringLiteral("Aisyah@Example.com");
    const QJsonObject id = openbadge::credential(test::sampleStatement(), unimas(), in)
                               .value(QStringLiteral("credentialSubject")).toObject()
                               .value(QStringLiteral("identifier")).toArray().at(0).toObject();
    EXPECT_EQ(id.value(QStringLiteral("identityType")).toString(), QStringLiteral("emailAddress"));
    EXPECT_EQ(id.value(QStringLiteral("identityHash")).toString(),
              openbadge::identityHash(QStringLiteral("aisyah@example.com"), QStringLiteral("s4lt")));
}

TEST(OpenBadge, VcJwtVerifiesWithTheIssuerKeyAndCarriesTheCredential)
{
    const Ed25519Key key = Ed25519Key::generate();
    const QJsonObject c = openbadge::credential(test::sampleStatement(), unimas(), input());
    const QString jwt = openbadge::signedJwt(c, key);
    const auto v = jws::verifyCompact(jwt, [&](const QString &kid) { return kid == key.keyId() ? &key : nullptr; });
    ASSERT_TRUE(v.valid) << v.reason.toStdString();
    EXPECT_EQ(v.header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    EXPECT_EQ(v.payload.value(QStringLiteral("vc")).toObject(), c);
    EXPECT_EQ(v.payload.value(QStringLiteral("iss")).toString(), QStringLiteral("https://www.unimas.my"));
    EXPECT_EQ(v.payload.value(QStringLiteral("jti")).toString(), input().credentialId);
    EXPECT_EQ(v.payload.value(QStringLiteral("nbf")).toInteger(), QDateTime(QDate(2026, 5, 20), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

TEST(OpenBadge, LinkedInUrlCarriesTheCertification)
{
    StatementData s = test::sampleStatement();
    s.courseName = QStringLiteral("Micro-Credential in R&D = Design");
    const QUrl url = openbadge::linkedInAddToProfileUrl(s, QStringLiteral("https://verify.unimas.my/mms/x?y=1"));
    EXPECT_EQ(url.host(), QStringLiteral("www.linkedin.com"));
    EXPECT_EQ(url.path(), QStringLiteral("/profile/add"));
    const QUrlQuery q(url);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("startTask")), QStringLiteral("CERTIFICATION_NAME"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded), QStringLiteral("Micro-Credential in R&D = Design"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("certUrl"), QUrl::FullyDecoded), QStringLiteral("https://verify.unimas.my/mms/x?y=1"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("issueYear")), QStringLiteral("2026"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("issueMonth")), QStringLiteral("5"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("certId")), QStringLiteral("UNIMAS-MC-2026-000123"));
}

TEST(SerialPattern, FormatsYearAndPaddedSequence)
{
    EXPECT_EQ(SerialPattern(QStringLiteral("UNIMAS-MC-{year}-{seq:6}")).format(2026, 123), QStringLiteral("UNIMAS-MC-2026-000123"));
    EXPECT_EQ(SerialPattern(QStringLiteral("{seq}")).format(2026, 7), QStringLiteral("000007"));
    EXPECT_EQ(SerialPattern(QStringLiteral("MC/{year}/{seq:3}")).format(2027, 12345), QStringLiteral("MC/2027/12345"));
    QString error;
    EXPECT_TRUE(SerialPattern(QStringLiteral("X-{seq:4}")).isValid(&error));
    EXPECT_FALSE(SerialPattern(QStringLiteral("X-{year}")).isValid(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("{seq}")));
    EXPECT_FALSE(SerialPattern(QStringLiteral("X-{month}-{seq}")).isValid(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("{month}")));
}

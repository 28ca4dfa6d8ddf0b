#include "ed25519key.h"
#include "jws.h"
#include "samplestatement.h"
#include "statementtoken.h"
#include "statementverifier.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace mcs;

class JwsTest : public testing::Test
{
protected:
    Ed25519Key key = Ed25519Key::generate();
    StatementVerifier verifier()
    {
        StatementVerifier v;
        v.addKey(Ed25519Key::fromPublicPem(key.publicPem()));
        return v;
    }
};

TEST_F(JwsTest, KeysRoundTripThroughPem)
{
    ASSERT_TRUE(key.isValid());
    EXPECT_TRUE(key.publicPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    EXPECT_TRUE(key.privatePem().startsWith("-----BEGIN PRIVATE KEY-----"));
    const Ed25519Key again = Ed25519Key::fromPrivatePem(key.privatePem());
    ASSERT_TRUE(again.hasPrivateKey());
    EXPECT_EQ(again.rawPublicKey(), key.rawPublicKey());
    EXPECT_EQ(again.keyId(), key.keyId());
    const Ed25519Key pub = Ed25519Key::fromPublicPem(key.publicPem());
    EXPECT_FALSE(pub.hasPrivateKey());
    EXPECT_TRUE(pub.privatePem().isEmpty());
    EXPECT_EQ(key.rawPublicKey().size(), 32);
    EXPECT_EQ(key.keyId().size(), 43); // base64url of 32 bytes, unpadded
    EXPECT_FALSE(Ed25519Key::fromPublicPem("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n").isValid());
}

TEST_F(JwsTest, Rfc8037TestVectorSignatureMatches)
{
    // RFC 8037 appendix A.1/A.4: the private key d and the expected signature over "Example of Ed25519 signing".
    const QByteArray der = QByteArray::fromHex("302e020100300506032b657004220420")
        + QByteArray::fromBase64("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A", QByteArray::Base64UrlEncoding);
    const QByteArray pem = "-----BEGIN PRIVATE KEY-----\n" + der.toBase64() + "\n-----END PRIVATE KEY-----\n";
    const Ed25519Key rfc = Ed25519Key::fromPrivatePem(pem);
    ASSERT_TRUE(rfc.isValid());
    EXPECT_EQ(jws::base64Url(rfc.rawPublicKey()), QByteArray("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"));
    const QByteArray input = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
    EXPECT_EQ(jws::base64Url(rfc.sign(input)),
              QByteArray("hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"));
    // RFC 7638 thumbprint of this key, as given in RFC 8037 appendix A.3.
    EXPECT_EQ(rfc.keyId(), QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"));
}

TEST_F(JwsTest, ASignedStatementVerifiesWithItsClaims)
{
    const QString token = statementtoken::sign(test::sampleStatement(), key);
    ASSERT_FALSE(token.isEmpty());
    const auto parts = token.split(QLatin1Char('.'));
    ASSERT_EQ(parts.size(), 3);
    QByteArray header;
    ASSERT_TRUE(jws::fromBase64Url(parts[0].toLatin1(), &header));
    const QJsonObject h = QJsonDocument::fromJson(header).object();
    EXPECT_EQ(h.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    EXPECT_EQ(h.value(QStringLiteral("kid")).toString(), key.keyId());

    const auto r = verifier().verify(token);
    ASSERT_TRUE(r.valid) << r.reason.toStdString();
    EXPECT_EQ(r.claims.value(QStringLiteral("serial")).toString(), QStringLiteral("UNIMAS-MC-2026-000123"));
    EXPECT_EQ(r.claims.value(QStringLiteral("name")).toString(), QStringLiteral("Nurul Aisyah binti Abdullah"));
    EXPECT_EQ(r.claims.value(QStringLiteral("course")).toString(), QStringLiteral("TMN4031MCA"));
    EXPECT_EQ(r.claims.value(QStringLiteral("title")).toString(), QStringLiteral("Micro-Credential in IoT Fundamentals"));
    EXPECT_EQ(r.claims.value(QStringLiteral("grade")).toString(), QStringLiteral("A-"));
    EXPECT_EQ(r.claims.value(QStringLiteral("awarded")).toString(), QStringLiteral("2026-05-20"));
    EXPECT_EQ(r.claims.value(QStringLiteral("iss")).toString(), QStringLiteral("Universiti Malaysia Sarawak"));
    EXPECT_FALSE(QString::fromUtf8(QJsonDocument(r.claims).toJson()).contains(QStringLiteral("5522")))
        << "no part of the NRIC in the token";
}

TEST_F(JwsTest, AnyFlippedByteNeverVerifies)
{
    const QString token = statementtoken::sign(test::sampleStatement(), key);
    const StatementVerifier v = verifier();
    for (int i = 0; i < token.size(); ++i) {
        for (const QChar replacement : {QLatin1Char('A'), QLatin1Char('-'), QLatin1Char('.'), QLatin1Char('z')}) {
            QString bad = token;
            if (bad[i] == replacement)
                continue;
            bad[i] = replacement;
            EXPECT_FALSE(v.verify(bad).valid) << "position " << i;
        }
    }
}

TEST_F(JwsTest, TruncatedTokensNeverVerify)
{
    const QString token = statementtoken::sign(test::sampleStatement(), key);
    const StatementVerifier v = verifier();
    for (int len = 0; len < token.size(); ++len)
        EXPECT_FALSE(v.verify(token.left(len)).valid) << "length " << len;
    EXPECT_TRUE(v.verify(token.left(token.lastIndexOf(QLatin1Char('.')))).reason.contains(QStringLiteral("malformed")));
}

TEST_F(JwsTest, AnEditedPayloadIsABadSignature)
{
    const QString token = statementtoken::sign(test::sampleStatement(), key);
    QStringList parts = token.split(QLatin1Char('.'));
    QByteArray payload;
    ASSERT_TRUE(jws::fromBase64Url(parts[1].toLatin1(), &payload));
    QJsonObject claims = QJsonDocument::fromJson(payload).object();
    claims.insert(QStringLiteral("grade"), QStringLiteral("A+"));
    parts[1] = QString::fromLatin1(jws::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
    const auto r = verifier().verify(parts.join(QLatin1Char('.')));
    EXPECT_FALSE(r.valid);
    EXPECT_TRUE(r.reason.startsWith(QStringLiteral("bad signature"))) << r.reason.toStdString();
}

TEST_F(JwsTest, AnotherKeyIsUnknownOrBad)
{
    const Ed25519Key other = Ed25519Key::generate();
    const QString forged = statementtoken::sign(test::sampleStatement(), other);
    const auto unknown = verifier().verify(forged);
    EXPECT_FALSE(unknown.valid);
    EXPECT_TRUE(unknown.reason.startsWith(QStringLiteral("unknown key"))) << unknown.reason.toStdString();

    // A forger who copies our kid into the header still fails the signature check.
    const auto sameKid = jws::verifyCompact(forged, [&](const QString &) { return &key; });
    EXPECT_FALSE(sameKid.valid);
    EXPECT_TRUE(sameKid.reason.startsWith(QStringLiteral("bad signature")));
}

TEST_F(JwsTest, RevokedStatementsAreNotValid)
{
    const QString token = statementtoken::sign(test::sampleStatement(), key);
    StatementVerifier v = verifier();
    v.setRevoked(QStringLiteral("UNIMAS-MC-2026-000123"), QStringLiteral("issued in error"));
    const auto r = v.verify(token);
    EXPECT_FALSE(r.valid);
    EXPECT_EQ(r.reason, QStringLiteral("revoked: statement UNIMAS-MC-2026-000123 was revoked (issued in error)"));
}

TEST_F(JwsTest, TokensAreFoundInsideVerificationUrls)
{
    const QString token = statementtoken::sign(test::sampleStatement(), key);
    const QString url = statementtoken::verificationUrl(QStringLiteral("https://verify.unimas.my/mms/"), token);
    EXPECT_EQ(url, QStringLiteral("https://verify.unimas.my/mms/") + token);
    EXPECT_EQ(statementtoken::extractToken(url), token);
    EXPECT_EQ(statementtoken::extractToken(QStringLiteral("  ") + token + QStringLiteral("\n")), token);
    EXPECT_EQ(statementtoken::extractToken(QStringLiteral("https://x.my/v?token=") + token), token);
    EXPECT_TRUE(verifier().verify(url).valid);
}

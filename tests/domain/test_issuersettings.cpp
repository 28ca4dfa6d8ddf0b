// IssuerSettings::problems(): what the CLI and Tools › Issuer Settings refuse to store.
#include "issuersettings.h"

#include <gtest/gtest.h>

using namespace mcs;

namespace {

QStringList keysOf(const IssuerSettings &s)
{
    QStringList keys;
    for (const IssuerSettingsProblem &p : s.problems())
        keys << p.key;
    return keys;
}

} // namespace

TEST(IssuerSettingsProblems, TheDefaultsAreFine)
{
    EXPECT_TRUE(IssuerSettings().problems().isEmpty());
}

TEST(IssuerSettingsProblems, EachWrongFieldIsNamedByItsKeyInTheFormsOrder)
{
    IssuerSettings s;
    s.institutionName = QStringLiteral("   ");
    s.institutionUrl = QStringLiteral("www.unimas.my");
    s.contactEmail = QStringLiteral("cflex@");
    s.verificationContact.clear();
    s.signatoryName.clear();
    s.verificationBaseUrl = QStringLiteral("https://verify.unimas.my/mms#top");
    s.serialPattern = QStringLiteral("UNIMAS-{year}");
    EXPECT_EQ(keysOf(s), (QStringList{QStringLiteral("institution_name"), QStringLiteral("institution_url"),
                                      QStringLiteral("contact_email"), QStringLiteral("verification_contact"),
                                      QStringLiteral("signatory_name"), QStringLiteral("verification_base_url"),
                                      QStringLiteral("serial_pattern")}));
    EXPECT_EQ(s.problems().last().message,
              QStringLiteral("the serial pattern needs {seq} so that every statement's serial is unique"));
}

TEST(IssuerSettingsProblems, AddressesAndPatterns)
{
    auto only = [](auto change) {
        IssuerSettings s;
        change(s);
        return keysOf(s);
    };
    const QStringList none;
    const QStringList base{QStringLiteral("verification_base_url")};
    EXPECT_EQ(only([](IssuerSettings &s) { s.verificationBaseUrl = QStringLiteral("http://localhost:8080/mms/"); }), none);
    EXPECT_EQ(only([](IssuerSettings &s) { s.verificationBaseUrl = QStringLiteral("https://verify.unimas.my/mms?t="); }), base);
    EXPECT_EQ(only([](IssuerSettings &s) { s.verificationBaseUrl = QStringLiteral("ftp://verify.unimas.my"); }), base);
    EXPECT_EQ(only([](IssuerSettings &s) { s.verificationBaseUrl = QStringLiteral("https://"); }), base);
    EXPECT_EQ(only([](IssuerSettings &s) { s.verificationBaseUrl.clear(); }), base);
    EXPECT_EQ(only([](IssuerSettings &s) { s.contactEmail = QStringLiteral("a@b@unimas.my"); }), QStringList{QStringLiteral("contact_email")});
    EXPECT_EQ(only([](IssuerSettings &s) { s.contactEmail = QStringLiteral("cflex@unimas"); }), QStringList{QStringLiteral("contact_email")});
    EXPECT_EQ(only([](IssuerSettings &s) { s.contactEmail = QStringLiteral(" cflex@unimas.my "); }), none);
    EXPECT_EQ(only([](IssuerSettings &s) { s.serialPattern = QStringLiteral("{seq}"); }), none);
    EXPECT_EQ(only([](IssuerSettings &s) { s.serialPattern = QStringLiteral("MC-{yr}-{seq}"); }), QStringList{QStringLiteral("serial_pattern")});
    // Free text may be empty where Appendix 1 does not need it.
    EXPECT_EQ(only([](IssuerSettings &s) {
                  s.institutionStatus.clear();
                  s.signatoryTitle.clear();
              }),
              none);
}

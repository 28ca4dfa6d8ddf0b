#include "ed25519key.h"
#include "samplestatement.h"
#include "statementrenderer.h"
#include "statementtoken.h"
#include "statementverifier.h"

#include <gtest/gtest.h>

#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

using namespace mcs;

namespace {

int darkPixels(const QImage &img, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(img.pixel(x, y)) < 128)
                ++n;
    return n;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (!p.waitForStarted(10000))
        return QStringLiteral("<pdftotext not installed>");
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST(StatementRenderer, PaintsAnA4PageWithTextInTheBodyAndAQrInTheFooter)
{
    const QImage img = StatementRenderer().renderImage(test::sampleStatement(), 100);
    EXPECT_EQ(img.width(), 826);  // 210 mm at 100 dpi
    EXPECT_EQ(img.height(), 1169); // 297 mm
    EXPECT_GT(darkPixels(img, QRect(70, 70, 680, 600)), 5000) << "the fields are drawn";
    EXPECT_EQ(darkPixels(img, QRect(0, 0, 60, 1169)), 0) << "nothing in the left margin";
    // The QR code sits in the bottom-right corner, above the bottom margin.
    EXPECT_GT(darkPixels(img, QRect(600, 880, 150, 150)), 2000);
}

TEST(StatementRenderer, TheQrOnThePageDecodesToATokenThatVerifies)
{
    const Ed25519Key key = Ed25519Key::generate();
    StatementData s = test::sampleStatement();
    s.verificationUrl = statementtoken::verificationUrl(QStringLiteral("https://verify.unimas.my/mms"),
                                                        statementtoken::sign(s, key));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("page.png"));
    ASSERT_TRUE(StatementRenderer().renderImage(s, 200).save(png));
    const QString decoded = test::decodeQr(png);
    EXPECT_EQ(decoded, s.verificationUrl);
    StatementVerifier v;
    v.addKey(Ed25519Key::fromPublicPem(key.publicPem()));
    const auto r = v.verify(decoded);
    EXPECT_TRUE(r.valid) << r.reason.toStdString();
}

TEST(StatementRenderer, ThePdfCarriesEveryFieldAsRealText)
{
    const StatementData s = test::sampleStatement();
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("mms.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(s.serial);
        StatementRenderer().render(&writer, s);
    }
    test::keepArtifact(pdf);
    // NFKC folds the typographic ligatures (fi, fl) that the PDF's text layer uses.
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC).simplified();
    const QStringList expected = {
        s.serial, s.learnerName, s.learnerId, s.courseCode, s.courseName, s.programme, s.institutionName,
        s.institutionStatus, s.language, s.delivery, s.modeOfStudy, s.courseLevel, QStringLiteral("1 credit"),
        QStringLiteral("40 hours"), s.duration, s.enrolmentRequirements, s.learningOutcomes.at(0),
        s.learningOutcomes.at(1), s.learningOutcomes.at(2), QStringLiteral("50%"), s.grade, s.qualityAssurance,
        QStringLiteral("20 May 2026"), s.signatoryName, s.signatoryTitle, s.verificationContact,
        QStringLiteral("MALAYSIAN MICRO-CREDENTIAL STATEMENT")};
    for (const QString &field : expected)
        EXPECT_TRUE(text.contains(field.simplified())) << "missing: " << field.toStdString() << "\n" << text.toStdString();
}

#include "qrcode.h"
#include "samplestatement.h"

#include <gtest/gtest.h>

#include <QImage>
#include <QTemporaryDir>

using namespace mcs;

TEST(QrCode, ALongVerificationUrlDecodesBackExactly)
{
    const QByteArray url = "https://verify.unimas.my/mms/" + QByteArray(420, 'x').replace(7, 3, "._-");
    const QrCode qr(url);
    ASSERT_TRUE(qr.isValid());
    EXPECT_GE(qr.size(), 21);
    EXPECT_EQ((qr.size() - 17) % 4, 0) << "QR symbols are 17 + 4 * version modules wide";
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    ASSERT_TRUE(qr.toImage(4).save(png));
    EXPECT_EQ(test::decodeQr(png), QString::fromLatin1(url));
}

TEST(QrCode, ImageHasTheQuietZoneAndFinderPattern)
{
    const QrCode qr("MC001");
    ASSERT_TRUE(qr.isValid());
    const QImage img = qr.toImage(3);
    EXPECT_EQ(img.width(), (qr.size() + 8) * 3);
    EXPECT_EQ(img.pixel(0, 0), qRgb(255, 255, 255));        // quiet zone
    EXPECT_EQ(img.pixel(4 * 3 + 1, 4 * 3 + 1), qRgb(0, 0, 0)); // top-left finder pattern corner
    EXPECT_TRUE(qr.module(0, 0));
    EXPECT_FALSE(qr.module(1, 1));
}

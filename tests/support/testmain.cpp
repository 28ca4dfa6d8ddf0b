// The one main() of every test binary: a QApplication on the offscreen platform, then GoogleTest.
#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char **argv)
{
    // gtest_discover_tests runs the binary at build time, possibly without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CFLEX-tests"));
    QApplication::setApplicationName(QStringLiteral("mcstudio-tests"));
    return RUN_ALL_TESTS();
}

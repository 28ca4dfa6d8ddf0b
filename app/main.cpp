// mcstudio: the desktop application.
#include "appsettings.h"
#include "apptheme.h"
#include "appversion.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mcstudio"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(mcs::kAppName));
    QApplication::setApplicationVersion(QString::fromLatin1(mcs::kAppVersion));
    QApplication::setOrganizationName(QString::fromLatin1(mcs::kOrganizationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(mcs::kOrganizationDomain));
    QApplication::setDesktopFileName(QStringLiteral("my.edu.cflex.mcstudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mcstudio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Micro-credential course development studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "Open this local database file."),
                                            QStringLiteral("FILE"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "A local database file to open."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    mcs::AppSettings settings;
    mcs::installTranslations(&app, settings.language());
    if (settings.theme() == QLatin1String("dark"))
        mcs::applyTheme(settings.theme());

    mcs::Workspace workspace;
    mcs::MainWindow window(&settings, &workspace);
    window.show();

    // The database named on the command line, else the last one, else a local file in the user's
    // data directory. On the very first start that file is created with a demonstration portfolio,
    // so a newcomer sees real courses at once (File > New Database starts an empty one).
    QString location = parser.value(databaseOption);
    if (location.isEmpty() && !parser.positionalArguments().isEmpty())
        location = parser.positionalArguments().constFirst();
    if (location.isEmpty())
        location = settings.lastDatabase();
    if (location.isEmpty() || location.startsWith(QLatin1String("postgres")))
        location = mcs::AppSettings::defaultDatabasePath();
    const bool firstStart = location == mcs::AppSettings::defaultDatabasePath() && !QFileInfo::exists(location);
    constexpr int kDemoCourses = 40;
    QString error;
    const bool opened = firstStart ? workspace.createDemoDatabase(location, kDemoCourses, &error)
                                   : workspace.openLocalFile(location, &error);
    if (!opened) {
        QMessageBox::warning(&window, QApplication::translate("main", "Open Database"),
                             QApplication::translate("main", "The database could not be opened: %1").arg(error));
    } else {
        settings.setLastDatabase(location);
        settings.addRecentDatabase(location);
    }
    return QApplication::exec();
}

#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mcs {

bool installTranslations(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(QLocale(language == QLatin1String("ms") ? QStringLiteral("ms_MY") : QStringLiteral("en_MY")));
    if (language == QLatin1String("en"))
        return true;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/mcstudio_") + language))
        return false;
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace mcs

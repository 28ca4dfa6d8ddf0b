#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mcs {

QLocale localeForLanguage(const QString &language)
{
    return QLocale(language == QLatin1String("ms") ? QStringLiteral("ms_MY") : QStringLiteral("en_MY"));
}

bool installTranslations(QCoreApplication *app, const QString &language)
{
    QLocale::setDefault(localeForLanguage(language));
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

std::shared_ptr<QTranslator> loadCatalogue(const QString &language)
{
    auto translator = std::make_shared<QTranslator>();
    if (language == QLatin1String("en"))
        return translator;
    if (!translator->load(QStringLiteral(":/i18n/mcstudio_") + language))
        return nullptr;
    return translator;
}

void setStatementLanguage(StatementRenderer::Options *options, const QString &language)
{
    options->translator.reset();
    options->locale = QLocale();
    if (language.isEmpty())
        return;
    if (auto catalogue = loadCatalogue(language)) {
        options->translator = std::move(catalogue);
        options->locale = localeForLanguage(language);
    }
}

} // namespace mcs

#include "languageloader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
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
    // One catalogue per language for the whole run, never destroyed: the statements desk renders
    // a batch with it on worker threads (QTranslator::translate only reads), and a worker may drop
    // the last copy of the renderer; a QObject must not be destroyed on a thread not its own.
    static QMutex mutex;
    static auto *loaded = new QHash<QString, std::shared_ptr<QTranslator>>;
    const QMutexLocker lock(&mutex);
    if (const auto it = loaded->constFind(language); it != loaded->constEnd())
        return it.value();
    auto translator = std::make_shared<QTranslator>();
    if (language != QLatin1String("en") && !translator->load(QStringLiteral(":/i18n/mcstudio_") + language))
        return nullptr;
    loaded->insert(language, translator);
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

#pragma once

#include "statementrenderer.h"

#include <QLocale>
#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace mcs {

// Installs the translators for a UI language ("en" needs none) and makes the language's locale
// the default, so dates and numbers follow it. Returns false when the language's catalogue is
// missing, in which case the interface stays in English.
bool installTranslations(QCoreApplication *app, const QString &language);

// The locale that goes with a UI language: ms_MY for "ms", en_MY otherwise.
QLocale localeForLanguage(const QString &language);

// MC Studio's own catalogue for a language, not installed: printing a statement in a language
// other than the interface's (StatementRenderer::Options::translator). "en" gives an empty
// translator, which leaves the English source text; null when the catalogue is missing. Loaded
// once per language and kept for the whole run, so worker threads may print with it.
std::shared_ptr<QTranslator> loadCatalogue(const QString &language);

// Sets the language a statement is printed in (AppSettings::statementLanguage): "en" or "ms",
// whatever the interface's; empty leaves the interface's language and locale.
void setStatementLanguage(StatementRenderer::Options *options, const QString &language);

} // namespace mcs

#pragma once

#include <QString>

class QCoreApplication;

namespace mcs {

// Installs the translators for a UI language ("en" needs none). Returns false when the
// language's catalogue is missing, in which case the interface stays in English.
bool installTranslations(QCoreApplication *app, const QString &language);

} // namespace mcs

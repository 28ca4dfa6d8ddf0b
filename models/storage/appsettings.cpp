#include "appsettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace mcs {
namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLastDatabase = QStringLiteral("database/last");
const QString kRecent = QStringLiteral("database/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kStatementLanguage = QStringLiteral("statements/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kProgrammes = QStringLiteral("compliance/accreditedProgrammes");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(kGeometry, geometry); }
QByteArray AppSettings::windowState() const { return m_settings->value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { m_settings->setValue(kState, state); }

QString AppSettings::lastDatabase() const { return m_settings->value(kLastDatabase).toString(); }
void AppSettings::setLastDatabase(const QString &location) { m_settings->setValue(kLastDatabase, location); }

QStringList AppSettings::recentDatabases() const
{
    return m_settings->value(kRecent).toStringList();
}

void AppSettings::addRecentDatabase(const QString &location)
{
    if (location.isEmpty())
        return;
    QStringList list = recentDatabases();
    list.removeAll(location);
    list.prepend(location);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings->setValue(kRecent, list);
}

void AppSettings::removeRecentDatabase(const QString &location)
{
    QStringList list = recentDatabases();
    list.removeAll(location);
    m_settings->setValue(kRecent, list);
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return supportedLanguages().contains(code) ? code : QStringLiteral("en");
}

void AppSettings::setLanguage(const QString &code)
{
    if (supportedLanguages().contains(code))
        m_settings->setValue(kLanguage, code);
}

QString AppSettings::statementLanguage() const
{
    const QString code = m_settings->value(kStatementLanguage).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void AppSettings::setStatementLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings->remove(kStatementLanguage);
    else if (supportedLanguages().contains(code))
        m_settings->setValue(kStatementLanguage, code);
}

QString AppSettings::theme() const
{
    return m_settings->value(kTheme).toString() == QLatin1String("dark") ? QStringLiteral("dark") : QStringLiteral("light");
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(kTheme, theme == QLatin1String("dark") ? QStringLiteral("dark") : QStringLiteral("light"));
}

QStringList AppSettings::accreditedProgrammeNames() const
{
    return m_settings->value(kProgrammes).toStringList();
}

void AppSettings::setAccreditedProgrammeNames(const QStringList &names)
{
    QStringList clean;
    for (const QString &name : names) {
        const QString n = name.simplified();
        if (!n.isEmpty() && !clean.contains(n))
            clean.append(n);
    }
    m_settings->setValue(kProgrammes, clean);
}

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ms")};
}

QString AppSettings::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("mcstudio.sqlite"));
}

QString AppSettings::recoveryDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("recovery"));
}

void AppSettings::sync() { m_settings->sync(); }

} // namespace mcs

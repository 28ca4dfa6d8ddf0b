#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace mcs {

// The one typed face of QSettings (DESIGN.md habit 7): every persisted preference has a getter
// and a setter here; no other code spells a settings key.
class AppSettings
{
public:
    AppSettings();                                 // the user's settings (organisation/app names)
    explicit AppSettings(const QString &iniPath);  // a given INI file, for tests and portable use
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // The database opened last (a file path, or a server URL without password); empty = none yet.
    QString lastDatabase() const;
    void setLastDatabase(const QString &location);

    // Most recently used first, without duplicates, at most kMaxRecent entries.
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &location);
    void removeRecentDatabase(const QString &location);
    static constexpr int kMaxRecent = 8;

    // UI language as a BCP-47 code: "en" (source) or "ms" (Bahasa Melayu).
    QString language() const;
    void setLanguage(const QString &code);
    static QStringList supportedLanguages();
    // The language statements (MMS) are printed in: "" = the interface's, else "en" or "ms".
    QString statementLanguage() const;
    void setStatementLanguage(const QString &code);

    // "light" (the platform's palette) or "dark" (a dark palette, apptheme.h).
    QString theme() const;
    void setTheme(const QString &theme);

    // Qualification names of the accredited programmes an MC title must not equal (compliance
    // rule title_programme, domain.md "Categories and codes"); trimmed, without duplicates.
    QStringList accreditedProgrammeNames() const;
    void setAccreditedProgrammeNames(const QStringList &names);

    // Where the default local database lives (in the user's data directory).
    static QString defaultDatabasePath();
    // Where editors keep recovery copies of courses with unsaved edits (recoveryfile.h).
    static QString recoveryDirectory();

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mcs

#pragma once

#include <QString>
#include <QStringList>

class QImage;
class QWidget;

namespace mcs::shots {

// Where the pictures go and which ones were written; a picture that could not be taken is an
// error the caller reports (the guide must not silently lose a figure).
class ShotList
{
public:
    explicit ShotList(QString directory);

    // Saves a picture of `widget` (shown, laid out, at its current size) as `name`.png.
    void take(QWidget *widget, const QString &name);
    // Saves an image drawn by hand (a rendered page) as `name`.png.
    void save(const QImage &image, const QString &name);

    const QStringList &written() const { return m_written; }
    const QStringList &failed() const { return m_failed; }

private:
    QString m_directory;
    QStringList m_written;
    QStringList m_failed;
};

} // namespace mcs::shots

#include "shotlist.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace mcs::shots {
namespace {
// A picture of one flat colour means the widget drew nothing (not shown, zero-sized, crashed paint).
bool isBlank(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}
} // namespace

ShotList::ShotList(QString directory)
    : m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
}

void ShotList::take(QWidget *widget, const QString &name)
{
    if (!widget) {
        m_failed << name;
        return;
    }
    widget->show();
    // Two rounds: layouts settle, then deferred paints (charts, delayed model resets) land.
    for (int i = 0; i < 2; ++i)
        QApplication::processEvents();
    save(widget->grab().toImage(), name);
}

void ShotList::save(const QImage &image, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || isBlank(image) || !image.save(path))
        m_failed << name;
    else
        m_written << name;
}

} // namespace mcs::shots

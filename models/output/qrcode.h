#pragma once

#include <QByteArray>
#include <QVector>

class QPainter;
class QRectF;
class QImage;

namespace mcs {

// A QR code (libqrencode, error correction level M) as a square grid of modules.
class QrCode
{
public:
    explicit QrCode(const QByteArray &data);
    bool isValid() const { return m_size > 0; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool module(int x, int y) const { return m_modules.at(y * m_size + x); }

    // Paints the code with its 4-module quiet zone filling `target` (a square).
    void paint(QPainter *painter, const QRectF &target) const;
    QImage toImage(int pixelsPerModule) const;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace mcs

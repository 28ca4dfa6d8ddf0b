#include "qrcode.h"

#include <QImage>
#include <QPainter>

#include <qrencode.h>

namespace mcs {

namespace {
constexpr int kQuietZone = 4; // ISO/IEC 18004: four modules of light margin
}

QrCode::QrCode(const QByteArray &data)
{
    QRcode *code = QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(m_size * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_modules[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
}

void QrCode::paint(QPainter *painter, const QRectF &target) const
{
    if (!isValid())
        return;
    const double side = qMin(target.width(), target.height());
    const double unit = side / (m_size + 2 * kQuietZone);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRectF(target.topLeft(), QSizeF(side, side)), Qt::white);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    const QPointF origin = target.topLeft() + QPointF(kQuietZone * unit, kQuietZone * unit);
    for (int y = 0; y < m_size; ++y) {
        // Runs of dark modules as one rectangle: fewer, seamless shapes in PDFs.
        int x = 0;
        while (x < m_size) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && module(x, y))
                ++x;
            painter->drawRect(QRectF(origin.x() + start * unit, origin.y() + y * unit, (x - start) * unit, unit));
        }
    }
    painter->restore();
}

QImage QrCode::toImage(int pixelsPerModule) const
{
    const int side = (m_size + 2 * kQuietZone) * pixelsPerModule;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(&p, QRectF(0, 0, side, side));
    return image;
}

} // namespace mcs

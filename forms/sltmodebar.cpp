#include "sltmodebar.h"

#include <QPainter>

namespace mcs {

SltModeBar::SltModeBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QColor SltModeBar::colour(int mode)
{
    static const QColor colours[3] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f)};
    return colours[std::clamp(mode, 0, 2)];
}

void SltModeBar::setHours(double physical, double sync, double independent)
{
    m_hours[0] = physical;
    m_hours[1] = sync;
    m_hours[2] = independent;
    update();
}

void SltModeBar::setSblWindow(bool shown, double minOnline, double maxOnline)
{
    m_sbl = shown;
    m_min = minOnline;
    m_max = maxOnline;
    update();
}

QSize SltModeBar::sizeHint() const
{
    return {240, 26};
}

QSize SltModeBar::minimumSizeHint() const
{
    return {80, 26};
}

void SltModeBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 4.5, -0.5, -6.5);
    const double total = m_hours[0] + m_hours[1] + m_hours[2];
    p.fillRect(bar, palette().color(QPalette::Base));
    if (total > 0) {
        double x = bar.left();
        for (int m = 0; m < 3; ++m) {
            const double w = bar.width() * m_hours[m] / total;
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), colour(m));
            x += w;
        }
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar);
    if (m_sbl) {
        // The online share grows from the right end of the bar (sync + independent).
        const double x1 = bar.right() - bar.width() * m_max / 100;
        const double x2 = bar.right() - bar.width() * m_min / 100;
        QPen pen(palette().color(QPalette::WindowText), 2); // black, or light on a dark theme
        p.setPen(pen);
        p.drawLine(QPointF(x1, bar.bottom() + 3), QPointF(x2, bar.bottom() + 3));
        p.drawLine(QPointF(x1, bar.top() - 3), QPointF(x1, bar.bottom() + 4));
        p.drawLine(QPointF(x2, bar.top() - 3), QPointF(x2, bar.bottom() + 4));
    }
}

} // namespace mcs

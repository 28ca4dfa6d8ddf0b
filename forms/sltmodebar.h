#pragma once

#include <QWidget>

namespace mcs {

// A horizontal bar of physical / online synchronous / independent hours, with the SBL window
// (30-79% online) marked when the course is Substitute Blended Learning.
class SltModeBar : public QWidget
{
    Q_OBJECT
public:
    explicit SltModeBar(QWidget *parent = nullptr);

    void setHours(double physical, double sync, double independent);
    void setSblWindow(bool shown, double minOnline = 30, double maxOnline = 79);

    static QColor colour(int mode); // 0 physical, 1 sync, 2 independent

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_hours[3] = {0, 0, 0};
    bool m_sbl = false;
    double m_min = 30;
    double m_max = 79;
};

} // namespace mcs

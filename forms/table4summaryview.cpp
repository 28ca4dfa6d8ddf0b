#include "table4summaryview.h"

#include "coursedocument.h"
#include "table4summaryrenderer.h"

#include <QPainter>

namespace mcs {

namespace {
constexpr int kMargin = 16;
}

Table4SummaryView::Table4SummaryView(CourseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    setPalette(pal);
    connect(doc, &CourseDocument::sltChanged, this, [this] {
        updateGeometry();
        update();
    });
    connect(doc, &CourseDocument::fieldChanged, this, qOverload<>(&QWidget::update));
}

QSize Table4SummaryView::sizeHint() const
{
    const Table4SummaryRenderer r(Table4Summary::of(m_doc->slt()), QString(), QString());
    return {760, int(r.contentHeight(const_cast<Table4SummaryView *>(this))) + 2 * kMargin};
}

void Table4SummaryView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Table4SummaryRenderer r(Table4Summary::of(m_doc->slt()), m_doc->displayName(), QString());
    const QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    // On screen the whole summary is one long page.
    r.paintPage(&p, QRectF(area.topLeft(), QSizeF(area.width(), std::max(area.height(), r.contentHeight(this) * 2))), 0);
}

} // namespace mcs

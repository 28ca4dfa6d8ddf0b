#pragma once

#include <QWidget>

namespace mcs {

class CourseDocument;

// The read-only MQA-style Table 4 summary on screen, painted by Table4SummaryRenderer (the same
// code as the PDF export); repainted when the SLT changes.
class Table4SummaryView : public QWidget
{
    Q_OBJECT
public:
    explicit Table4SummaryView(CourseDocument *doc, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CourseDocument *m_doc;
};

} // namespace mcs

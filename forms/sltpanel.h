#pragma once

#include "sltpaneldata.h"

#include <QWidget>

#include <memory>

namespace mcs {

namespace Ui {
class SltPanel;
}

class CourseDocument;

// The live SLT panel beside the Table 4 editor: shows SltPanelData, refreshed on the document's
// sltChanged (one refresh per committed edit).
class SltPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SltPanel(CourseDocument *doc, QWidget *parent = nullptr);
    ~SltPanel() override;

    const SltPanelData &figures() const { return m_data; }
    QString figureText(const QString &objectName) const; // for tests: "totalValue" -> "5.58 h"

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A finding was clicked: unit index, activity row (-1 for the unit, both -1 for the table).
    void findingActivated(int unit, int activity);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::SltPanel> m_ui;
    CourseDocument *m_doc;
    SltPanelData m_data;
};

} // namespace mcs

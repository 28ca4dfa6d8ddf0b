#pragma once

#include "compliancerule.h"

#include <QWidget>

class QLabel;
class QListView;

namespace mcs {

class ComplianceModel;

// The live compliance findings beside the application form: a count line and one row per
// finding (severity, guideline section, message). Activating a finding asks for its place.
class CompliancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CompliancePanel(ComplianceModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    QString summaryText() const;

Q_SIGNALS:
    void findingActivated(const mcs::ComplianceFinding &finding);

private:
    void updateSummary();

    ComplianceModel *m_model;
    QLabel *m_summary;
    QListView *m_view;
};

} // namespace mcs

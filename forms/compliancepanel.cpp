#include "compliancepanel.h"

#include "compliancemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcs {

CompliancePanel::CompliancePanel(ComplianceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Guideline checks</b>"), this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(ComplianceModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ComplianceModel::SectionColumn, QHeaderView::ResizeToContents);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT findingActivated(m_model->finding(index.row()));
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(model, &QAbstractItemModel::modelReset, this, &CompliancePanel::updateSummary);
    updateSummary();
}

QString CompliancePanel::summaryText() const
{
    return m_summary->text();
}

void CompliancePanel::updateSummary()
{
    const int errors = m_model->count(ComplianceSeverity::Error);
    const int warnings = m_model->count(ComplianceSeverity::Warning);
    const int reminders = m_model->count(ComplianceSeverity::Reminder);
    if (errors + warnings + reminders == 0)
        m_summary->setText(tr("The form meets every guideline check."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ")
                           + tr("%n reminder(s)", nullptr, reminders));
}

} // namespace mcs

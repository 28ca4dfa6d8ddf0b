#include "compliancepanel.h"

#include "compliancemodel.h"

#include <QIdentityProxyModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace mcs {
namespace {

// One line per finding for the list: "Error · 1.5 e — message", coloured by severity.
class FindingTextProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == ComplianceModel::MessageColumn && (role == Qt::DisplayRole || role == Qt::ForegroundRole)) {
            const QModelIndex severity = index.siblingAtColumn(ComplianceModel::SeverityColumn);
            if (role == Qt::ForegroundRole)
                return severity.data(Qt::ForegroundRole);
            return QStringLiteral("%1 \u00b7 %2 \u2014 %3")
                .arg(severity.data().toString(), index.siblingAtColumn(ComplianceModel::SectionColumn).data().toString(),
                     QIdentityProxyModel::data(index, role).toString());
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

CompliancePanel::CompliancePanel(ComplianceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_view(new QListView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Guideline checks</b>"), this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_summary->setWordWrap(true);
    auto *proxy = new FindingTextProxy(this);
    proxy->setSourceModel(model);
    m_view->setModel(proxy);
    m_view->setModelColumn(ComplianceModel::MessageColumn);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(3);
    m_view->setAlternatingRowColors(true);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT findingActivated(m_model->finding(index.row()));
    };
    connect(m_view, &QListView::clicked, this, activate);
    connect(m_view, &QListView::activated, this, activate);
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

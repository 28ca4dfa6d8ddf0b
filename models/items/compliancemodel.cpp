#include "compliancemodel.h"

#include "coursedocument.h"
#include "itemroles.h"

#include <QBrush>
#include <QColor>

namespace mcs {
namespace {

bool sameFindings(const QVector<ComplianceFinding> &a, const QVector<ComplianceFinding> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i)
        if (a[i].rule != b[i].rule || a[i].placeKey() != b[i].placeKey() || a[i].message != b[i].message)
            return false;
    return true;
}

} // namespace

ComplianceModel::ComplianceModel(CourseDocument *document, ComplianceContext context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
    , m_context(std::move(context))
{
    connect(document, &CourseDocument::fieldChanged, this, &ComplianceModel::recheck);
    connect(document, &CourseDocument::recordInserted, this, &ComplianceModel::recheck);
    connect(document, &CourseDocument::recordRemoved, this, &ComplianceModel::recheck);
    connect(document, &CourseDocument::recordChanged, this, &ComplianceModel::recheck);
    connect(document, &CourseDocument::recordMoved, this, &ComplianceModel::recheck);
    connect(document, &CourseDocument::sltChanged, this, &ComplianceModel::recheck);
    connect(document, &CourseDocument::table4Reset, this, &ComplianceModel::recheck);
    m_findings = checkCompliance(document->course(), document->slt(), m_context);
}

void ComplianceModel::setContext(ComplianceContext context)
{
    m_context = std::move(context);
    recheck();
}

void ComplianceModel::recheck()
{
    if (!m_doc)
        return;
    QVector<ComplianceFinding> fresh = checkCompliance(m_doc->course(), m_doc->slt(), m_context);
    if (sameFindings(fresh, m_findings))
        return;
    beginResetModel();
    m_findings = std::move(fresh);
    endResetModel();
    Q_EMIT findingsChanged();
}

int ComplianceModel::count(ComplianceSeverity severity) const
{
    return int(std::count_if(m_findings.begin(), m_findings.end(),
                             [severity](const ComplianceFinding &f) { return f.severity == severity; }));
}

int ComplianceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ComplianceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplianceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComplianceFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return complianceSeverityName(f.severity);
        case SectionColumn: return f.section;
        case MessageColumn: return f.message;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 (rule %2, guideline %3)").arg(f.message, f.rule, f.section);
    case Qt::ForegroundRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (f.severity) {
        case ComplianceSeverity::Error: return QBrush(QColor(0xb0, 0x00, 0x20));
        case ComplianceSeverity::Warning: return QBrush(QColor(0x9a, 0x5b, 0x00));
        case ComplianceSeverity::Reminder: return QBrush(QColor(0x1f, 0x5f, 0x9f));
        }
        return {};
    case ComplianceSeverityRole: return int(f.severity);
    case ComplianceRuleRole: return f.rule;
    case ComplianceFieldRole: return f.field ? int(*f.field) : -1;
    case ComplianceRecordRole: return int(f.record);
    case ComplianceRowRole: return f.row;
    }
    return {};
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case SectionColumn: return tr("Section");
    case MessageColumn: return tr("Finding");
    }
    return {};
}

} // namespace mcs

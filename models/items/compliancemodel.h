#pragma once

#include "compliancerule.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mcs {

class CourseDocument;

// The live compliance findings of an open course (compliancerule.h), one row each: severity,
// guideline section, message. Re-checked after every change of the document (field, record,
// Table 4); the rows are replaced only when the findings differ, so a view keeps its place while
// typing does not change them.
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SectionColumn, MessageColumn, ColumnCount };

    ComplianceModel(CourseDocument *document, ComplianceContext context, QObject *parent = nullptr);

    const QVector<ComplianceFinding> &findings() const { return m_findings; }
    const ComplianceFinding &finding(int row) const { return m_findings.at(row); }
    int count(ComplianceSeverity severity) const;
    void setContext(ComplianceContext context);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void recheck();

Q_SIGNALS:
    void findingsChanged();

private:
    QPointer<CourseDocument> m_doc;
    ComplianceContext m_context;
    QVector<ComplianceFinding> m_findings;
};

} // namespace mcs

#include "auditmodel.h"

#include "auditrepository.h"
#include "itemroles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace mcs {
namespace {

QString shown(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("∅");
    if (v.isString())
        return QStringLiteral("“%1”").arg(v.toString().left(60));
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)).left(60);
}

} // namespace

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool AuditModel::refresh(Database &db, const AuditFilter &filter, QString *error)
{
    QVector<AuditEntry> entries;
    const bool ok = AuditRepository(db).query(filter, &entries, error);
    setEntries(std::move(entries));
    return ok;
}

void AuditModel::setEntries(QVector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_summaries.clear();
    for (const AuditEntry &e : m_entries)
        m_summaries.append(changeSummary(e.oldValues, e.newValues));
    endResetModel();
}

QString AuditModel::changeSummary(const QString &oldJson, const QString &newJson)
{
    const QJsonObject before = QJsonDocument::fromJson(oldJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(newJson.toUtf8()).object();
    static const QSet<QString> bookkeeping = {QStringLiteral("row_version"), QStringLiteral("updated_at"),
                                              QStringLiteral("updated_by"), QStringLiteral("created_at"),
                                              QStringLiteral("created_by")};
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList parts;
    const bool inserted = before.isEmpty();
    const bool deleted = after.isEmpty();
    for (const QString &key : keys) {
        if (bookkeeping.contains(key))
            continue;
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (inserted || deleted) {
            // A whole record: its identifying values only, not every column.
            if (key == QLatin1String("code") || key == QLatin1String("title") || key == QLatin1String("name")
                || key == QLatin1String("serial") || key == QLatin1String("result") || key == QLatin1String("number"))
                parts.append(QStringLiteral("%1: %2").arg(key, shown(inserted ? b : a)));
        } else if (a != b) {
            parts.append(QStringLiteral("%1: %2 → %3").arg(key, shown(a), shown(b)));
        }
    }
    return parts.join(QStringLiteral("; "));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Who: return e.who.isEmpty() ? tr("(local user)") : e.who;
        case Action:
            return e.oldValues.isEmpty() ? tr("inserted") : e.newValues.isEmpty() ? tr("deleted") : tr("updated");
        case Table: return e.recordId.isEmpty() ? e.tableName : QStringLiteral("%1 %2").arg(e.tableName, e.recordId);
        case Course: return e.courseCode.isEmpty() && e.courseId ? QStringLiteral("#%1").arg(e.courseId) : e.courseCode;
        case Changes: return m_summaries.at(index.row());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Changes)
        return m_summaries.at(index.row());
    if (role == CourseIdRole)
        return e.courseId;
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Table: return tr("Record");
    case Course: return tr("Course");
    case Changes: return tr("Changes");
    default: return {};
    }
}

} // namespace mcs

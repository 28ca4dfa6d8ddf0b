#include "courserecordmodel.h"

#include "coursecommands.h"

#include <QUndoStack>

namespace mcs {

CourseRecordModel::CourseRecordModel(CourseDocument *document, CourseDocument::RecordList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(document)
    , m_list(list)
{
    using L = CourseDocument::RecordList;
    for (int row = 0; row < document->recordCount(list); ++row)
        m_rows.append(document->record(list, row));
    connect(document, &CourseDocument::recordInserted, this, [this](L l, int row) {
        if (l != m_list)
            return;
        beginInsertRows({}, row, row);
        m_rows.insert(row, m_doc->record(m_list, row));
        endInsertRows();
    });
    connect(document, &CourseDocument::recordRemoved, this, [this](L l, int row) {
        if (l != m_list)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
    connect(document, &CourseDocument::recordChanged, this, [this](L l, int row) {
        if (l != m_list)
            return;
        m_rows[row] = m_doc->record(m_list, row);
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(document, &CourseDocument::recordMoved, this, [this](L l, int from, int to) {
        if (l != m_list)
            return;
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    });
}

int CourseRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourseRecordModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_list == CourseDocument::RecordList::Assessment ? 3 : 4;
}

QVariant CourseRecordModel::data(const QModelIndex &index, int role) const
{
    if (!m_doc || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const int row = index.row();
    switch (m_list) {
    case CourseDocument::RecordList::Lecturers: {
        const Lecturer l = m_rows.at(row).value<Lecturer>();
        const QString values[] = {l.name, l.staffId, l.email, l.role};
        return values[index.column()];
    }
    case CourseDocument::RecordList::Clos: {
        const Clo c = m_rows.at(row).value<Clo>();
        const QString values[] = {c.code, c.statement, c.domain, c.level};
        return values[index.column()];
    }
    case CourseDocument::RecordList::Assessment: {
        const AssessmentComponent a = m_rows.at(row).value<AssessmentComponent>();
        switch (index.column()) {
        case 0: return a.name;
        case 1:
            if (role == Qt::EditRole)
                return int(a.kind);
            return a.kind == AssessmentComponent::Kind::Continuous ? tr("Continuous") : tr("Final");
        default: return a.weight;
        }
    }
    }
    return {};
}

bool CourseRecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_doc || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    const int column = index.column();
    QVariant record;
    switch (m_list) {
    case CourseDocument::RecordList::Lecturers: {
        Lecturer l = m_rows.at(row).value<Lecturer>();
        QString *fields[] = {&l.name, &l.staffId, &l.email, &l.role};
        *fields[column] = value.toString();
        if (l == m_rows.at(row).value<Lecturer>())
            return true;
        record = QVariant::fromValue(l);
        break;
    }
    case CourseDocument::RecordList::Clos: {
        Clo c = m_rows.at(row).value<Clo>();
        QString *fields[] = {&c.code, &c.statement, &c.domain, &c.level};
        *fields[column] = value.toString();
        if (c == m_rows.at(row).value<Clo>())
            return true;
        record = QVariant::fromValue(c);
        break;
    }
    case CourseDocument::RecordList::Assessment: {
        AssessmentComponent a = m_rows.at(row).value<AssessmentComponent>();
        bool ok = true;
        if (column == 0) {
            a.name = value.toString();
        } else if (column == 1) {
            AssessmentComponent::Kind kind;
            if (value.typeId() == QMetaType::QString && assessmentComponentKindFromKey(value.toString(), &kind)) {
                a.kind = kind;
            } else {
                const int k = value.toInt(&ok);
                ok = ok && (k == 0 || k == 1);
                a.kind = AssessmentComponent::Kind(k);
            }
        } else {
            const double w = value.toDouble(&ok);
            ok = ok && w >= 0;
            a.weight = w;
        }
        if (!ok)
            return false;
        if (a == m_rows.at(row).value<AssessmentComponent>())
            return true;
        record = QVariant::fromValue(a);
        break;
    }
    }
    m_doc->undoStack()->push(new SetRecordCommand(m_doc, m_list, row, record));
    return true;
}

Qt::ItemFlags CourseRecordModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant CourseRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (m_list) {
    case CourseDocument::RecordList::Lecturers: {
        const QString names[] = {tr("Name"), tr("Staff ID"), tr("E-mail"), tr("Role")};
        return section >= 0 && section < 4 ? names[section] : QVariant();
    }
    case CourseDocument::RecordList::Clos: {
        const QString names[] = {tr("Code"), tr("Learning outcome"), tr("Domain"), tr("Level")};
        return section >= 0 && section < 4 ? names[section] : QVariant();
    }
    case CourseDocument::RecordList::Assessment: {
        const QString names[] = {tr("Component"), tr("Kind"), tr("Weight (%)")};
        return section >= 0 && section < 3 ? names[section] : QVariant();
    }
    }
    return {};
}

QVariant CourseRecordModel::blankRecord(int row) const
{
    switch (m_list) {
    case CourseDocument::RecordList::Lecturers: return QVariant::fromValue(Lecturer{});
    case CourseDocument::RecordList::Clos: {
        Clo c;
        c.code = QStringLiteral("CLO%1").arg(row + 1);
        return QVariant::fromValue(c);
    }
    case CourseDocument::RecordList::Assessment: return QVariant::fromValue(AssessmentComponent{});
    }
    return {};
}

bool CourseRecordModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (!m_doc || parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    auto *step = new QUndoCommand(count == 1 ? tr("Add row") : tr("Add %n row(s)", nullptr, count));
    for (int i = 0; i < count; ++i)
        new InsertRecordCommand(m_doc, m_list, row + i, blankRecord(row + i), step);
    m_doc->undoStack()->push(step);
    return true;
}

bool CourseRecordModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (!m_doc || parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    auto *step = new QUndoCommand(count == 1 ? tr("Remove row") : tr("Remove %n row(s)", nullptr, count));
    for (int i = count - 1; i >= 0; --i)
        new RemoveRecordCommand(m_doc, m_list, row + i, step);
    m_doc->undoStack()->push(step);
    return true;
}

bool CourseRecordModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                 const QModelIndex &destinationParent, int destinationChild)
{
    // One row at a time (the editor's Up/Down buttons); destinationChild as in beginMoveRows.
    if (!m_doc || sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_doc->undoStack()->push(new MoveRecordCommand(m_doc, m_list, sourceRow, to));
    return true;
}

} // namespace mcs

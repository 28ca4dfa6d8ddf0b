#include "coursecommands.h"

#include <QCoreApplication>

namespace mcs {
namespace {

// lupdate reads the context from the macro; Tr::tr() keeps it in code outside any class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mcs::CourseCommands)
};

QString recordName(CourseDocument::RecordList list)
{
    switch (list) {
    case CourseDocument::RecordList::Lecturers: return Tr::tr("lecturer");
    case CourseDocument::RecordList::Clos: return Tr::tr("learning outcome");
    case CourseDocument::RecordList::Assessment: return Tr::tr("assessment component");
    }
    return {};
}

// Two edits merge when the later one follows within the window.
bool recent(const QElapsedTimer &age)
{
    return age.isValid() && age.elapsed() < kMergeWindowMs;
}

} // namespace

// --- SetFieldCommand ---

SetFieldCommand::SetFieldCommand(CourseDocument *doc, CourseField field, QVariant value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_field(field)
    , m_old(courseFieldValue(doc->course(), field))
    , m_new(std::move(value))
{
    setText(Tr::tr("Edit %1").arg(courseFieldLabel(field)));
    m_age.start();
}

void SetFieldCommand::redo() { m_doc->setField(m_field, m_new); }
void SetFieldCommand::undo() { m_doc->setField(m_field, m_old); }

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldCommand *>(other);
    if (o->m_doc != m_doc || o->m_field != m_field || !recent(m_age))
        return false;
    m_new = o->m_new;
    m_age.start();
    setObsolete(m_new == m_old);
    return true;
}

// --- Record lists ---

InsertRecordCommand::InsertRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int row, QVariant value,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_row(row)
    , m_value(std::move(value))
{
    setText(Tr::tr("Add %1").arg(recordName(list)));
}

void InsertRecordCommand::redo() { m_doc->insertRecord(m_list, m_row, m_value); }
void InsertRecordCommand::undo() { m_doc->removeRecord(m_list, m_row); }

RemoveRecordCommand::RemoveRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int row, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_row(row)
    , m_value(doc->record(list, row))
{
    setText(Tr::tr("Remove %1").arg(recordName(list)));
}

void RemoveRecordCommand::redo() { m_doc->removeRecord(m_list, m_row); }
void RemoveRecordCommand::undo() { m_doc->insertRecord(m_list, m_row, m_value); }

SetRecordCommand::SetRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int row, QVariant value,
                                   QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_row(row)
    , m_old(doc->record(list, row))
    , m_new(std::move(value))
{
    setText(Tr::tr("Edit %1").arg(recordName(list)));
    m_age.start();
}

void SetRecordCommand::redo() { m_doc->setRecord(m_list, m_row, m_new); }
void SetRecordCommand::undo() { m_doc->setRecord(m_list, m_row, m_old); }

bool SetRecordCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetRecordCommand *>(other);
    if (o->m_doc != m_doc || o->m_list != m_list || o->m_row != m_row || !recent(m_age))
        return false;
    m_new = o->m_new;
    m_age.start();
    return true;
}

MoveRecordCommand::MoveRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int from, int to,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_list(list)
    , m_from(from)
    , m_to(to)
{
    setText(Tr::tr("Move %1").arg(recordName(list)));
}

void MoveRecordCommand::redo() { m_doc->moveRecord(m_list, m_from, m_to); }
void MoveRecordCommand::undo() { m_doc->moveRecord(m_list, m_to, m_from); }

// --- Table 4 ---

SetActivityCommand::SetActivityCommand(CourseDocument *doc, int unit, int row, Activity value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_unit(unit)
    , m_row(row)
    , m_old(doc->slt().activity(unit, row))
    , m_new(std::move(value))
{
    setText(Tr::tr("Edit activity"));
    m_age.start();
}

void SetActivityCommand::redo() { m_doc->setActivity(m_unit, m_row, m_new); }
void SetActivityCommand::undo() { m_doc->setActivity(m_unit, m_row, m_old); }

bool SetActivityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetActivityCommand *>(other);
    if (o->m_doc != m_doc || o->m_unit != m_unit || o->m_row != m_row || !recent(m_age))
        return false;
    m_new = o->m_new;
    m_age.start();
    setObsolete(m_new == m_old);
    return true;
}

InsertActivityCommand::InsertActivityCommand(CourseDocument *doc, int unit, int row, Activity value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_unit(unit)
    , m_row(row)
    , m_value(std::move(value))
{
    setText(Tr::tr("Add activity"));
}

void InsertActivityCommand::redo() { m_doc->insertActivity(m_unit, m_row, m_value); }
void InsertActivityCommand::undo() { m_doc->removeActivity(m_unit, m_row); }

RemoveActivityCommand::RemoveActivityCommand(CourseDocument *doc, int unit, int row, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_unit(unit)
    , m_row(row)
    , m_value(doc->slt().activity(unit, row))
{
    setText(Tr::tr("Remove activity"));
}

void RemoveActivityCommand::redo() { m_doc->removeActivity(m_unit, m_row); }
void RemoveActivityCommand::undo() { m_doc->insertActivity(m_unit, m_row, m_value); }

MoveActivityCommand::MoveActivityCommand(CourseDocument *doc, int fromUnit, int fromRow, int toUnit, int toRow,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_fromUnit(fromUnit)
    , m_fromRow(fromRow)
    , m_toUnit(toUnit)
    , m_toRow(toRow)
{
    setText(Tr::tr("Move activity"));
}

void MoveActivityCommand::redo()
{
    const Activity a = m_doc->slt().activity(m_fromUnit, m_fromRow);
    m_doc->removeActivity(m_fromUnit, m_fromRow);
    m_doc->insertActivity(m_toUnit, m_toRow, a);
}

void MoveActivityCommand::undo()
{
    const Activity a = m_doc->slt().activity(m_toUnit, m_toRow);
    m_doc->removeActivity(m_toUnit, m_toRow);
    m_doc->insertActivity(m_fromUnit, m_fromRow, a);
}

InsertUnitCommand::InsertUnitCommand(CourseDocument *doc, int index, LearningUnit unit, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_index(index)
    , m_unit(std::move(unit))
{
    setText(Tr::tr("Add unit"));
}

void InsertUnitCommand::redo() { m_doc->insertUnit(m_index, m_unit); }
void InsertUnitCommand::undo() { m_doc->removeUnit(m_index); }

RemoveUnitCommand::RemoveUnitCommand(CourseDocument *doc, int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_index(index)
    , m_unit(doc->slt().unit(index))
{
    setText(Tr::tr("Remove unit"));
}

void RemoveUnitCommand::redo() { m_doc->removeUnit(m_index); }
void RemoveUnitCommand::undo() { m_doc->insertUnit(m_index, m_unit); }

SetUnitHeaderCommand::SetUnitHeaderCommand(CourseDocument *doc, int index, int number, QString title, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_index(index)
    , m_oldNumber(doc->slt().unit(index).number)
    , m_newNumber(number)
    , m_oldTitle(doc->slt().unit(index).title)
    , m_newTitle(std::move(title))
{
    setText(Tr::tr("Edit unit"));
    m_age.start();
}

void SetUnitHeaderCommand::redo() { m_doc->setUnitHeader(m_index, m_newNumber, m_newTitle); }
void SetUnitHeaderCommand::undo() { m_doc->setUnitHeader(m_index, m_oldNumber, m_oldTitle); }

bool SetUnitHeaderCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetUnitHeaderCommand *>(other);
    if (o->m_doc != m_doc || o->m_index != m_index || !recent(m_age))
        return false;
    m_newNumber = o->m_newNumber;
    m_newTitle = o->m_newTitle;
    m_age.start();
    return true;
}

ReplaceTable4Command::ReplaceTable4Command(CourseDocument *doc, Table4 table, QString text, QUndoCommand *parent)
    : QUndoCommand(std::move(text), parent)
    , m_doc(doc)
    , m_old(doc->slt().table())
    , m_new(std::move(table))
{
}

void ReplaceTable4Command::redo() { m_doc->setTable4(m_new); }
void ReplaceTable4Command::undo() { m_doc->setTable4(m_old); }

SetMilestoneCommand::SetMilestoneCommand(CourseDocument *doc, int index, Milestone value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_index(index)
    , m_old(doc->course().milestones.at(index))
    , m_new(std::move(value))
{
    setText(Tr::tr("Edit milestone %1").arg(index + 1));
    m_age.start();
}

void SetMilestoneCommand::redo() { m_doc->setMilestone(m_index, m_new); }
void SetMilestoneCommand::undo() { m_doc->setMilestone(m_index, m_old); }

bool SetMilestoneCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetMilestoneCommand *>(other);
    if (o->m_doc != m_doc || o->m_index != m_index || !recent(m_age))
        return false;
    m_new = o->m_new;
    m_age.start();
    return true;
}

ChangeRateTableCommand::ChangeRateTableCommand(CourseDocument *doc, RateTable rates, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_doc(doc)
    , m_old(doc->slt().rates())
    , m_new(std::move(rates))
{
    setText(QCoreApplication::translate("mcs::CourseCommands", "Use SLT rate table version %1").arg(m_new.version()));
}

void ChangeRateTableCommand::redo()
{
    m_doc->setRates(m_new);
}

void ChangeRateTableCommand::undo()
{
    m_doc->setRates(m_old);
}

} // namespace mcs

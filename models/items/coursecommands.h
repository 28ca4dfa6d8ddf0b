#pragma once

#include "coursedocument.h"

#include <QElapsedTimer>
#include <QUndoCommand>

// Undo commands over a CourseDocument: every edit in an editor is one of these, pushed onto the
// document's undo stack (DESIGN.md "Data flow for an edit"). Commands that change one value merge
// with the next change of the same value made within a moment, so typing is one undo step.
// Several rows at once (paste, import) are one step as children of a parent QUndoCommand.
namespace mcs {

enum CourseCommandId {
    SetFieldCommandId = 1000,
    SetRecordCommandId,
    SetActivityCommandId,
    SetUnitHeaderCommandId,
    SetMilestoneCommandId,
};

// Merging window for successive edits of one value (keystrokes of one number or word).
inline constexpr int kMergeWindowMs = 2000;

class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(CourseDocument *doc, CourseField field, QVariant value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return SetFieldCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CourseDocument *m_doc;
    CourseField m_field;
    QVariant m_old;
    QVariant m_new;
    QElapsedTimer m_age;
};

class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int row, QVariant value,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    CourseDocument::RecordList m_list;
    int m_row;
    QVariant m_value;
};

class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    CourseDocument::RecordList m_list;
    int m_row;
    QVariant m_value;
};

class SetRecordCommand : public QUndoCommand
{
public:
    SetRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int row, QVariant value,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return SetRecordCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CourseDocument *m_doc;
    CourseDocument::RecordList m_list;
    int m_row;
    QVariant m_old;
    QVariant m_new;
    QElapsedTimer m_age;
};

class MoveRecordCommand : public QUndoCommand
{
public:
    MoveRecordCommand(CourseDocument *doc, CourseDocument::RecordList list, int from, int to,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    CourseDocument::RecordList m_list;
    int m_from;
    int m_to;
};

// --- Table 4 ---

class SetActivityCommand : public QUndoCommand
{
public:
    SetActivityCommand(CourseDocument *doc, int unit, int row, Activity value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return SetActivityCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CourseDocument *m_doc;
    int m_unit;
    int m_row;
    Activity m_old;
    Activity m_new;
    QElapsedTimer m_age;
};

class InsertActivityCommand : public QUndoCommand
{
public:
    InsertActivityCommand(CourseDocument *doc, int unit, int row, Activity value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    int m_unit;
    int m_row;
    Activity m_value;
};

class RemoveActivityCommand : public QUndoCommand
{
public:
    RemoveActivityCommand(CourseDocument *doc, int unit, int row, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    int m_unit;
    int m_row;
    Activity m_value;
};

// Moves an activity to another place, possibly in another unit; toRow is its index after the move.
class MoveActivityCommand : public QUndoCommand
{
public:
    MoveActivityCommand(CourseDocument *doc, int fromUnit, int fromRow, int toUnit, int toRow,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    int m_fromUnit, m_fromRow, m_toUnit, m_toRow;
};

class InsertUnitCommand : public QUndoCommand
{
public:
    InsertUnitCommand(CourseDocument *doc, int index, LearningUnit unit, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    int m_index;
    LearningUnit m_unit;
};

class RemoveUnitCommand : public QUndoCommand
{
public:
    RemoveUnitCommand(CourseDocument *doc, int index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    int m_index;
    LearningUnit m_unit;
};

class SetUnitHeaderCommand : public QUndoCommand
{
public:
    SetUnitHeaderCommand(CourseDocument *doc, int index, int number, QString title, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return SetUnitHeaderCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CourseDocument *m_doc;
    int m_index;
    int m_oldNumber, m_newNumber;
    QString m_oldTitle, m_newTitle;
    QElapsedTimer m_age;
};

// Replaces the whole Table 4 (CSV import, rate-table upgrade): one step.
class ReplaceTable4Command : public QUndoCommand
{
public:
    ReplaceTable4Command(CourseDocument *doc, Table4 table, QString text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    Table4 m_old;
    Table4 m_new;
};

// Upgrades (or returns) the course to another SLT rate table: one undo step; undo restores the
// previous table and with it every total exactly (the calculator recomputes from the same rows).
class ChangeRateTableCommand : public QUndoCommand
{
public:
    ChangeRateTableCommand(CourseDocument *doc, RateTable rates, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    CourseDocument *m_doc;
    RateTable m_old;
    RateTable m_new;
};

class SetMilestoneCommand : public QUndoCommand
{
public:
    SetMilestoneCommand(CourseDocument *doc, int index, Milestone value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return SetMilestoneCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CourseDocument *m_doc;
    int m_index;
    Milestone m_old;
    Milestone m_new;
    QElapsedTimer m_age;
};

} // namespace mcs

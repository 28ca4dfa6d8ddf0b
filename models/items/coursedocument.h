#pragma once

#include "course.h"
#include "coursefield.h"
#include "sltcalculator.h"
#include "storeresult.h"

#include <QObject>
#include <QVariant>

class QUndoStack;

namespace mcs {

class CourseRepository;

// One open course: its data, its undo stack and its live SLT calculator (DESIGN.md "Data flow for
// an edit"). Editors never change the data directly: item models push undo commands
// (coursecommands.h), the commands call the mutators below, and the document emits a
// fine-grained signal that models turn into the smallest dataChanged and panels into updated
// totals.
//
// The Table 4 lives in slt() (the calculator owns it); course() holds every other part, and
// snapshot() assembles the whole course for saving, exporting and printing.
class CourseDocument : public QObject
{
    Q_OBJECT
public:
    enum class RecordList { Lecturers, Clos, Assessment };
    Q_ENUM(RecordList)

    // `rates` is the table the course was built with (Table4::rateTableVersion), the built-in one by default.
    explicit CourseDocument(Course course, QObject *parent = nullptr);
    CourseDocument(Course course, RateTable rates, QObject *parent = nullptr);
    ~CourseDocument() override;

    const Course &course() const { return m_course; } // course().table4 is empty: use slt().table()
    Course snapshot() const;
    const SltCalculator &slt() const { return m_slt; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    QString displayName() const; // "MC001 — Micro-Credential in …" for tabs and titles

    // Saves in one transaction; on success the document is clean and carries the new row version.
    // A conflict leaves the document as it is, still modified, so nothing typed is lost.
    StoreResult save(CourseRepository &repository, const QString &user);

    // --- Mutators for undo commands (each emits its signal) ---
    void setField(CourseField field, const QVariant &value);

    int recordCount(RecordList list) const;
    const Lecturer &lecturer(int row) const { return m_course.lecturers.at(row); }
    const Clo &clo(int row) const { return m_course.clos.at(row); }
    const AssessmentComponent &assessment(int row) const { return m_course.assessment.at(row); }
    void insertLecturer(int row, const Lecturer &value);
    void setLecturer(int row, const Lecturer &value);
    void insertClo(int row, const Clo &value);
    void setClo(int row, const Clo &value);
    void insertAssessment(int row, const AssessmentComponent &value);
    void setAssessment(int row, const AssessmentComponent &value);
    // The same, generically: the QVariant holds a Lecturer, Clo or AssessmentComponent.
    QVariant record(RecordList list, int row) const;
    void insertRecord(RecordList list, int row, const QVariant &value);
    void setRecord(RecordList list, int row, const QVariant &value);
    void removeRecord(RecordList list, int row);
    void moveRecord(RecordList list, int from, int to);

    void insertUnit(int index, const LearningUnit &unit);
    void removeUnit(int index);
    void setUnitHeader(int index, int number, const QString &title);
    void setActivity(int unit, int row, const Activity &activity);
    void insertActivity(int unit, int row, const Activity &activity);
    void removeActivity(int unit, int row);
    void setTable4(const Table4 &table); // whole-table replace (CSV import, rate-table upgrade)
    // Computes Table 4 with another rate table (its version becomes the course's); emits
    // ratesChanged, table4Reset and sltChanged.
    void setRates(const RateTable &rates);

    // A workflow step was taken in the database (courseworkflow.h): the stored state and row
    // version moved on. Not an edit: no undo step, and the document stays as clean as it was.
    void setStoredState(ApprovalStatus status, qint64 rowVersion);

    void setMilestone(int index, const Milestone &milestone);
    void setMilestones(const MilestoneList &milestones);

Q_SIGNALS:
    void fieldChanged(mcs::CourseField field);
    void recordInserted(mcs::CourseDocument::RecordList list, int row);
    void recordRemoved(mcs::CourseDocument::RecordList list, int row);
    void recordChanged(mcs::CourseDocument::RecordList list, int row);
    void recordMoved(mcs::CourseDocument::RecordList list, int from, int to);

    void unitInserted(int index);
    void unitRemoved(int index);
    void unitChanged(int index);
    void activityInserted(int unit, int row);
    void activityRemoved(int unit, int row);
    void activityChanged(int unit, int row);
    void table4Reset();
    void ratesChanged();
    // After every Table 4 edit, once the calculator's totals are up to date.
    void sltChanged();

    void milestonesChanged();
    void modifiedChanged(bool modified);
    void saved();

private:
    Course m_course;
    SltCalculator m_slt;
    QUndoStack *m_undoStack;
};

} // namespace mcs

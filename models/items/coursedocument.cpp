#include "coursedocument.h"

#include "builtinrates.h"
#include "courserepository.h"

#include <QUndoStack>

namespace mcs {

CourseDocument::CourseDocument(Course course, QObject *parent)
    : CourseDocument(std::move(course), builtinRateTable(), parent)
{
}

CourseDocument::CourseDocument(Course course, RateTable rates, QObject *parent)
    : QObject(parent)
    , m_course(std::move(course))
    , m_slt(std::move(rates))
    , m_undoStack(new QUndoStack(this))
{
    m_slt.setTable(std::move(m_course.table4));
    m_course.table4 = Table4();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

CourseDocument::~CourseDocument() = default;

Course CourseDocument::snapshot() const
{
    Course c = m_course;
    c.table4 = m_slt.table();
    return c;
}

bool CourseDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QString CourseDocument::displayName() const
{
    if (m_course.code.isEmpty())
        return m_course.title.isEmpty() ? tr("New course") : m_course.title;
    return m_course.title.isEmpty() ? m_course.code : QStringLiteral("%1 — %2").arg(m_course.code, m_course.title);
}

StoreResult CourseDocument::save(CourseRepository &repository, const QString &user)
{
    Course c = snapshot();
    const StoreResult result = repository.save(&c, user);
    if (!result.ok())
        return result;
    m_course.id = c.id;
    m_course.rowVersion = c.rowVersion;
    m_course.createdBy = c.createdBy;
    m_course.createdAt = c.createdAt;
    m_course.updatedBy = c.updatedBy;
    m_course.updatedAt = c.updatedAt;
    m_undoStack->setClean();
    Q_EMIT saved();
    return result;
}

void CourseDocument::setStoredState(ApprovalStatus status, qint64 rowVersion)
{
    m_course.rowVersion = rowVersion;
    if (m_course.status != status) {
        m_course.status = status;
        Q_EMIT fieldChanged(CourseField::Status);
    }
}

void CourseDocument::setField(CourseField field, const QVariant &value)
{
    if (setCourseFieldValue(&m_course, field, value))
        Q_EMIT fieldChanged(field);
}

int CourseDocument::recordCount(RecordList list) const
{
    switch (list) {
    case RecordList::Lecturers: return int(m_course.lecturers.size());
    case RecordList::Clos: return int(m_course.clos.size());
    case RecordList::Assessment: return int(m_course.assessment.size());
    }
    return 0;
}

void CourseDocument::insertLecturer(int row, const Lecturer &value)
{
    m_course.lecturers.insert(row, value);
    Q_EMIT recordInserted(RecordList::Lecturers, row);
}

void CourseDocument::setLecturer(int row, const Lecturer &value)
{
    m_course.lecturers[row] = value;
    Q_EMIT recordChanged(RecordList::Lecturers, row);
}

void CourseDocument::insertClo(int row, const Clo &value)
{
    m_course.clos.insert(row, value);
    Q_EMIT recordInserted(RecordList::Clos, row);
}

void CourseDocument::setClo(int row, const Clo &value)
{
    m_course.clos[row] = value;
    Q_EMIT recordChanged(RecordList::Clos, row);
}

void CourseDocument::insertAssessment(int row, const AssessmentComponent &value)
{
    m_course.assessment.insert(row, value);
    Q_EMIT recordInserted(RecordList::Assessment, row);
}

void CourseDocument::setAssessment(int row, const AssessmentComponent &value)
{
    m_course.assessment[row] = value;
    Q_EMIT recordChanged(RecordList::Assessment, row);
}

QVariant CourseDocument::record(RecordList list, int row) const
{
    switch (list) {
    case RecordList::Lecturers: return QVariant::fromValue(m_course.lecturers.at(row));
    case RecordList::Clos: return QVariant::fromValue(m_course.clos.at(row));
    case RecordList::Assessment: return QVariant::fromValue(m_course.assessment.at(row));
    }
    return {};
}

void CourseDocument::insertRecord(RecordList list, int row, const QVariant &value)
{
    switch (list) {
    case RecordList::Lecturers: insertLecturer(row, value.value<Lecturer>()); break;
    case RecordList::Clos: insertClo(row, value.value<Clo>()); break;
    case RecordList::Assessment: insertAssessment(row, value.value<AssessmentComponent>()); break;
    }
}

void CourseDocument::setRecord(RecordList list, int row, const QVariant &value)
{
    switch (list) {
    case RecordList::Lecturers: setLecturer(row, value.value<Lecturer>()); break;
    case RecordList::Clos: setClo(row, value.value<Clo>()); break;
    case RecordList::Assessment: setAssessment(row, value.value<AssessmentComponent>()); break;
    }
}

void CourseDocument::removeRecord(RecordList list, int row)
{
    switch (list) {
    case RecordList::Lecturers: m_course.lecturers.removeAt(row); break;
    case RecordList::Clos: m_course.clos.removeAt(row); break;
    case RecordList::Assessment: m_course.assessment.removeAt(row); break;
    }
    Q_EMIT recordRemoved(list, row);
}

void CourseDocument::moveRecord(RecordList list, int from, int to)
{
    switch (list) {
    case RecordList::Lecturers: m_course.lecturers.move(from, to); break;
    case RecordList::Clos: m_course.clos.move(from, to); break;
    case RecordList::Assessment: m_course.assessment.move(from, to); break;
    }
    Q_EMIT recordMoved(list, from, to);
}

void CourseDocument::insertUnit(int index, const LearningUnit &unit)
{
    m_slt.insertUnit(index, unit);
    Q_EMIT unitInserted(index);
    Q_EMIT sltChanged();
}

void CourseDocument::removeUnit(int index)
{
    m_slt.removeUnit(index);
    Q_EMIT unitRemoved(index);
    Q_EMIT sltChanged();
}

void CourseDocument::setUnitHeader(int index, int number, const QString &title)
{
    m_slt.setUnitHeader(index, number, title);
    Q_EMIT unitChanged(index);
    Q_EMIT sltChanged();
}

void CourseDocument::setActivity(int unit, int row, const Activity &activity)
{
    m_slt.setActivity(unit, row, activity);
    Q_EMIT activityChanged(unit, row);
    Q_EMIT sltChanged();
}

void CourseDocument::insertActivity(int unit, int row, const Activity &activity)
{
    m_slt.insertActivity(unit, row, activity);
    Q_EMIT activityInserted(unit, row);
    Q_EMIT sltChanged();
}

void CourseDocument::removeActivity(int unit, int row)
{
    m_slt.removeActivity(unit, row);
    Q_EMIT activityRemoved(unit, row);
    Q_EMIT sltChanged();
}

void CourseDocument::setTable4(const Table4 &table)
{
    m_slt.setTable(table);
    Q_EMIT table4Reset();
    Q_EMIT sltChanged();
}

void CourseDocument::setRates(const RateTable &rates)
{
    m_slt.setRates(rates);
    Q_EMIT ratesChanged();
    Q_EMIT table4Reset();
    Q_EMIT sltChanged();
}

void CourseDocument::setMilestone(int index, const Milestone &milestone)
{
    m_course.milestones[index] = milestone;
    Q_EMIT milestonesChanged();
}

void CourseDocument::setMilestones(const MilestoneList &milestones)
{
    m_course.milestones = milestones;
    Q_EMIT milestonesChanged();
}

} // namespace mcs

#pragma once

#include "compliancerule.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QTableView;
class QPushButton;

namespace mcs {

namespace Ui {
class ApplicationForm;
}

class CourseDocument;
class CourseFieldsModel;
class CourseRecordModel;

// The application form (guideline 2.1) of one open course, in the sections identity and code;
// justification and market survey; learning outcomes; delivery and mode; assessment; offering
// and fee; team. It shows exactly the fields of the course's kind (applicationFormFields) and
// switches variant when the kind changes. Every widget edit goes through the item models, so
// through the document's undo stack; the widgets follow the document (undo, other views).
class ApplicationForm : public QWidget
{
    Q_OBJECT
public:
    explicit ApplicationForm(CourseDocument *document, QWidget *parent = nullptr);
    ~ApplicationForm() override;

    // The editor widget of a field (null for a field the form does not show, such as status).
    QWidget *editorFor(CourseField field) const { return m_editors.value(field); }
    bool isFieldShown(CourseField field) const;
    // Brings a finding's place into view and gives it the focus.
    void focusField(CourseField field);
    void focusRecord(ComplianceRecord record, int row);

    QTableView *cloTable() const;
    QTableView *assessmentTable() const;
    QTableView *lecturerTable() const;

private:
    void bind(QWidget *editor, CourseField field);
    void bindTable(QTableView *view, CourseRecordModel *model, QPushButton *add, QPushButton *remove,
                   QPushButton *up, QPushButton *down);
    void showFieldValue(CourseField field);
    void applyKind();

    std::unique_ptr<Ui::ApplicationForm> m_ui;
    CourseDocument *m_doc;
    CourseFieldsModel *m_fields;
    CourseRecordModel *m_lecturers;
    CourseRecordModel *m_clos;
    CourseRecordModel *m_assessment;
    QMap<CourseField, QWidget *> m_editors;
    bool m_updating = false;
};

} // namespace mcs

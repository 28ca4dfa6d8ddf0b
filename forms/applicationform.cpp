#include "applicationform.h"
#include "ui_applicationform.h"

#include "coursedocument.h"
#include "coursefieldsmodel.h"
#include "courserecordmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>

namespace mcs {

ApplicationForm::ApplicationForm(CourseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ApplicationForm>())
    , m_doc(document)
    , m_fields(new CourseFieldsModel(document, this))
    , m_lecturers(new CourseRecordModel(document, CourseDocument::RecordList::Lecturers, this))
    , m_clos(new CourseRecordModel(document, CourseDocument::RecordList::Clos, this))
    , m_assessment(new CourseRecordModel(document, CourseDocument::RecordList::Assessment, this))
{
    m_ui->setupUi(this);
    // The combo boxes list the values in enumeration order: the index is the value (CourseFieldsModel).
    for (CourseKind kind : allCourseKinds())
        m_ui->kindCombo->addItem(courseKindName(kind));
    for (CourseDelivery d : {CourseDelivery::Odl, CourseDelivery::Conventional, CourseDelivery::Blended, CourseDelivery::Sbl})
        m_ui->deliveryCombo->addItem(courseDeliveryName(d));

    bind(m_ui->kindCombo, CourseField::Kind);
    bind(m_ui->codeEdit, CourseField::Code);
    bind(m_ui->titleEdit, CourseField::Title);
    bind(m_ui->originalCodeEdit, CourseField::OriginalCourseCode);
    bind(m_ui->originalNameEdit, CourseField::OriginalCourseName);
    bind(m_ui->facultyEdit, CourseField::Faculty);
    bind(m_ui->justificationEdit, CourseField::Justification);
    bind(m_ui->respondentsSpin, CourseField::SurveyRespondents);
    bind(m_ui->surveyAnalysisEdit, CourseField::SurveyAnalysis);
    bind(m_ui->entryEdit, CourseField::EntryRequirements);
    bind(m_ui->synopsisEdit, CourseField::Synopsis);
    bind(m_ui->deliveryCombo, CourseField::Delivery);
    bind(m_ui->languageEdit, CourseField::Language);
    bind(m_ui->sessionEdit, CourseField::StudySession);
    bind(m_ui->mqfSpin, CourseField::MqfLevel);
    bind(m_ui->creditSpin, CourseField::CreditValue);
    bind(m_ui->commitmentEdit, CourseField::LearnerCommitment);
    bind(m_ui->offerEdit, CourseField::OfferPeriod);
    bind(m_ui->feeSpin, CourseField::FeeSen);
    bind(m_ui->promotionEdit, CourseField::Promotion);
    bind(m_ui->improvementEdit, CourseField::ContinuousImprovement);
    bind(m_ui->qaEdit, CourseField::QualityAssurance);
    bind(m_ui->labCheck, CourseField::LabIntensive);
    bind(m_ui->clinicalCheck, CourseField::Clinical);
    bind(m_ui->practicumCheck, CourseField::Practicum);
    bind(m_ui->professionalBodyEdit, CourseField::ProfessionalBody);

    bindTable(m_ui->cloTable, m_clos, m_ui->cloAdd, m_ui->cloRemove, m_ui->cloUp, m_ui->cloDown);
    bindTable(m_ui->assessmentTable, m_assessment, m_ui->assessmentAdd, m_ui->assessmentRemove, m_ui->assessmentUp,
              m_ui->assessmentDown);
    bindTable(m_ui->lecturerTable, m_lecturers, m_ui->lecturerAdd, m_ui->lecturerRemove, m_ui->lecturerUp,
              m_ui->lecturerDown);
    m_ui->cloTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->assessmentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->lecturerTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_fields, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int column = from.column(); column <= to.column(); ++column)
            showFieldValue(CourseFieldsModel::fieldOf(column));
    });
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        showFieldValue(it.key());
    applyKind();
}

ApplicationForm::~ApplicationForm() = default;

QTableView *ApplicationForm::cloTable() const { return m_ui->cloTable; }
QTableView *ApplicationForm::assessmentTable() const { return m_ui->assessmentTable; }
QTableView *ApplicationForm::lecturerTable() const { return m_ui->lecturerTable; }

void ApplicationForm::bind(QWidget *editor, CourseField field)
{
    m_editors.insert(field, editor);
    const QModelIndex cell = m_fields->index(0, CourseFieldsModel::columnOf(field));
    auto push = [this, cell](const QVariant &value) {
        if (!m_updating)
            m_fields->setData(cell, value);
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connect(line, &QLineEdit::textEdited, this, push);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, [text, push] { push(text->toPlainText()); });
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        connect(spin, &QSpinBox::valueChanged, this, push);
    else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
        connect(dspin, &QDoubleSpinBox::valueChanged, this, push);
    else if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, push);
    else if (auto *check = qobject_cast<QCheckBox *>(editor))
        connect(check, &QCheckBox::toggled, this, push);
}

void ApplicationForm::showFieldValue(CourseField field)
{
    QWidget *editor = m_editors.value(field);
    if (!editor)
        return;
    const QVariant value = m_fields->data(m_fields->index(0, CourseFieldsModel::columnOf(field)), Qt::EditRole);
    m_updating = true;
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value.toString())
            line->setText(value.toString());
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        if (text->toPlainText() != value.toString())
            text->setPlainText(value.toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        dspin->setValue(value.toDouble());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    }
    m_updating = false;
    if (field == CourseField::Kind)
        applyKind();
}

bool ApplicationForm::isFieldShown(CourseField field) const
{
    return applicationFormFields(m_doc->course().kind).contains(field) && m_editors.contains(field);
}

void ApplicationForm::applyKind()
{
    const QVector<CourseField> shown = applicationFormFields(m_doc->course().kind);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QWidget *editor = it.value();
        // Each editor sits in a QFormLayout row inside its section's group box.
        for (QFormLayout *form : findChildren<QFormLayout *>()) {
            if (form->indexOf(editor) >= 0) {
                form->setRowVisible(editor, shown.contains(it.key()));
                break;
            }
        }
    }
}

void ApplicationForm::bindTable(QTableView *view, CourseRecordModel *model, QPushButton *add, QPushButton *remove,
                                QPushButton *up, QPushButton *down)
{
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    auto current = [view] { return view->currentIndex().isValid() ? view->currentIndex().row() : -1; };
    auto select = [view, model](int row) {
        if (row >= 0 && row < model->rowCount())
            view->setCurrentIndex(model->index(row, 0));
    };
    connect(add, &QPushButton::clicked, this, [model, current, select] {
        const int row = current() < 0 ? model->rowCount() : current() + 1;
        if (model->insertRows(row, 1))
            select(row);
    });
    connect(remove, &QPushButton::clicked, this, [model, current] {
        if (current() >= 0)
            model->removeRows(current(), 1);
    });
    connect(up, &QPushButton::clicked, this, [model, current, select] {
        const int row = current();
        if (row > 0 && model->moveRows({}, row, 1, {}, row - 1))
            select(row - 1);
    });
    connect(down, &QPushButton::clicked, this, [model, current, select] {
        const int row = current();
        if (row >= 0 && row + 1 < model->rowCount() && model->moveRows({}, row, 1, {}, row + 2))
            select(row + 1);
    });
}

void ApplicationForm::focusField(CourseField field)
{
    QWidget *editor = m_editors.value(field);
    if (!editor || !isFieldShown(field))
        return;
    m_ui->scrollArea->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
}

void ApplicationForm::focusRecord(ComplianceRecord record, int row)
{
    QTableView *view = nullptr;
    switch (record) {
    case ComplianceRecord::Lecturers: view = m_ui->lecturerTable; break;
    case ComplianceRecord::Clos: view = m_ui->cloTable; break;
    case ComplianceRecord::Assessment: view = m_ui->assessmentTable; break;
    case ComplianceRecord::None:
    case ComplianceRecord::Table4: return; // Table 4 has its own page
    }
    m_ui->scrollArea->ensureWidgetVisible(view);
    view->setFocus(Qt::OtherFocusReason);
    if (row >= 0 && row < view->model()->rowCount())
        view->setCurrentIndex(view->model()->index(row, 0));
}

} // namespace mcs

#include "coursenavigator.h"
#include "ui_coursenavigator.h"

#include "coursefiltermodel.h"
#include "courselistmodel.h"
#include "itemroles.h"

#include <QSet>

namespace mcs {

CourseNavigator::CourseNavigator(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CourseNavigator>())
    , m_filter(new CourseFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->courseList->setModel(m_filter);
    fillFilters();
    for (QComboBox *box : {m_ui->statusFilter, m_ui->kindFilter, m_ui->facultyFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &CourseNavigator::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateState();
    });
    connect(m_ui->courseList, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT courseActivated(index.data(CourseIdRole).toLongLong());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &CourseNavigator::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CourseNavigator::updateState);
    updateState();
}

CourseNavigator::~CourseNavigator() = default;

void CourseNavigator::fillFilters()
{
    m_ui->statusFilter->addItem(tr("All statuses"));
    for (ApprovalStatus s : allApprovalStatuses())
        m_ui->statusFilter->addItem(approvalStatusName(s), QVariant::fromValue(s));
    m_ui->kindFilter->addItem(tr("All kinds"));
    for (CourseKind k : allCourseKinds())
        m_ui->kindFilter->addItem(courseKindName(k), QVariant::fromValue(k));
    m_ui->facultyFilter->addItem(tr("All faculties"));
}

void CourseNavigator::refillFaculties()
{
    // The faculties present in the open database, keeping the current choice when it remains.
    const QString current = m_ui->facultyFilter->currentData().toString();
    QSet<QString> set;
    if (QAbstractItemModel *source = m_filter->sourceModel())
        for (int row = 0; row < source->rowCount(); ++row)
            set.insert(source->index(row, 0).data(CourseFacultyRole).toString());
    set.remove(QString());
    QStringList faculties(set.begin(), set.end());
    faculties.sort(Qt::CaseInsensitive);
    const QSignalBlocker blocker(m_ui->facultyFilter);
    while (m_ui->facultyFilter->count() > 1)
        m_ui->facultyFilter->removeItem(1);
    for (const QString &f : faculties)
        m_ui->facultyFilter->addItem(f, f);
    m_ui->facultyFilter->setCurrentIndex(qMax(0, m_ui->facultyFilter->findData(current)));
    applyFilters();
}

void CourseNavigator::applyFilters()
{
    const QVariant status = m_ui->statusFilter->currentData();
    const QVariant kind = m_ui->kindFilter->currentData();
    m_filter->setStatusFilter(status.isValid() ? std::optional(status.value<ApprovalStatus>()) : std::nullopt);
    m_filter->setKindFilter(kind.isValid() ? std::optional(kind.value<CourseKind>()) : std::nullopt);
    m_filter->setFacultyFilter(m_ui->facultyFilter->currentData().toString());
    updateState();
}

void CourseNavigator::setCourseModel(CourseListModel *model)
{
    if (m_filter->sourceModel())
        disconnect(m_filter->sourceModel(), nullptr, this, nullptr);
    m_filter->setSourceModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &CourseNavigator::refillFaculties);
    refillFaculties();
    m_filter->sort(0);
    updateState();
}

void CourseNavigator::setDatabaseOpen(bool open)
{
    m_databaseOpen = open;
    updateState();
}

void CourseNavigator::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void CourseNavigator::updateState()
{
    const int total = m_filter->sourceModel() ? m_filter->sourceModel()->rowCount() : 0;
    const int shown = m_filter->rowCount();
    QString empty;
    if (!m_databaseOpen) {
        empty = tr("<p><b>No database open</b></p><p>Use <i>File › Open Database</i> to open a local file, "
                   "or <i>File › New Database</i> to start one.</p>");
    } else if (total == 0) {
        empty = tr("<p><b>No courses yet</b></p><p>Courses created in or imported into this database "
                   "appear here.</p>");
    } else if (shown == 0) {
        empty = m_ui->searchEdit->text().trimmed().isEmpty()
                    ? tr("<p><b>No course matches the filters</b></p><p>Choose “All” in the filters to see all %n "
                         "course(s).</p>", "", total)
                    : tr("<p><b>No course matches “%1”</b></p><p>Clear the search and the filters to see all %n "
                         "course(s).</p>", "", total)
                          .arg(m_ui->searchEdit->text().toHtmlEscaped());
    }
    m_ui->searchEdit->setEnabled(m_databaseOpen && total > 0);
    for (QComboBox *box : {m_ui->statusFilter, m_ui->kindFilter, m_ui->facultyFilter})
        box->setEnabled(m_databaseOpen && total > 0);
    m_ui->emptyState->setText(empty);
    m_ui->stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_ui->courseList) : m_ui->emptyState);
    m_ui->countLabel->setText(total == 0 ? QString()
                                         : (shown == total ? tr("%n course(s)", "", total)
                                                           : tr("%1 of %n course(s)", "", total).arg(shown)));
}

} // namespace mcs

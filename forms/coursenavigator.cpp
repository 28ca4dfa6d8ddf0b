#include "coursenavigator.h"
#include "ui_coursenavigator.h"

#include "coursefiltermodel.h"
#include "courselistmodel.h"
#include "itemroles.h"

namespace mcs {

CourseNavigator::CourseNavigator(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CourseNavigator>())
    , m_filter(new CourseFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->courseList->setModel(m_filter);
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

void CourseNavigator::setCourseModel(CourseListModel *model)
{
    m_filter->setSourceModel(model);
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
        empty = tr("<p><b>No course matches “%1”</b></p><p>Clear the search to see all %n course(s).</p>", "", total)
                    .arg(m_ui->searchEdit->text().toHtmlEscaped());
    }
    m_ui->searchEdit->setEnabled(m_databaseOpen && total > 0);
    m_ui->emptyState->setText(empty);
    m_ui->stack->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_ui->courseList) : m_ui->emptyState);
    m_ui->countLabel->setText(total == 0 ? QString()
                                         : (shown == total ? tr("%n course(s)", "", total)
                                                           : tr("%1 of %n course(s)", "", total).arg(shown)));
}

} // namespace mcs

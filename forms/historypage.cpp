#include "historypage.h"

#include "coursedocument.h"
#include "courseversionmodel.h"
#include "courseversionrepository.h"
#include "database.h"
#include "itemroles.h"
#include "redlinehtml.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mcs {

HistoryPage::HistoryPage(CourseDocument *document, Database *database, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
    , m_database(database)
    , m_versions(new CourseVersionModel(this))
    , m_older(new QComboBox(this))
    , m_newer(new QComboBox(this))
    , m_saveVersion(new QPushButton(tr("Save Version"), this))
    , m_table(new QTableView(this))
    , m_browser(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Compare"), this));
    bar->addWidget(m_older, 1);
    bar->addWidget(new QLabel(tr("with"), this));
    bar->addWidget(m_newer, 1);
    bar->addStretch();
    m_saveVersion->setToolTip(tr("Save the course and keep this state as a version to compare with later"));
    bar->addWidget(m_saveVersion);

    m_table->setModel(m_versions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setToolTip(tr("Pick a version to compare with the right-hand choice above"));
    m_browser->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(300);
    connect(m_refreshTimer, &QTimer::timeout, this, &HistoryPage::refresh);
    connect(m_saveVersion, &QPushButton::clicked, this, &HistoryPage::saveVersionRequested);
    auto compareChosen = [this] { compare(m_older->currentIndex(), m_newer->currentIndex()); };
    connect(m_older, &QComboBox::activated, this, compareChosen);
    connect(m_newer, &QComboBox::activated, this, compareChosen);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_older->setCurrentIndex(index.row());
        compare(index.row(), m_newer->currentIndex());
    });
    // The current edit changes under the page: compare again shortly after, when it is shown.
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (isVisible() && (m_older->currentIndex() == 0 || m_newer->currentIndex() == 0))
            m_refreshTimer->start();
    });
    auto storedChanged = [this] {
        if (isVisible())
            reload();
        else
            m_loadedOnce = false;
    };
    connect(m_doc, &CourseDocument::saved, this, storedChanged);
    // A submission keeps a version (WorkflowRepository::transition); the state changes with it.
    connect(m_doc, &CourseDocument::fieldChanged, this, [storedChanged](CourseField field) {
        if (field == CourseField::Status)
            storedChanged();
    });
    m_saveVersion->setEnabled(m_database != nullptr);
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::reload()
{
    m_loadedOnce = true;
    QVector<CourseVersion> list;
    QString error;
    if (m_database && m_doc->course().id != 0 && !CourseVersionRepository(*m_database).list(m_doc->course().id, &list, &error))
        m_status->setText(tr("The versions could not be read: %1").arg(error));
    m_versions->setVersions(list);
    m_table->resizeColumnsToContents();
    for (QComboBox *box : {m_older, m_newer}) {
        box->clear();
        for (int row = 0; row < m_versions->rowCount(); ++row)
            box->addItem(m_versions->rowName(row));
    }
    // By default: the latest version against the current edit.
    compare(m_versions->rowCount() > 1 ? 1 : 0, 0);
}

std::optional<Course> HistoryPage::courseAt(int row, QString *error)
{
    const CourseVersion *v = m_versions->version(row);
    if (!v)
        return m_doc->snapshot();
    if (const auto it = m_loaded.constFind(v->id); it != m_loaded.constEnd())
        return *it;
    if (!m_database)
        return std::nullopt;
    std::optional<Course> course = CourseVersionRepository(*m_database).load(v->id, error);
    if (course)
        m_loaded.insert(v->id, *course);
    return course;
}

void HistoryPage::compare(int olderRow, int newerRow)
{
    if (olderRow < 0 || newerRow < 0 || olderRow >= m_versions->rowCount() || newerRow >= m_versions->rowCount())
        return;
    m_older->setCurrentIndex(olderRow);
    m_newer->setCurrentIndex(newerRow);
    m_table->selectRow(olderRow);
    QString error;
    const std::optional<Course> older = courseAt(olderRow, &error);
    const std::optional<Course> newer = courseAt(newerRow, &error);
    if (!older || !newer) {
        m_status->setText(error);
        return;
    }
    const QVector<CourseChange> changes = diffCourses(*older, *newer);
    m_html = redlineHtml(changes, m_versions->rowName(olderRow), m_versions->rowName(newerRow),
                         RedlineColours::forPalette(palette()));
    m_browser->setHtml(m_html);
    m_status->setText(m_versions->rowCount() > 1
                          ? tr("Versions kept: %1. A version is taken on every submission, on check-in and with "
                               "Save Version.").arg(m_versions->rowCount() - 1)
                          : tr("No versions yet: one is taken on every submission, on check-in and with Save Version."));
}

void HistoryPage::refresh()
{
    compare(m_older->currentIndex(), m_newer->currentIndex());
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
    else
        refresh();
}

void HistoryPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_loadedOnce)
        refresh(); // the redline colours follow a light or dark palette
}

} // namespace mcs

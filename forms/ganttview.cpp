#include "ganttview.h"

#include "apptheme.h"

#include "ganttmodel.h"
#include "ganttsheet.h"
#include "gantttimeline.h"
#include "itemroles.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>

#include <cmath>

namespace mcs {
namespace {

constexpr int kRowHeight = 24;
constexpr int kHeaderHeight = 40;

// Every row of the tree exactly as tall as a row of bars.
class RowHeightDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QSize(QStyledItemDelegate::sizeHint(option, index).width(), kRowHeight);
    }
};

} // namespace

GanttView::GanttView(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeView)
    , m_hbar(new QScrollBar(Qt::Horizontal))
    , m_vbar(new QScrollBar(Qt::Vertical))
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    auto *toolbar = new QWidget;
    QWidget *legend = buildToolbar(toolbar);

    m_tree->setItemDelegate(new RowHeightDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the chart's bar on the right scrolls both
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setFixedHeight(kHeaderHeight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline = new GanttTimeline(m_tree);
    m_timeline->setHeaderHeight(kHeaderHeight);
    m_timeline->renderer().setRowHeight(kRowHeight);
    followPalette();

    auto *right = new QWidget;
    auto *grid = new QGridLayout(right);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    grid->addWidget(m_timeline, 0, 0);
    grid->addWidget(m_vbar, 0, 1);
    grid->addWidget(m_hbar, 1, 0);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_tree);
    leftLayout->addSpacing(m_hbar->sizeHint().height()); // rows line up with the chart's

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({460, 800});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(legend);

    // One vertical scroll for both sides: the visible bar mirrors the tree's hidden one.
    QScrollBar *inner = m_tree->verticalScrollBar();
    connect(inner, &QScrollBar::rangeChanged, m_vbar, &QScrollBar::setRange);
    connect(inner, &QScrollBar::rangeChanged, this, [this, inner] { m_vbar->setPageStep(inner->pageStep()); });
    connect(inner, &QScrollBar::valueChanged, m_vbar, &QScrollBar::setValue);
    connect(m_vbar, &QScrollBar::valueChanged, inner, &QScrollBar::setValue);
    connect(inner, &QScrollBar::valueChanged, m_timeline, qOverload<>(&QWidget::update));
    connect(m_tree, &QTreeView::expanded, m_timeline, qOverload<>(&QWidget::update));
    connect(m_tree, &QTreeView::collapsed, m_timeline, qOverload<>(&QWidget::update));
    connect(m_hbar, &QScrollBar::valueChanged, m_timeline, [this](int v) { m_timeline->setXOffset(v); });
    connect(m_timeline, &GanttTimeline::horizontalScrollRequested, this,
            [this](int px) { m_hbar->setValue(m_hbar->value() + px); });
    connect(m_timeline, &GanttTimeline::openCourse, this, &GanttView::openCourse);
    m_timeline->installEventFilter(this);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        const qint64 id = i.data(CourseIdRole).toLongLong();
        if (id != 0)
            Q_EMIT openCourse(id);
    });
}

GanttView::~GanttView() = default;

bool GanttView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline && event->type() == QEvent::Resize)
        updateScrollBars();
    return QWidget::eventFilter(watched, event);
}

QWidget *GanttView::buildToolbar(QWidget *bar)
{
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(4, 4, 4, 0);
    auto addBox = [&](const QString &label, QComboBox *box) {
        auto *l = new QLabel(label);
        l->setBuddy(box);
        h->addWidget(l);
        h->addWidget(box);
    };
    m_zoomBox = new QComboBox;
    m_zoomBox->addItem(tr("Weeks"), int(GanttZoom::Week));
    m_zoomBox->addItem(tr("Months"), int(GanttZoom::Month));
    m_zoomBox->addItem(tr("Quarters"), int(GanttZoom::Quarter));
    m_zoomBox->setCurrentIndex(1);
    addBox(tr("&Zoom:"), m_zoomBox);
    m_groupBox = new QComboBox;
    m_groupBox->addItem(tr("Nothing"), int(GanttModel::Grouping::None));
    m_groupBox->addItem(tr("Faculty"), int(GanttModel::Grouping::Faculty));
    m_groupBox->addItem(tr("Status"), int(GanttModel::Grouping::Status));
    m_groupBox->addItem(tr("Kind"), int(GanttModel::Grouping::Kind));
    addBox(tr("&Group by:"), m_groupBox);
    m_facultyBox = new QComboBox;
    addBox(tr("&Faculty:"), m_facultyBox);
    m_statusBox = new QComboBox;
    m_statusBox->addItem(tr("All"));
    for (ApprovalStatus s : allApprovalStatuses())
        m_statusBox->addItem(approvalStatusName(s), QVariant::fromValue(s));
    addBox(tr("&Status:"), m_statusBox);
    m_kindBox = new QComboBox;
    m_kindBox->addItem(tr("All"));
    for (CourseKind k : allCourseKinds())
        m_kindBox->addItem(courseKindName(k), QVariant::fromValue(k));
    addBox(tr("&Kind:"), m_kindBox);
    for (QComboBox *box : {m_facultyBox, m_statusBox, m_kindBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    h->addStretch(1);
    // A legend in the chart's own colours.
    const GanttRenderer::Colors c;
    auto swatch = [](const QColor &color, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(color.name(), text.toHtmlEscaped());
    };
    auto *legend = new QLabel(QStringList{swatch(c.planned.darker(115), tr("planned")),
                                          swatch(c.progress, tr("done")),
                                          swatch(c.actual, tr("actual")),
                                          swatch(c.forecast, tr("forecast")),
                                          swatch(c.overdue, tr("overdue")),
                                          swatch(c.today, tr("today"))}
                                  .join(QStringLiteral("&nbsp;&nbsp; ")));
    legend->setObjectName(QStringLiteral("ganttLegend"));
    legend->setTextFormat(Qt::RichText);
    // Below the chart, not in the toolbar: the filters need the width on a laptop screen.
    legend->setContentsMargins(6, 0, 6, 2);
    m_exportButton = new QToolButton;
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_exportButton);
    menu->addAction(tr("As PNG picture…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Gantt chart"), {}, tr("PNG pictures (*.png)"));
        QString error;
        if (!path.isEmpty() && !exportPng(path, &error))
            QMessageBox::warning(this, tr("Export Gantt chart"), error);
    });
    menu->addAction(tr("As PDF, tiled over pages…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Gantt chart"), {}, tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            QMessageBox::warning(this, tr("Export Gantt chart"), error);
    });
    m_exportButton->setMenu(menu);
    h->addWidget(m_exportButton);

    m_zoomBox->setObjectName(QStringLiteral("ganttZoom"));
    m_groupBox->setObjectName(QStringLiteral("ganttGroupBy"));
    m_facultyBox->setObjectName(QStringLiteral("ganttFaculty"));
    m_statusBox->setObjectName(QStringLiteral("ganttStatus"));
    m_kindBox->setObjectName(QStringLiteral("ganttKind"));
    connect(m_zoomBox, &QComboBox::currentIndexChanged, this,
            [this] { setZoom(GanttZoom(m_zoomBox->currentData().toInt())); });
    for (QComboBox *box : {m_groupBox, m_facultyBox, m_statusBox, m_kindBox})
        connect(box, &QComboBox::currentIndexChanged, this, &GanttView::applyFilters);
    return legend;
}

void GanttView::setModel(GanttModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_tree->setModel(model);
    m_timeline->setModel(model);
    if (!model)
        return;
    m_tree->header()->setSectionResizeMode(GanttModel::NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(GanttModel::NameColumn, 260);
    m_tree->setColumnWidth(GanttModel::DueColumn, 84);
    m_tree->setColumnWidth(GanttModel::ProgressColumn, 112);
    auto refresh = [this] {
        m_timeline->renderer().setToday(m_model->today());
        m_timeline->update();
    };
    connect(model, &QAbstractItemModel::dataChanged, this, [this, refresh] {
        refresh();
        // A moved bar may leave the chart's date range; once per burst of changes (setToday
        // signals every course).
        if (!m_rangeUpdatePending) {
            m_rangeUpdatePending = true;
            QMetaObject::invokeMethod(this, [this] {
                m_rangeUpdatePending = false;
                updateRange();
            }, Qt::QueuedConnection);
        }
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, refresh] {
        if (m_model->grouping() != GanttModel::Grouping::None)
            m_tree->expandToDepth(0); // groups open, courses closed
        const QSignalBlocker block(m_groupBox);
        m_groupBox->setCurrentIndex(m_groupBox->findData(int(m_model->grouping())));
        refillFilters();
        updateRange();
        refresh();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, refresh);
    refillFilters();
    updateRange();
    refresh();
    scrollToDate(model->today().addDays(-14));
}

void GanttView::refillFilters()
{
    const QString current = m_facultyBox->currentData().toString();
    const QSignalBlocker block(m_facultyBox);
    m_facultyBox->clear();
    m_facultyBox->addItem(tr("All"), QString());
    if (m_model)
        for (const QString &f : m_model->faculties())
            m_facultyBox->addItem(f, f);
    m_facultyBox->setCurrentIndex(std::max(0, m_facultyBox->findData(current)));
}

void GanttView::applyFilters()
{
    if (!m_model)
        return;
    m_model->setGrouping(GanttModel::Grouping(m_groupBox->currentData().toInt()));
    m_model->setFacultyFilter(m_facultyBox->currentData().toString());
    const QVariant status = m_statusBox->currentData();
    m_model->setStatusFilter(status.isValid() ? std::optional<ApprovalStatus>(status.value<ApprovalStatus>())
                                              : std::nullopt);
    const QVariant kind = m_kindBox->currentData();
    m_model->setKindFilter(kind.isValid() ? std::optional<CourseKind>(kind.value<CourseKind>()) : std::nullopt);
}

QPair<QDate, QDate> GanttView::dateRange() const
{
    QDate first, last;
    auto take = [&](const QDate &d) {
        if (!d.isValid())
            return;
        if (!first.isValid() || d < first)
            first = d;
        if (!last.isValid() || d > last)
            last = d;
    };
    if (m_model) {
        for (int i : m_model->visibleCourses()) {
            const CourseMilestones &c = m_model->courses().at(i);
            for (const Milestone &m : c.milestones) {
                take(m.plannedStart);
                take(m.plannedDue);
                take(m.actualCompletion);
            }
            take(m_model->forecasts().at(i).forecastCompletion);
        }
        take(m_model->today());
    }
    if (!first.isValid())
        first = last = QDate::currentDate();
    return {first, last};
}

void GanttView::updateRange()
{
    const auto [first, last] = dateRange();
    m_first = GanttScale::paddedStart(first, m_zoom);
    const GanttScale s(m_first, m_zoom);
    m_last = s.nextMinor(s.minorStart(last)).addDays(-1);
    const QDate leftDate = m_timeline->renderer().scale().dateAt(m_timeline->xOffset());
    m_timeline->renderer().setScale(s);
    updateScrollBars();
    scrollToDate(leftDate);
}

void GanttView::updateScrollBars()
{
    const GanttScale &s = m_timeline->renderer().scale();
    const int total = int(std::ceil(s.x(m_last.addDays(1))));
    const int page = std::max(1, m_timeline->width());
    m_hbar->setRange(0, std::max(0, total - page));
    m_hbar->setPageStep(page);
    m_hbar->setSingleStep(int(s.pixelsPerDay() * 7));
}

void GanttView::setZoom(GanttZoom zoom)
{
    if (zoom == m_zoom)
        return;
    // Keep the date in the middle of the chart where it is.
    const GanttScale &old = m_timeline->renderer().scale();
    const QDate centre = old.dateAt(m_timeline->xOffset() + m_timeline->width() / 2.0);
    m_zoom = zoom;
    {
        const QSignalBlocker block(m_zoomBox);
        m_zoomBox->setCurrentIndex(m_zoomBox->findData(int(zoom)));
    }
    updateRange();
    const GanttScale &s = m_timeline->renderer().scale();
    m_hbar->setValue(int(s.x(centre) - m_timeline->width() / 2.0));
    m_timeline->setXOffset(m_hbar->value());
}

void GanttView::scrollToDate(const QDate &date)
{
    updateScrollBars();
    m_hbar->setValue(int(m_timeline->renderer().scale().x(date)));
    m_timeline->setXOffset(m_hbar->value());
}

void GanttView::expandAllCourses()
{
    m_tree->expandAll();
}

void GanttView::collapseAllCourses()
{
    m_tree->collapseAll();
    if (m_model && m_model->grouping() != GanttModel::Grouping::None)
        m_tree->expandToDepth(0);
}

void GanttView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void GanttView::followPalette()
{
    const GanttRenderer::Colors colors = isDark(palette()) ? GanttRenderer::Colors::dark() : GanttRenderer::Colors();
    m_timeline->renderer().setColors(colors);
    // The tree's bands line up with the chart's.
    QPalette pal = palette();
    pal.setColor(QPalette::Base, colors.background);
    pal.setColor(QPalette::AlternateBase, colors.alternate);
    m_tree->setPalette(pal);
    m_timeline->update();
}

GanttSheet GanttView::sheet() const
{
    QVector<QModelIndex> rows;
    if (m_model)
        for (QModelIndex i = m_model->index(0, 0); i.isValid(); i = m_tree->indexBelow(i))
            rows.append(i);
    GanttRenderer renderer = m_timeline->renderer();
    renderer.setColors(GanttRenderer::Colors()); // pictures and PDFs are printed: always light
    return GanttSheet(rows, renderer, m_first, m_last);
}

bool GanttView::exportPng(const QString &path, QString *error)
{
    return sheet().writePng(path, error);
}

bool GanttView::exportPdf(const QString &path, QString *error, int *pages)
{
    return sheet().writePdf(path, error, pages);
}

} // namespace mcs

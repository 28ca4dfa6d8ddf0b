#include "sltpanel.h"
#include "ui_sltpanel.h"

#include "apptheme.h"
#include "coursedocument.h"

#include <QEvent>
#include <QLabel>

namespace mcs {

namespace {
enum { FindingUnitRole = Qt::UserRole + 1, FindingActivityRole };

void showFigure(QLabel *label, QLabel *caption, const SltPanelData::Figure &f)
{
    label->setText(f.text);
    label->setToolTip(f.toolTip);
    caption->setToolTip(f.toolTip);
    // Warning orange, lightened on a dark theme so that it stays readable.
    const QColor warning = readableOn(QColor(0xb3, 0x47, 0x00), label->palette().color(QPalette::Window));
    label->setStyleSheet(f.warning ? QStringLiteral("color: %1; font-weight: bold").arg(warning.name())
                                   : QStringLiteral("font-weight: bold"));
}
} // namespace

SltPanel::SltPanel(CourseDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SltPanel>())
    , m_doc(doc)
{
    m_ui->setupUi(this);
    m_ui->hoursTree->header()->setStretchLastSection(false);
    m_ui->hoursTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->hoursTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(doc, &CourseDocument::sltChanged, this, &SltPanel::refresh);
    connect(doc, &CourseDocument::fieldChanged, this, &SltPanel::refresh); // delivery mode (SBL)
    connect(m_ui->findingsList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT findingActivated(item->data(FindingUnitRole).toInt(), item->data(FindingActivityRole).toInt());
    });
    refresh();
}

SltPanel::~SltPanel() = default;

void SltPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // warning colours follow the theme
}

QString SltPanel::figureText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void SltPanel::refresh()
{
    m_data = SltPanelData::from(*m_doc);
    const SltPanelData &d = m_data;
    showFigure(m_ui->totalValue, m_ui->totalLabel, d.total);
    showFigure(m_ui->bandValue, m_ui->bandLabel, d.band);
    showFigure(m_ui->creditsValue, m_ui->creditsLabel, d.credit);
    showFigure(m_ui->claimableValue, m_ui->claimableLabel, d.claimable);
    showFigure(m_ui->onlineValue, m_ui->onlineLabel, d.online);
    showFigure(m_ui->weightsValue, m_ui->weightsLabel, d.weights);

    m_ui->modeBar->setHours(d.physicalHours, d.syncHours, d.independentHours);
    m_ui->modeBar->setSblWindow(d.sbl);
    const QString barTip = tr("Hours by delivery mode (sum of each activity's planned SLT by its mode)%1")
                               .arg(d.sbl ? tr("; the bracket marks the 30–79% online window of SBL") : QString());
    m_ui->modeBar->setToolTip(barTip);
    const auto swatch = [](int mode) {
        return QStringLiteral("<span style='color:%1'>■</span>").arg(SltModeBar::colour(mode).name());
    };
    m_ui->modeLegend->setText(tr("%1 Physical: %2<br>%3 Online synchronous: %4<br>%5 Independent (online async): %6")
                                  .arg(swatch(0), SltPanelData::hours(d.physicalHours), swatch(1),
                                       SltPanelData::hours(d.syncHours), swatch(2),
                                       SltPanelData::hours(d.independentHours)));
    m_ui->modeLegend->setToolTip(barTip);

    auto *tree = m_ui->hoursTree;
    tree->setUpdatesEnabled(false);
    tree->clear();
    const auto section = [tree](const QString &title, const QVector<SltPanelData::Row> &rows) {
        auto *top = new QTreeWidgetItem(tree, {title});
        QFont f = top->font(0);
        f.setBold(true);
        top->setFont(0, f);
        for (const auto &r : rows) {
            auto *item = new QTreeWidgetItem(top, {r.label, QString::number(r.hours, 'f', 2)});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        top->setExpanded(true);
    };
    section(tr("Hours per unit"), d.units);
    section(tr("Hours per CLO"), d.clos);
    tree->setUpdatesEnabled(true);

    m_ui->findingsLabel->setText(tr("<b>Findings</b>: %n error(s)", nullptr, d.errorCount)
                                 + tr(", %n warning(s)", nullptr, d.warningCount));
    auto *list = m_ui->findingsList;
    list->setUpdatesEnabled(false);
    list->clear();
    // A list of thousands of findings helps nobody and costs time on every edit: show the first ones.
    constexpr int kShown = 200;
    for (int i = 0; i < d.findings.size() && i < kShown; ++i) {
        const SltFinding &f = d.findings.at(i);
        auto *item = new QListWidgetItem(f.message, list);
        item->setIcon(style()->standardIcon(f.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(FindingUnitRole, f.unit);
        item->setData(FindingActivityRole, f.activity);
        item->setToolTip(tr("%1 (%2)").arg(f.message, f.ruleId()));
    }
    if (d.findings.size() > kShown) {
        auto *more = new QListWidgetItem(tr("… and %n more", nullptr, int(d.findings.size()) - kShown), list);
        more->setData(FindingUnitRole, -1);
        more->setData(FindingActivityRole, -1);
    }
    list->setUpdatesEnabled(true);
}

} // namespace mcs

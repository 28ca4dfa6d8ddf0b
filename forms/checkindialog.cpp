#include "checkindialog.h"

#include "mergechoicemodel.h"
#include "redlinehtml.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcs {

CheckInDialog::CheckInDialog(const CourseMerge &merge, const QString &courseName, QWidget *parent)
    : QDialog(parent)
    , m_model(new MergeChoiceModel(merge, this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_state(new QLabel(this))
{
    setWindowTitle(tr("Check In %1").arg(courseName));
    auto *intro = new QLabel(
        merge.hasConflicts()
            ? tr("<b>%1</b> was changed on the server since you checked it out. Parts changed on both sides are "
                 "conflicts: for each, tick the change to keep. Parts changed on one side only are taken from that "
                 "side. Nothing is written until you press Check In.")
                  .arg(courseName.toHtmlEscaped())
            : tr("<b>%1</b> was changed on the server since you checked it out, in other parts than yours. Both sets "
                 "of changes will be kept, as listed below.")
                  .arg(courseName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MergeChoiceModel::PartColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MergeChoiceModel::TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MergeChoiceModel::MineColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detail->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *allMine = buttons->addButton(tr("Keep All Mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Keep All Server's"), QDialogButtonBox::ActionRole);
    allMine->setEnabled(merge.hasConflicts());
    allTheirs->setEnabled(merge.hasConflicts());
    m_checkIn = buttons->addButton(tr("Check In"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allMine, &QPushButton::clicked, this, [this] { m_model->chooseAll(MergeSide::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { m_model->chooseAll(MergeSide::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);

    connect(m_model, &MergeChoiceModel::decisionsChanged, this, &CheckInDialog::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showItem(current.row()); });
    resize(1100, 720);
    updateState();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

CheckInDialog::~CheckInDialog() = default;

std::optional<Course> CheckInDialog::result() const
{
    return m_model->result();
}

void CheckInDialog::updateState()
{
    const int undecided = m_model->undecidedCount();
    m_checkIn->setEnabled(undecided == 0);
    m_state->setText(undecided > 0 ? tr("Conflicts still to decide: %1.").arg(undecided)
                                   : tr("Every part is decided: Check In sends the result to the server."));
}

void CheckInDialog::showItem(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->clear();
        return;
    }
    const MergeItem &item = m_model->item(row);
    const RedlineColours colours = RedlineColours::forPalette(palette());
    QString html = QStringLiteral("<h2>%1</h2>").arg(item.label.toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("The server's change").toHtmlEscaped());
    html += item.theirsChanged ? redlineHtml(item.theirsChanges, tr("When checked out"), tr("On the server now"), colours)
                               : QStringLiteral("<p>%1</p>").arg(tr("Unchanged on the server."));
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Your change").toHtmlEscaped());
    html += item.mineChanged ? redlineHtml(item.mineChanges, tr("When checked out"), tr("In your copy"), colours)
                             : QStringLiteral("<p>%1</p>").arg(tr("Unchanged in your copy."));
    m_detail->setHtml(html);
}

} // namespace mcs

#include "auditview.h"

#include "auditmodel.h"
#include "auditrepository.h"
#include "courselistmodel.h"
#include "itemroles.h"
#include "workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace mcs {
namespace {

const QDate kAnyDate(2000, 1, 1); // the date edits' minimum, shown as "any"

QString pretty(const QString &json)
{
    if (json.isEmpty())
        return QStringLiteral("—");
    return QString::fromUtf8(QJsonDocument::fromJson(json.toUtf8()).toJson(QJsonDocument::Indented));
}

} // namespace

AuditView::AuditView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditModel(this))
    , m_person(new QComboBox(this))
    , m_course(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
{
    setAttribute(Qt::WA_DeleteOnClose); // closing its tab closes it for good, like a course tab
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto label = [this, bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        bar->addWidget(l);
        bar->addWidget(buddy);
    };
    m_person->setMinimumContentsLength(14);
    m_course->setMinimumContentsLength(14);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setSpecialValueText(tr("any"));
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(kAnyDate);
    }
    label(tr("&Person:"), m_person);
    label(tr("&Course:"), m_course);
    label(tr("&From:"), m_from);
    label(tr("&To:"), m_to);
    auto *apply = new QPushButton(tr("&Show"), this);
    bar->addWidget(apply);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditModel::When, 150);
    m_view->setColumnWidth(AuditModel::Who, 120);
    m_view->setColumnWidth(AuditModel::Action, 80);
    m_view->setColumnWidth(AuditModel::Table, 120);
    m_view->setColumnWidth(AuditModel::Course, 100);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a change to see the record before and after it."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(apply, &QPushButton::clicked, this, [this] {
        QString ignored;
        applyFilter(&ignored);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditView::showDetails);
}

bool AuditView::reload(QString *error)
{
    const QString person = m_person->currentData().toString();
    const qint64 course = m_course->currentData().toLongLong();
    m_person->clear();
    m_person->addItem(tr("anyone"), QString());
    m_course->clear();
    m_course->addItem(tr("any course"), qint64(0));
    if (Database *db = m_workspace->database()) {
        QStringList people;
        QString ignored; // a refusal shows in the query below
        AuditRepository(*db).people(&people, &ignored);
        for (const QString &p : people)
            m_person->addItem(p, p);
    }
    for (const CourseSummary &c : m_workspace->courses()->courses())
        m_course->addItem(QStringLiteral("%1 — %2").arg(c.code, c.title.left(40)), c.id);
    m_person->setCurrentIndex(qMax(0, m_person->findData(person)));
    m_course->setCurrentIndex(qMax(0, m_course->findData(course)));
    return applyFilter(error);
}

bool AuditView::applyFilter(QString *error)
{
    Database *db = m_workspace->database();
    if (!db) {
        m_model->setEntries({});
        m_status->setText(tr("No database is open."));
        return true;
    }
    AuditFilter filter;
    filter.who = m_person->currentData().toString();
    filter.courseId = m_course->currentData().toLongLong();
    if (m_from->date() != kAnyDate)
        filter.from = m_from->date();
    if (m_to->date() != kAnyDate)
        filter.to = m_to->date();
    QString why;
    const bool ok = m_model->refresh(*db, filter, &why);
    if (!ok) {
        m_status->setText(why.contains(QLatin1String("permission denied"))
                              ? tr("The audit trail is for CFLEX officers and administrators: the server refused to "
                                   "show it to you.")
                              : tr("The audit trail could not be read: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    m_status->setText(tr("%n change(s), newest first.", nullptr, m_model->rowCount()));
    m_details->clear();
    return true;
}

void AuditView::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEntry &e = m_model->entry(current.row());
    m_details->setPlainText(tr("Before:\n%1\n\nAfter:\n%2").arg(pretty(e.oldValues), pretty(e.newValues)));
}

} // namespace mcs

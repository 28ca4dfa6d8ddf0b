#include "offlinecopycontroller.h"

#include "checkindialog.h"
#include "connectserverdialog.h"
#include "coursecheckout.h"
#include "database.h"
#include "serverparams.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QWidget>

namespace mcs {

OfflineCopyController::OfflineCopyController(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
}

bool OfflineCopyController::checkOutTo(const QString &code, const QString &path, QString *message)
{
    if (!m_workspace->database()) {
        *message = tr("No database is open.");
        return false;
    }
    QString error;
    auto local = Database::openSqlite(path, &error);
    if (!local) {
        *message = error;
        return false;
    }
    if (CourseCheckout::sourceName(*local) == CourseCheckout::sourceName(*m_workspace->database())) {
        *message = tr("Choose another file than the open database.");
        return false;
    }
    CheckoutRecord record;
    const StoreResult r = CourseCheckout::checkOut(*m_workspace->database(), code, *local, m_workspace->userName(), &record);
    if (r.status == StoreResult::Status::DuplicateCode) {
        *message = tr("%1 already holds %2. Check it in first, or choose another file.")
                       .arg(QDir::toNativeSeparators(path), code);
        return false;
    }
    if (!r.ok()) {
        *message = r.message;
        return false;
    }
    *message = tr("%1 is checked out to %2. Open that file to work on it without a network; File › Check In to Server "
                  "sends your work back.")
                   .arg(code, QDir::toNativeSeparators(path));
    return true;
}

void OfflineCopyController::checkOut(const QString &code)
{
    if (code.isEmpty()) {
        QMessageBox::information(m_window, tr("Check Out"), tr("Open the course to check out first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Check Out %1 to Local File").arg(code),
                                                      code + QStringLiteral("-offline.mcs"),
                                                      tr("MC Studio databases (*.mcs *.sqlite *.db)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString message;
    if (!checkOutTo(code, path, &message)) {
        QMessageBox::warning(m_window, tr("Check Out"), message);
        return;
    }
    if (QMessageBox::question(m_window, tr("Check Out"), message + QStringLiteral("\n\n") + tr("Open it now?"))
        == QMessageBox::Yes)
        Q_EMIT openLocalRequested(path);
}

std::unique_ptr<Database> OfflineCopyController::openSource(const QString &source)
{
    QString error;
    if (!source.startsWith(QLatin1String("postgres"))) {
        if (!QFileInfo::exists(source)) {
            QMessageBox::warning(m_window, tr("Check In"), tr("%1, where the course came from, no longer exists.")
                                                               .arg(QDir::toNativeSeparators(source)));
            return nullptr;
        }
        auto db = Database::openSqlite(source, &error);
        if (!db)
            QMessageBox::warning(m_window, tr("Check In"), error);
        return db;
    }
    ConnectServerDialog dialog(m_window);
    if (const auto params = ServerParams::fromUrl(source, nullptr))
        dialog.setParams(*params);
    while (dialog.exec() == QDialog::Accepted) {
        if (auto db = Database::openPostgres(dialog.params(), &error))
            return db;
        QMessageBox::warning(m_window, tr("Check In"), error);
    }
    return nullptr;
}

void OfflineCopyController::checkIn()
{
    Database *local = m_workspace->database();
    QVector<CheckoutRecord> records;
    QString error;
    if (!local || local->backend() != Database::Backend::Sqlite || !CourseCheckout::records(*local, &records, &error)
        || records.isEmpty()) {
        QMessageBox::information(m_window, tr("Check In"),
                                 error.isEmpty() ? tr("The open database holds no checked-out course. Open the local "
                                                      "file you checked a course out to.")
                                                 : error);
        return;
    }
    int chosen = 0;
    if (records.size() > 1) {
        QStringList names;
        for (const CheckoutRecord &r : records)
            names << tr("%1 (from %2)").arg(r.base.code, r.source);
        bool ok = false;
        const QString name = QInputDialog::getItem(m_window, tr("Check In"), tr("Course to check in:"), names, 0, false, &ok);
        if (!ok)
            return;
        chosen = int(names.indexOf(name));
    }
    const CheckoutRecord &record = records[chosen];
    std::unique_ptr<Database> server = openSource(record.source);
    if (!server)
        return;
    const std::optional<CheckInPlan> plan = CourseCheckout::prepare(*server, *local, record, &error);
    if (!plan) {
        QMessageBox::warning(m_window, tr("Check In"), error);
        return;
    }
    const QString name = QStringLiteral("%1 “%2”").arg(plan->mine.code, plan->mine.title);
    if (plan->serverDeleted()) {
        QMessageBox::warning(m_window, tr("Check In"),
                             tr("%1 was deleted on the server since you checked it out. Your copy stays in this file.")
                                 .arg(name));
        return;
    }
    const CourseMerge merge = plan->merge();
    std::optional<Course> result;
    if (plan->serverChanged()) {
        CheckInDialog dialog(merge, name, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        result = dialog.result();
    } else {
        if (QMessageBox::question(m_window, tr("Check In"),
                                  tr("Send your work on %1 back to %2? Nobody has changed it there since you checked it out.")
                                      .arg(name, record.source))
            != QMessageBox::Yes)
            return;
        result = merge.result({});
    }
    if (!result)
        return;
    const StoreResult r = CourseCheckout::commit(*server, *local, *plan, *result, m_workspace->userName());
    if (!r.ok()) {
        QMessageBox::warning(m_window, tr("Check In"),
                             r.status == StoreResult::Status::Conflict
                                 ? tr("%1 was changed on the server again while you decided. Nothing was written; "
                                      "check in again to see the new changes.").arg(name)
                                 : r.message);
        return;
    }
    m_workspace->refreshCourses(&error);
    QMessageBox::information(m_window, tr("Check In"), tr("%1 is checked in; this file now holds the server's copy, "
                                                          "and you can go on working offline.").arg(name));
}

} // namespace mcs

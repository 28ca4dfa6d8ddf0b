#include "applicationactions.h"

#include "actionids.h"
#include "actionmanager.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QUndoGroup>

namespace mcs {
namespace {

QAction *make(ActionManager *m, QLatin1String id, const QString &text, const QString &tip,
              QKeySequence key = {}, const QString &iconName = {})
{
    auto *a = new QAction(text, m);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!iconName.isEmpty())
        a->setIcon(QIcon::fromTheme(iconName));
    m->registerAction(QString(id), a);
    return a;
}

} // namespace

void registerApplicationActions(ActionManager *m, QUndoGroup *undoGroup)
{
    make(m, ActionId::NewDatabase, ActionManager::tr("&New Database…"),
         ActionManager::tr("Create a new, empty local database file"), QKeySequence(QStringLiteral("Ctrl+Shift+N")),
         QStringLiteral("document-new"));
    make(m, ActionId::OpenDatabase, ActionManager::tr("&Open Database…"),
         ActionManager::tr("Open a local MC Studio database file"), QKeySequence::Open, QStringLiteral("document-open"));
    make(m, ActionId::ConnectServer, ActionManager::tr("&Connect to Server…"),
         ActionManager::tr("Work on the shared PostgreSQL server of the CFLEX office"),
         QKeySequence(QStringLiteral("Ctrl+Shift+O")), QStringLiteral("network-server"));
    make(m, ActionId::Save, ActionManager::tr("&Save"), ActionManager::tr("Save the current course"),
         QKeySequence::Save, QStringLiteral("document-save"));
    make(m, ActionId::Print, ActionManager::tr("&Print Proposal…"),
         ActionManager::tr("Print the current course's application form"), QKeySequence::Print,
         QStringLiteral("document-print"));
    make(m, ActionId::ExportPdf, ActionManager::tr("&Export Proposal as PDF…"),
         ActionManager::tr("Write the current course's application form to a PDF file"),
         QKeySequence(QStringLiteral("Ctrl+Shift+E")), QStringLiteral("document-export"));
    QAction *quit = make(m, ActionId::Quit, ActionManager::tr("&Quit"), ActionManager::tr("Quit MC Studio"),
                         QKeySequence::Quit, QStringLiteral("application-exit"));
    quit->setMenuRole(QAction::QuitRole);

    QAction *undo = undoGroup->createUndoAction(m, ActionManager::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m->registerAction(QString(ActionId::Undo), undo);
    QAction *redo = undoGroup->createRedoAction(m, ActionManager::tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m->registerAction(QString(ActionId::Redo), redo);
    make(m, ActionId::Cut, ActionManager::tr("Cu&t"),
         ActionManager::tr("Cut the selection: Table 4 rows or text"), QKeySequence::Cut, QStringLiteral("edit-cut"));
    make(m, ActionId::Copy, ActionManager::tr("&Copy"),
         ActionManager::tr("Copy the selection: Table 4 rows (also as text for a spreadsheet) or text"),
         QKeySequence::Copy, QStringLiteral("edit-copy"));
    make(m, ActionId::Paste, ActionManager::tr("&Paste"),
         ActionManager::tr("Paste into Table 4 after the current row (rows or spreadsheet text), or into a field"),
         QKeySequence::Paste, QStringLiteral("edit-paste"));
    make(m, ActionId::FindCourse, ActionManager::tr("&Find Course…"),
         ActionManager::tr("Search the course navigator"), QKeySequence::Find, QStringLiteral("edit-find"));

    make(m, ActionId::CloseTab, ActionManager::tr("&Close Tab"), ActionManager::tr("Close the current course tab"),
         QKeySequence::Close);

    make(m, ActionId::ImportTable4Csv, ActionManager::tr("Import Table 4 from CSV…"),
         ActionManager::tr("Replace the current course's Table 4 with a CSV file (one undo step)"));
    make(m, ActionId::ExportTable4Csv, ActionManager::tr("Export Table 4 as CSV…"),
         ActionManager::tr("Write the current course's Table 4 as a CSV file for a spreadsheet"));
    make(m, ActionId::ExportTable4Xlsx, ActionManager::tr("Export Table 4 Summary as XLSX…"),
         ActionManager::tr("Write the MQA-style Table 4 summary workbook"));
    make(m, ActionId::ExportTable4Pdf, ActionManager::tr("Export Table 4 Summary as PDF…"),
         ActionManager::tr("Write the MQA-style Table 4 summary as a PDF"));
    make(m, ActionId::ShowPortfolio, ActionManager::tr("&Portfolio: Gantt and Dashboard"),
         ActionManager::tr("Every course's development milestones at a glance"), QKeySequence(QStringLiteral("Ctrl+2")),
         QStringLiteral("x-office-calendar"));
    make(m, ActionId::ShowTasks, ActionManager::tr("My &Tasks"),
         ActionManager::tr("Courses waiting for you in the approval workflow, those you submitted, or all"),
         QKeySequence(QStringLiteral("Ctrl+3")));
    make(m, ActionId::ShowAudit, ActionManager::tr("&Audit Trail"),
         ActionManager::tr("Who changed which course, result or statement, and when (CFLEX)"));
    make(m, ActionId::ShowCourseForm, ActionManager::tr("Application &Form"),
         ActionManager::tr("Show the current course's application form"), QKeySequence(QStringLiteral("Ctrl+4")));
    make(m, ActionId::ShowTable4, ActionManager::tr("Table &4 and SLT"),
         ActionManager::tr("Show the current course's Table 4 and its Student Learning Time"),
         QKeySequence(QStringLiteral("Ctrl+5")));
    make(m, ActionId::DarkTheme, ActionManager::tr("&Dark Theme"),
         ActionManager::tr("Show MC Studio in dark colours"))
        ->setCheckable(true);
    make(m, ActionId::SltRates, ActionManager::tr("SLT &Rates…"),
         ActionManager::tr("The Student Learning Time rate table in use (guideline 2.2)"));

    make(m, ActionId::ShowStatements, ActionManager::tr("&Statements and Badges"),
         ActionManager::tr("Learners' results, statements (MMS) and digital badges of a course's offerings"),
         QKeySequence(QStringLiteral("Ctrl+6")), QStringLiteral("x-office-document"));
    make(m, ActionId::VerifyStatement, ActionManager::tr("&Verify Statement…"),
         ActionManager::tr("Check the signed QR code of a printed statement"), {}, QStringLiteral("security-high"));
    make(m, ActionId::AccreditedProgrammes, ActionManager::tr("&Accredited Programme Names…"),
         ActionManager::tr("The accredited programmes' qualification names an MC title must differ from"));
    make(m, ActionId::IssuerSettings, ActionManager::tr("&Issuer Settings…"),
         ActionManager::tr("The institution, signatory, verification address and serial pattern printed on statements (CFLEX)"));
    make(m, ActionId::SaveVersion, ActionManager::tr("Save &Version"),
         ActionManager::tr("Save the current course and keep this state in its history"));
    make(m, ActionId::CheckOut, ActionManager::tr("Check O&ut to Local File…"),
         ActionManager::tr("Copy the current course into a local file to work on it without a network"));
    make(m, ActionId::CheckIn, ActionManager::tr("Check &In to Server…"),
         ActionManager::tr("Send the courses checked out into this local file back to where they came from"));

    auto *languages = new QActionGroup(m);
    QAction *en = make(m, ActionId::LanguageEnglish, ActionManager::tr("&English"),
                       ActionManager::tr("Show the interface in English"));
    QAction *ms = make(m, ActionId::LanguageMalay, ActionManager::tr("Bahasa &Melayu"),
                       ActionManager::tr("Show the interface in Bahasa Melayu"));
    for (QAction *a : {en, ms}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    en->setData(QStringLiteral("en"));
    ms->setData(QStringLiteral("ms"));

    QAction *about = make(m, ActionId::About, ActionManager::tr("&About MC Studio"),
                          ActionManager::tr("Version and credits"), {}, QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = make(m, ActionId::AboutQt, ActionManager::tr("About &Qt"),
                            ActionManager::tr("The Qt version in use"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace mcs

// Bahasa Melayu (issue #10): no English left in the main window's menus and the Table 4 panel,
// and the statement printed in either language whatever the interface's.
#include "appsettings.h"
#include "courselistmodel.h"
#include "coursetab.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "samplestatement.h"
#include "sltpanel.h"
#include "statementrenderer.h"
#include "table4editor.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace mcs;

namespace {

// Texts that read the same in both languages: names, abbreviations and words Malay shares.
const QStringList kSameInBothLanguages = {
    QStringLiteral("MC Studio"), QStringLiteral("&English"), QStringLiteral("English"),
    QStringLiteral("Bahasa &Melayu"), QStringLiteral("Bahasa Melayu"), QStringLiteral("Unit"),
};

// One visible text and where it was found.
struct Text
{
    QString where;
    QString text;
};

bool worthChecking(const QString &text)
{
    // Numbers, empty labels and file paths (the recent-databases menu) are not language.
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    return text.contains(letters) && !text.contains(QLatin1Char('/'));
}

void collectMenu(const QMenu *menu, const QString &path, QVector<Text> *out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString where = path + QStringLiteral(" › ") + a->text();
        out->append({where, a->text()});
        out->append({where + QStringLiteral(" [tooltip]"), a->toolTip()});
        out->append({where + QStringLiteral(" [status tip]"), a->statusTip()});
        if (a->menu()) {
            // Submenus fill themselves when shown (Open Recent).
            QMetaObject::invokeMethod(a->menu(), "aboutToShow");
            collectMenu(a->menu(), where, out);
        }
    }
}

QVector<Text> menuTexts(const MainWindow &w)
{
    QVector<Text> out;
    for (QAction *a : w.menuBar()->actions()) {
        out.append({a->text(), a->text()});
        if (a->menu())
            collectMenu(a->menu(), a->text(), &out);
    }
    return out;
}

void collectHeaders(const QAbstractItemModel *model, const QString &where, QVector<Text> *out)
{
    for (int c = 0; c < model->columnCount(); ++c) {
        out->append({where + QStringLiteral(" header %1").arg(c), model->headerData(c, Qt::Horizontal).toString()});
        out->append({where + QStringLiteral(" header %1 [tooltip]").arg(c),
                     model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString()});
    }
}

// Labels, buttons, group boxes, tab titles, tooltips, actions and column headers of a panel.
QVector<Text> panelTexts(const QWidget *panel)
{
    QVector<Text> out;
    QList<const QWidget *> widgets{panel};
    for (const QWidget *w : panel->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : widgets) {
        const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
        out.append({name + QStringLiteral(" [tooltip]"), w->toolTip()});
        if (const auto *l = qobject_cast<const QLabel *>(w))
            out.append({name, l->text()});
        if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            out.append({name, b->text()});
        if (const auto *g = qobject_cast<const QGroupBox *>(w))
            out.append({name, g->title()});
        if (const auto *e = qobject_cast<const QLineEdit *>(w))
            out.append({name + QStringLiteral(" [placeholder]"), e->placeholderText()});
        if (const auto *t = qobject_cast<const QTabWidget *>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out.append({name + QStringLiteral(" tab %1").arg(i), t->tabText(i)});
        }
        if (const auto *tree = qobject_cast<const QTreeWidget *>(w)) {
            // Top-level rows are the panel's own headings; their children are the course's data.
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                out.append({name + QStringLiteral(" row %1").arg(i), tree->topLevelItem(i)->text(0)});
        }
        if (const auto *list = qobject_cast<const QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                out.append({name + QStringLiteral(" item %1").arg(i), list->item(i)->text()});
        }
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model())
            collectHeaders(view->model(), name, &out);
        for (const QAction *a : w->actions()) {
            out.append({name + QStringLiteral(" action ") + a->text(), a->text()});
            out.append({name + QStringLiteral(" action ") + a->text() + QStringLiteral(" [tooltip]"), a->toolTip()});
        }
    }
    return out;
}

// A main window over a demo database with one course's Table 4 page showing, built in whatever
// language is installed when it is made.
class Window
{
public:
    explicit Window(const QString &dir)
        : m_settings(dir + QStringLiteral("/settings.ini"))
    {
        QString error;
        const QString db = dir + QStringLiteral("/demo.mcs");
        m_ok = QFileInfo::exists(db) ? m_workspace.openLocalFile(db, &error)
                                     : m_workspace.createDemoDatabase(db, 4, &error);
        m_window = std::make_unique<MainWindow>(&m_settings, &m_workspace);
        m_tab = m_window->openCourse(m_workspace.courses()->courses().first().id);
        if (m_tab)
            m_tab->showTable4();
    }
    bool ok() const { return m_ok && m_tab; }
    MainWindow &window() { return *m_window; }
    QWidget *table4Panel() const { return m_tab->table4Editor(); }

private:
    AppSettings m_settings;
    Workspace m_workspace;
    bool m_ok = false;
    std::unique_ptr<MainWindow> m_window;
    CourseTab *m_tab = nullptr;
};

// Pairs the texts of the same window built in English and in Malay; returns those still English.
QStringList untranslated(const QVector<Text> &english, const QVector<Text> &malay)
{
    QStringList left;
    if (english.size() != malay.size())
        return {QStringLiteral("the two windows differ in shape: %1 texts in English, %2 in Malay")
                    .arg(english.size())
                    .arg(malay.size())};
    for (int i = 0; i < english.size(); ++i) {
        const QString &en = english.at(i).text;
        if (worthChecking(en) && en == malay.at(i).text && !kSameInBothLanguages.contains(en))
            left << english.at(i).where + QStringLiteral(": ") + en;
    }
    return left;
}

class Malay : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_translator.load(QStringLiteral(":/i18n/mcstudio_ms"))) << "the Malay catalogue is not embedded";
    }
    void install() { QCoreApplication::installTranslator(&m_translator); }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTemporaryDir m_dir;
    QTranslator m_translator;
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForStarted(10000))
        return QStringLiteral("<pdftotext not installed>");
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

QString renderPdf(const QString &path, const StatementRenderer &renderer)
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(150);
        renderer.render(&writer, test::sampleStatement());
    }
    return pdfText(path);
}

} // namespace

TEST_F(Malay, TheCatalogueTranslatesKeyTermsAsTheGuidelineDoes)
{
    install();
    auto tr = [](const char *context, const char *source) { return QCoreApplication::translate(context, source); };
    EXPECT_EQ(tr("mcs::Course", "Substitute blended learning (SBL)"), QStringLiteral("Pembelajaran teradun gantian (SBL)"));
    EXPECT_EQ(tr("mcs::Proposal", "Course learning outcomes"), QStringLiteral("Hasil Pembelajaran Kursus"));
    EXPECT_EQ(tr("mcs::SltPanel", "<b>Student Learning Time</b>"), QStringLiteral("<b>Masa Pembelajaran Pelajar</b>"));
    EXPECT_EQ(tr("mcs::Table4SummaryRenderer", "Continuous assessment"), QStringLiteral("Penilaian berterusan"));
    EXPECT_EQ(tr("mcs::Milestone", "Senate approval"), QStringLiteral("Kelulusan Senat"));
    EXPECT_EQ(QCoreApplication::translate("mcs::CompliancePanel", "%n error(s)", nullptr, 3), QStringLiteral("3 ralat"));
}

TEST_F(Malay, NoEnglishIsLeftInTheMenusOrTheTable4Panel)
{
    QVector<Text> englishMenus, englishPanel;
    {
        Window en(m_dir.path());
        ASSERT_TRUE(en.ok());
        englishMenus = menuTexts(en.window());
        englishPanel = panelTexts(en.table4Panel());
    }
    install();
    Window ms(m_dir.path());
    ASSERT_TRUE(ms.ok());
    const QVector<Text> malayMenus = menuTexts(ms.window());
    const QVector<Text> malayPanel = panelTexts(ms.table4Panel());

    // The comparison is worth something only if it looked at a real window.
    EXPECT_GE(englishMenus.size(), 60);
    EXPECT_GE(englishPanel.size(), 100);
    const QStringList menus = untranslated(englishMenus, malayMenus);
    EXPECT_TRUE(menus.isEmpty()) << "English left in the menus:\n" << menus.join(QLatin1Char('\n')).toStdString();
    const QStringList panel = untranslated(englishPanel, malayPanel);
    EXPECT_TRUE(panel.isEmpty()) << "English left in the Table 4 panel:\n" << panel.join(QLatin1Char('\n')).toStdString();
    // Spot checks that the comparison saw the Malay window.
    EXPECT_EQ(ms.window().menuBar()->actions().first()->text(), QStringLiteral("&Fail"));
    EXPECT_EQ(ms.table4Panel()->findChild<QLabel *>(QStringLiteral("totalLabel"))->text(), QStringLiteral("Jumlah MPP"));
}

TEST_F(Malay, EveryMenuHasDistinctAcceleratorsInBothLanguages)
{
    std::function<void(const QString &, const QList<QAction *> &)> check = [&](const QString &where,
                                                                               const QList<QAction *> &actions) {
        QHash<QChar, QString> used;
        for (QAction *a : actions) {
            const qsizetype amp = a->text().indexOf(QLatin1Char('&'));
            if (amp >= 0 && amp + 1 < a->text().size()) {
                const QChar key = a->text().at(amp + 1).toLower();
                EXPECT_FALSE(used.contains(key))
                    << where.toStdString() << ": " << a->text().toStdString() << " and " << used.value(key).toStdString();
                used.insert(key, a->text());
            }
            if (a->menu())
                check(where + QStringLiteral(" › ") + a->text(), a->menu()->actions());
        }
    };
    {
        Window en(m_dir.path());
        ASSERT_TRUE(en.ok());
        check(QStringLiteral("English menu bar"), en.window().menuBar()->actions());
    }
    install();
    Window ms(m_dir.path());
    ASSERT_TRUE(ms.ok());
    check(QStringLiteral("Malay menu bar"), ms.window().menuBar()->actions());
}

TEST_F(Malay, TheStatementPrintsInMalayFromAnEnglishInterface)
{
    StatementRenderer::Options options;
    setStatementLanguage(&options, QStringLiteral("ms"));
    ASSERT_NE(options.translator, nullptr);
    const QString text = renderPdf(m_dir.filePath(QStringLiteral("ms.pdf")), StatementRenderer(options));
    for (const char *label : {"PENYATA MIKRO-KREDENSIAL MALAYSIA", "No. siri UNIMAS-MC-2026-000123", "Nama kursus",
                              "Institusi penganugerah", "Hasil Pembelajaran Kursus", "Penilaian dan keputusan",
                              "Formatif (berterusan)", "Sumatif (akhir)", "Gred", "Jaminan kualiti", "1 kredit",
                              "40 jam (tanggapan)", "Imbas untuk mengesahkan", "20 Mei 2026"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(label))) << "missing: " << label << "\n" << text.toStdString();
    for (const char *english : {"MALAYSIAN MICRO-CREDENTIAL STATEMENT", "Course name", "Assessment and result",
                                "Scan to verify", "May 2026"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(english))) << "English left: " << english;
}

TEST_F(Malay, TheStatementPrintsInEnglishFromAMalayInterface)
{
    install();
    ASSERT_EQ(QCoreApplication::translate("mcs::StatementRenderer", "Grade"), QStringLiteral("Gred"));
    StatementRenderer::Options options;
    setStatementLanguage(&options, QStringLiteral("en"));
    ASSERT_NE(options.translator, nullptr);
    const QString text = renderPdf(m_dir.filePath(QStringLiteral("en.pdf")), StatementRenderer(options));
    for (const char *label : {"MALAYSIAN MICRO-CREDENTIAL STATEMENT", "Course name", "Assessment and result", "Grade",
                              "1 credit", "40 hours (notional)", "20 May 2026"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(label))) << "missing: " << label << "\n" << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("PENYATA"))) << text.toStdString();
}

TEST_F(Malay, WithoutALanguageTheStatementFollowsTheInterface)
{
    install();
    const QString text = renderPdf(m_dir.filePath(QStringLiteral("ui.pdf")), StatementRenderer());
    EXPECT_TRUE(text.contains(QStringLiteral("PENYATA MIKRO-KREDENSIAL MALAYSIA"))) << text.toStdString();
}

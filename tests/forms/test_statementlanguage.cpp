// The statement language on the Statements and Badges desk (issue #10): the choice reaches every
// path that renders there (Issue and Print, Export PDFs on worker threads) and is remembered.
#include "actionids.h"
#include "actionmanager.h"
#include "appsettings.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "statementrostermodel.h"
#include "statementstab.h"
#include "workspace.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace mcs;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForStarted(10000))
        return QStringLiteral("<pdftotext not installed>");
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

// Words of the statement's own labels (StatementRenderer), in each language.
const char *const kMalay[] = {"PENYATA MIKRO-KREDENSIAL MALAYSIA", "Nama kursus", "Penilaian dan keputusan",
                              "Institusi penganugerah", "Imbas untuk mengesahkan"};
const char *const kEnglish[] = {"MALAYSIAN MICRO-CREDENTIAL STATEMENT", "Course name", "Assessment and result",
                                "Awarding institution", "Scan to verify"};

void expectLanguage(const QString &text, const QString &language, const std::string &what)
{
    const bool malay = language == QLatin1String("ms");
    for (const char *word : malay ? kMalay : kEnglish)
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << what << ": missing " << word << "\n" << text.left(2000).toStdString();
    for (const char *word : malay ? kEnglish : kMalay)
        EXPECT_FALSE(text.contains(QString::fromUtf8(word))) << what << ": the other language's " << word;
}

// Answers the desk's message boxes and, when asked, prints the preview's pages into a PDF.
class ModalDriver
{
public:
    ModalDriver()
    {
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                if (!previewPdf.isEmpty()) {
                    QPrinter *printer = preview->printer();
                    printer->setOutputFormat(QPrinter::PdfFormat);
                    printer->setOutputFileName(previewPdf);
                    preview->findChild<QPrintPreviewWidget *>()->print();
                    previewed = true;
                }
                preview->reject();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxes << box->text();
                box->accept();
            }
        });
        m_timer.start();
    }

    QString previewPdf;
    bool previewed = false;
    QStringList boxes;

private:
    QTimer m_timer;
};

} // namespace

class StatementLanguage : public testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(workspace.createDemoDatabase(dir.filePath(QStringLiteral("demo.mcs")), 40, &error)) << error.toStdString();
    }

    QString settingsPath() const { return dir.filePath(QStringLiteral("settings.ini")); }

    // The desk as the main window opens it (Ctrl+6), on the offering Senate approved last.
    static StatementsTab *openDesk(MainWindow &w)
    {
        w.actions()->action(QString(ActionId::ShowStatements))->trigger();
        return w.findChild<StatementsTab *>();
    }

    static QComboBox *languageBox(StatementsTab *desk) { return desk->findChild<QComboBox *>(QStringLiteral("statementLanguage")); }

    // Export PDFs of every learner into a new folder; the text of all the PDFs written.
    QString exportAll(StatementsTab *desk, const QString &name, int *files)
    {
        const QString out = dir.filePath(name);
        QDir().mkpath(out);
        QStringList written;
        bool finished = false;
        const auto connection = QObject::connect(desk, &StatementsTab::exportFinished, [&](const QStringList &f, bool cancelled) {
            written = f;
            finished = !cancelled;
        });
        ModalDriver driver;
        desk->exportPdfsTo(out);
        for (int i = 0; i < 600 && !finished; ++i)
            QTest::qWait(100);
        QTest::qWait(300); // the closing message box
        QObject::disconnect(connection);
        *files = int(written.size());
        QString text;
        for (const QString &f : written)
            text += pdfText(f) + QLatin1Char('\n');
        return text;
    }

    QTemporaryDir dir;
    Workspace workspace;
};

TEST_F(StatementLanguage, ChosenOnTheDeskPrintsAndExportsInThatLanguageAndIsRemembered)
{
    int eligible = 0;
    {
        AppSettings settings(settingsPath());
        ASSERT_EQ(settings.statementLanguage(), QString());
        MainWindow w(&settings, &workspace);
        StatementsTab *desk = openDesk(w);
        ASSERT_NE(desk, nullptr);
        QComboBox *language = languageBox(desk);
        ASSERT_NE(language, nullptr);
        // Nothing chosen yet: the interface's language (English here).
        EXPECT_EQ(desk->statementLanguage(), QStringLiteral("en"));
        EXPECT_EQ(language->count(), 2);
        eligible = desk->model()->count(StatementState::Ready);
        ASSERT_GT(eligible, 0) << "the demo has a cohort with Senate-approved results";

        // As the officer does: pick Bahasa Melayu in the combo.
        language->setCurrentIndex(language->findData(QStringLiteral("ms")));
        EXPECT_EQ(desk->statementLanguage(), QStringLiteral("ms"));
        EXPECT_EQ(settings.statementLanguage(), QStringLiteral("ms"));

        // Issue and Print: the preview's pages, printed to a PDF, are Malay statements.
        ModalDriver driver;
        driver.previewPdf = dir.filePath(QStringLiteral("preview-ms.pdf"));
        desk->issueAndPrint();
        EXPECT_TRUE(driver.previewed);
        EXPECT_TRUE(driver.boxes.isEmpty()) << driver.boxes.join(QLatin1Char('\n')).toStdString();
        expectLanguage(pdfText(driver.previewPdf), QStringLiteral("ms"), "print preview");

        // Export PDFs (rendered on worker threads): Malay too.
        int files = 0;
        const QString text = exportAll(desk, QStringLiteral("ms"), &files);
        EXPECT_EQ(files, eligible);
        expectLanguage(text, QStringLiteral("ms"), "exported PDFs");
    }
    {
        // A new desk, in a new window over the settings file: still Malay.
        AppSettings settings(settingsPath());
        EXPECT_EQ(settings.statementLanguage(), QStringLiteral("ms"));
        MainWindow w(&settings, &workspace);
        StatementsTab *desk = openDesk(w);
        ASSERT_NE(desk, nullptr);
        EXPECT_EQ(desk->statementLanguage(), QStringLiteral("ms"));
        EXPECT_EQ(languageBox(desk)->currentText(), QStringLiteral("Bahasa Melayu"));

        // Back to English: the same statements (reprinted, same serials) now export in English.
        QComboBox *language = languageBox(desk);
        language->setCurrentIndex(language->findData(QStringLiteral("en")));
        EXPECT_EQ(settings.statementLanguage(), QStringLiteral("en"));
        int files = 0;
        const QString text = exportAll(desk, QStringLiteral("en"), &files);
        EXPECT_EQ(files, eligible);
        expectLanguage(text, QStringLiteral("en"), "exported PDFs");
        EXPECT_EQ(QDir(dir.filePath(QStringLiteral("en"))).entryList(QDir::Files, QDir::Name),
                  QDir(dir.filePath(QStringLiteral("ms"))).entryList(QDir::Files, QDir::Name));

        ModalDriver driver;
        driver.previewPdf = dir.filePath(QStringLiteral("preview-en.pdf"));
        desk->issueAndPrint();
        EXPECT_TRUE(driver.previewed);
        expectLanguage(pdfText(driver.previewPdf), QStringLiteral("en"), "print preview");
    }
    {
        AppSettings settings(settingsPath());
        EXPECT_EQ(settings.statementLanguage(), QStringLiteral("en"));
        // English is remembered even when the interface is Malay: the choice wins over the interface's.
        const QLocale before;
        QLocale::setDefault(localeForLanguage(QStringLiteral("ms")));
        StatementsTab desk(&workspace, &settings);
        QLocale::setDefault(before);
        EXPECT_EQ(desk.statementLanguage(), QStringLiteral("en"));
    }
}

TEST_F(StatementLanguage, WithoutAChoiceTheDeskOffersTheInterfaceLanguage)
{
    AppSettings settings(settingsPath());
    {
        StatementsTab desk(&workspace, &settings);
        EXPECT_EQ(desk.statementLanguage(), QStringLiteral("en"));
    }
    // A Malay interface (installTranslations makes its locale the default).
    const QLocale before;
    QLocale::setDefault(localeForLanguage(QStringLiteral("ms")));
    {
        StatementsTab desk(&workspace, &settings);
        EXPECT_EQ(desk.statementLanguage(), QStringLiteral("ms"));
    }
    QLocale::setDefault(before);
    EXPECT_EQ(settings.statementLanguage(), QString()) << "only the officer's choice is stored";
}

#pragma once

#include "course.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace mcs {

class CourseDocument;
class CourseVersionModel;
class Database;

// The History page of a course tab (issue 9 "Versions and diff"): the stored versions of the
// course and, side by side, the differences between any two of them or between a version and
// the current edit, grouped by section, additions in green and removals in red.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    HistoryPage(CourseDocument *document, Database *database, QWidget *parent = nullptr);
    ~HistoryPage() override;

    // Reads the versions again (after a save or a new version).
    void reload();
    // Compares two rows of versions() (0 = the current edit).
    void compare(int olderRow, int newerRow);
    CourseVersionModel *versions() const { return m_versions; }
    QTextBrowser *browser() const { return m_browser; }
    QString html() const { return m_html; }

Q_SIGNALS:
    void saveVersionRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    std::optional<Course> courseAt(int row, QString *error);
    void refresh();

    CourseDocument *m_doc;
    Database *m_database;
    CourseVersionModel *m_versions;
    QHash<qint64, Course> m_loaded; // versions never change once taken
    QComboBox *m_older;
    QComboBox *m_newer;
    QPushButton *m_saveVersion;
    QTableView *m_table;
    QTextBrowser *m_browser;
    QLabel *m_status;
    QTimer *m_refreshTimer;
    QString m_html;
    bool m_loadedOnce = false;
};

} // namespace mcs

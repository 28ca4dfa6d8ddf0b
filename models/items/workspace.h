#pragma once

#include "serverparams.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mcs {

class CourseListModel;
class Database;

// The open database and the models over it. One per main window; there is no global
// "current database" or "current course" (DESIGN.md anti-patterns).
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    bool openLocalFile(const QString &path, QString *error);
    bool connectToServer(const ServerParams &params, QString *error);
    // Creates a new local file holding the demonstration portfolio (DemoPortfolio) and opens it:
    // what a newcomer sees on the first start. Refuses a file that already exists.
    bool createDemoDatabase(const QString &path, int courses, QString *error);
    void close();

    bool isOpen() const { return m_database != nullptr; }
    Database *database() const { return m_database.get(); }
    QString location() const;    // file path or server URL (no password); empty when closed
    QString description() const; // for the status bar
    // Who edits, for created/updated by: the login on a server, the local account on a file.
    QString userName() const;

    CourseListModel *courses() const { return m_courses; }
    // Reloads the course list from the database (one query, whatever the number of courses).
    bool refreshCourses(QString *error);

Q_SIGNALS:
    void databaseChanged();

private:
    bool adopt(std::unique_ptr<Database> db, QString *error);

    std::unique_ptr<Database> m_database;
    CourseListModel *m_courses;
};

} // namespace mcs

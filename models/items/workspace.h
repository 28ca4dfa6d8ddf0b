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
    void close();

    bool isOpen() const { return m_database != nullptr; }
    Database *database() const { return m_database.get(); }
    QString location() const;    // file path or server URL (no password); empty when closed
    QString description() const; // for the status bar

    CourseListModel *courses() const { return m_courses; }
    // Reloads the course list from the database.
    bool refreshCourses(QString *error);

Q_SIGNALS:
    void databaseChanged();

private:
    bool adopt(std::unique_ptr<Database> db, QString *error);

    std::unique_ptr<Database> m_database;
    CourseListModel *m_courses;
};

} // namespace mcs

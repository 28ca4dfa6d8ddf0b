#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace mcs {

class Database;
class Workspace;

// File › Check Out to Local File… and File › Check In to Server… (issue 9 "Offline check-out").
// The work is CourseCheckout's (storage); this asks the questions: which file, the server's
// password, and through CheckInDialog which side of each conflict to keep.
class OfflineCopyController : public QObject
{
    Q_OBJECT
public:
    OfflineCopyController(Workspace *workspace, QWidget *window);

    // Asks for the local file, copies the course of this code into it and offers to open it.
    void checkOut(const QString &code);
    // Without questions: for tests and for checkOut(). Returns false with a message for the user.
    bool checkOutTo(const QString &code, const QString &path, QString *message);
    // Sends a course checked out into the open local file back where it came from.
    void checkIn();

Q_SIGNALS:
    void openLocalRequested(const QString &path);

private:
    std::unique_ptr<Database> openSource(const QString &source);

    Workspace *m_workspace;
    QWidget *m_window;
};

} // namespace mcs

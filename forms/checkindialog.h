#pragma once

#include "course.h"
#include "coursemerge.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace mcs {

class MergeChoiceModel;

// The conflict view of a check-in (issue 9 "Offline check-out"): every part of the course changed
// on the server or in the offline copy since it was checked out, the server's change and mine
// side by side (each against the checked-out base), and for a part changed on both sides the
// choice of which to keep. "Check In" stays disabled until every conflict is decided; nothing
// is written by this dialog.
class CheckInDialog : public QDialog
{
    Q_OBJECT
public:
    CheckInDialog(const CourseMerge &merge, const QString &courseName, QWidget *parent = nullptr);
    ~CheckInDialog() override;

    MergeChoiceModel *model() const { return m_model; }
    QPushButton *checkInButton() const { return m_checkIn; }
    // The course to send: empty while a conflict is undecided.
    std::optional<Course> result() const;

private:
    void updateState();
    void showItem(int row);

    MergeChoiceModel *m_model;
    QTableView *m_table;
    QTextBrowser *m_detail;
    QLabel *m_state;
    QPushButton *m_checkIn;
};

} // namespace mcs

#pragma once

#include <QWidget>

#include <memory>

namespace mcs {

namespace Ui {
class CourseNavigator;
}

class CourseFilterModel;
class CourseListModel;

// The course list dock's content: a search box over the open database's courses, with an empty
// state that says what to do next.
class CourseNavigator : public QWidget
{
    Q_OBJECT
public:
    explicit CourseNavigator(QWidget *parent = nullptr);
    ~CourseNavigator() override;

    void setCourseModel(CourseListModel *model);
    // Whether a database is open: decides which empty state is shown.
    void setDatabaseOpen(bool open);
    void focusSearch();
    CourseFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void courseActivated(qint64 courseId);

private:
    void updateState();
    void fillFilters();
    void refillFaculties();
    void applyFilters();

    std::unique_ptr<Ui::CourseNavigator> m_ui;
    CourseFilterModel *m_filter;
    bool m_databaseOpen = false;
};

} // namespace mcs

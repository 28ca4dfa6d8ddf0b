#pragma once

#include "course.h"
#include "offering.h"
#include "person.h"

#include <QDate>
#include <QVector>

#include <random>

namespace mcs {

class Database;

// A realistic portfolio for demonstrations, first starts and benchmarks: courses of every faculty,
// both kinds, every approval status, full application-form text, Table 4, milestones at every
// stage relative to `today`, offerings with Malaysian and international learners, grades and
// Senate-approved results. The same options (seed and today) always give the same data.
class DemoPortfolio
{
public:
    struct Options
    {
        int courses = 40;
        int learners = 400;
        quint32 seed = 1;
        QDate today = QDate::currentDate();
    };
    struct Summary
    {
        int courses = 0;
        int offerings = 0;
        int learners = 0;
        int enrolments = 0;
        int senateApproved = 0;
    };

    explicit DemoPortfolio(const Options &options);

    // Writes the portfolio into an empty database in one transaction. Refuses a database that
    // already holds courses, so a demo never mixes with real work.
    bool write(Database &db, Summary *summary, QString *error);

    // The generated data (for tests); write() stores exactly these.
    const QVector<Course> &courses() const { return m_courses; }
    const QVector<Learner> &learners() const { return m_learners; }
    const QVector<Person> &people() const { return m_people; }

private:
    struct PlannedOffering
    {
        int course; // index into m_courses
        Offering offering;
        bool finished;
    };

    int pick(int n);                          // 0..n-1
    int between(int low, int high);           // low..high inclusive
    template <typename T, size_t N> const T &oneOf(const T (&items)[N]) { return items[pick(int(N))]; }

    void generateCourses();
    Course makeCourse(int index, const QString &code, CourseKind kind, int faculty, int topic, ApprovalStatus status);
    void fillTable4(Course *c);
    void topUpToCredit(Course *c);
    void addWorkInProgress(Course *c);
    void fillMilestones(Course *c);
    void generateLearners();
    Learner makeLearner();
    void generateOfferings();

    Options m_options;
    std::mt19937 m_random;
    QVector<Course> m_courses;
    QVector<Learner> m_learners;
    QVector<Person> m_people;
    QVector<PlannedOffering> m_offerings;
};

} // namespace mcs

// Test helper for the crash test: saves every course of a database again and again, each save
// stamping one generation number into every part of the course, until it is killed.
#include "courserepository.h"
#include "database.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace mcs;

void stamp(Course *c, int generation)
{
    const QString g = QString::number(generation);
    c->title = QStringLiteral("Generation %1").arg(generation);
    c->synopsis = g;
    c->lecturers[0].name = g;
    // The shape changes too: odd generations have one unit fewer.
    while (c->table4.units.size() < 10)
        c->table4.units.append(c->table4.units.first());
    if (generation % 2)
        c->table4.units.removeLast();
    for (LearningUnit &u : c->table4.units) {
        u.title = g;
        for (Activity &a : u.activities)
            a.quantity = generation;
    }
    for (Milestone &m : c->milestones)
        m.notes = g;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    auto db = Database::openSqlite(app.arguments().value(1), &error);
    if (!db) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    CourseRepository repo(*db);
    QVector<CourseSummary> list;
    if (!repo.listSummaries(&list, &error))
        return 2;
    QVector<Course> courses;
    int generation = 0;
    for (const CourseSummary &s : list) {
        courses.append(*repo.load(s.id, &error));
        generation = qMax(generation, courses.last().synopsis.toInt());
    }
    for (;;) {
        ++generation;
        for (Course &c : courses) {
            stamp(&c, generation);
            const StoreResult r = repo.save(&c, QStringLiteral("crashsaver"));
            if (!r.ok()) {
                QTextStream(stderr) << r.message << '\n';
                return 1;
            }
            out << "saved " << generation << Qt::endl;
        }
    }
}

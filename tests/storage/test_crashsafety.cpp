#include "courserepository.h"
#include "database.h"
#include "samplecourse.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <random>

using namespace mcs;

// A child process saving courses of 500 activities in a loop is killed (SIGKILL) again and again
// at arbitrary moments. Afterwards the file must open, pass SQLite's integrity check, and every
// course must be wholly of one generation: never half old, half new.
TEST(CrashSafety, KillingASaverMidSaveNeverLeavesAHalfSavedCourse)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.mcs"));
    {
        QString error;
        auto db = Database::openSqlite(path, &error);
        ASSERT_TRUE(db) << error.toStdString();
        CourseRepository repo(*db);
        for (const char *code : {"MC001", "MC002", "MC003"}) {
            Course c = test::sampleCourse(QString::fromLatin1(code), 10, 50);
            c.synopsis = QStringLiteral("0");
            ASSERT_TRUE(repo.save(&c, QStringLiteral("setup")).ok());
        }
    }
    std::mt19937 random(20261130);
    int highest = 0;
    int killedWhileRunning = 0;
    for (int round = 0; round < 15; ++round) {
        QProcess saver;
        saver.start(QStringLiteral(MCS_CRASH_SAVER_PATH), {path});
        ASSERT_TRUE(saver.waitForStarted());
        // Wait for the first save of this run, then let it continue into later saves.
        ASSERT_TRUE(saver.waitForReadyRead(20000)) << saver.readAllStandardError().toStdString();
        QThread::msleep(random() % 60);
        if (saver.state() == QProcess::Running)
            ++killedWhileRunning;
        saver.kill();
        ASSERT_TRUE(saver.waitForFinished(10000));

        QString error;
        auto db = Database::openSqlite(path, &error);
        ASSERT_TRUE(db) << "round " << round << ": " << error.toStdString();
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok")) << "round " << round;
        CourseRepository repo(*db);
        QVector<CourseSummary> list;
        ASSERT_TRUE(repo.listSummaries(&list, &error));
        ASSERT_EQ(list.size(), 3);
        for (const CourseSummary &s : list) {
            const auto c = repo.load(s.id, &error);
            ASSERT_TRUE(c) << error.toStdString();
            const int g = c->synopsis.toInt();
            const QString gs = QString::number(g);
            highest = qMax(highest, g);
            if (g == 0)
                continue; // never saved by the child: the original
            EXPECT_EQ(c->title, QStringLiteral("Generation %1").arg(g));
            EXPECT_EQ(c->lecturers[0].name, gs);
            EXPECT_EQ(c->table4.units.size(), g % 2 ? 9 : 10) << s.code.toStdString() << " generation " << g;
            for (const LearningUnit &u : c->table4.units) {
                EXPECT_EQ(u.title, gs);
                ASSERT_EQ(u.activities.size(), 50);
                for (const Activity &a : u.activities)
                    ASSERT_EQ(a.quantity, g) << s.code.toStdString();
            }
            for (const Milestone &m : c->milestones)
                EXPECT_EQ(m.notes, gs);
        }
    }
    EXPECT_GT(highest, 15); // the child really saved, many times
    EXPECT_GE(killedWhileRunning, 14);
}

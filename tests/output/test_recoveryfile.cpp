// Recovery copies: written atomically per database and course, read back with id and row version.
#include "../storage/samplecourse.h"
#include "recoveryfile.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace mcs;

TEST(RecoveryFiles, WriteReadRemove)
{
    QTemporaryDir dir;
    const RecoveryFiles files(dir.filePath(QStringLiteral("recovery")));
    Course c = test::sampleCourse();
    c.id = 17;
    c.rowVersion = 4;
    const QString db = QStringLiteral("/home/lecturer/courses.mcs");
    QString error;
    ASSERT_TRUE(files.write(db, c, &error)) << qPrintable(error);
    EXPECT_TRUE(QFile::exists(files.pathFor(db, 17)));
    EXPECT_NE(files.pathFor(db, 17), files.pathFor(db, 18));
    EXPECT_NE(files.pathFor(db, 17), files.pathFor(QStringLiteral("postgresql://cflex@server/mc"), 17));

    QDateTime savedAt;
    const auto back = files.read(db, 17, &savedAt);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->id, 17);
    EXPECT_EQ(back->rowVersion, 4);
    EXPECT_TRUE(back->clos == c.clos);
    EXPECT_TRUE(back->table4 == c.table4);
    EXPECT_EQ(back->title, c.title);
    EXPECT_TRUE(savedAt.isValid());
    EXPECT_FALSE(files.read(QStringLiteral("/elsewhere.mcs"), 17, nullptr).has_value());

    files.remove(db, 17);
    EXPECT_FALSE(QFile::exists(files.pathFor(db, 17)));
    EXPECT_FALSE(files.read(db, 17, nullptr).has_value());
}

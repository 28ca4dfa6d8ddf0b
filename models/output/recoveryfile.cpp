#include "recoveryfile.h"

#include "courseexchange.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mcs {

RecoveryFiles::RecoveryFiles(QString directory)
    : m_directory(std::move(directory))
{
}

QString RecoveryFiles::pathFor(const QString &databaseLocation, qint64 courseId) const
{
    const QByteArray key = QCryptographicHash::hash(
        (databaseLocation + QLatin1Char('#') + QString::number(courseId)).toUtf8(), QCryptographicHash::Sha1);
    return QDir(m_directory).filePath(QString::fromLatin1(key.toHex()) + QStringLiteral(".recovery.json"));
}

bool RecoveryFiles::write(const QString &databaseLocation, const Course &course, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = QStringLiteral("%1: cannot create the folder").arg(m_directory);
        return false;
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("mcstudio-recovery")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("database"), databaseLocation},
        {QStringLiteral("course_id"), double(course.id)},
        {QStringLiteral("row_version"), double(course.rowVersion)},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("course"), QJsonDocument::fromJson(courseToExchangeJson(course)).object()},
    };
    QSaveFile file(pathFor(databaseLocation, course.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<Course> RecoveryFiles::read(const QString &databaseLocation, qint64 courseId, QDateTime *savedAt) const
{
    QFile file(pathFor(databaseLocation, courseId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("mcstudio-recovery")
        || root.value(QStringLiteral("database")).toString() != databaseLocation
        || qint64(root.value(QStringLiteral("course_id")).toDouble()) != courseId)
        return std::nullopt;
    ExchangeError error;
    auto course = courseFromExchangeJson(QJsonDocument(root.value(QStringLiteral("course")).toObject()).toJson(), &error);
    if (!course)
        return std::nullopt;
    course->id = courseId;
    course->rowVersion = qint64(root.value(QStringLiteral("row_version")).toDouble());
    if (savedAt)
        *savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
    return course;
}

void RecoveryFiles::remove(const QString &databaseLocation, qint64 courseId) const
{
    QFile::remove(pathFor(databaseLocation, courseId));
}

} // namespace mcs

#include "samplestatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace mcs::test {

StatementData sampleStatement()
{
    StatementData s;
    s.serial = QStringLiteral("UNIMAS-MC-2026-000123");
    s.learnerName = QStringLiteral("Nurul Aisyah binti Abdullah");
    s.learnerId = QStringLiteral("XXXXXX-XX-5522");
    s.learnerIdLabel = QStringLiteral("NRIC");
    s.courseCode = QStringLiteral("TMN4031MCA");
    s.courseName = QStringLiteral("Micro-Credential in IoT Fundamentals");
    s.programme = QStringLiteral("Bachelor of Computer Science (Network Computing)");
    s.institutionName = QStringLiteral("Universiti Malaysia Sarawak");
    s.institutionStatus = QStringLiteral("Public university, self-accrediting");
    s.language = QStringLiteral("English");
    s.delivery = QStringLiteral("Online distance learning");
    s.modeOfStudy = QStringLiteral("Part-time, self-paced");
    s.courseLevel = QStringLiteral("MQF Level 6 (Bachelor)");
    s.creditHours = 1;
    s.learningHours = 40;
    s.duration = QStringLiteral("6 weeks (2 March 2026 - 12 April 2026)");
    s.enrolmentRequirements = QStringLiteral("Open to all; basic programming recommended");
    s.learningOutcomes = {QStringLiteral("CLO1: Explain the layers of an IoT system"),
                          QStringLiteral("CLO2: Configure a sensor node to publish readings over MQTT"),
                          QStringLiteral("CLO3: Evaluate the security of a small IoT deployment")};
    s.formativePercent = 50;
    s.summativePercent = 50;
    s.grade = QStringLiteral("A-");
    s.qualityAssurance = QStringLiteral("MQA accredited programme (MQA/FA4321)");
    s.awardedOn = QDate(2026, 5, 20);
    s.signatoryName = QStringLiteral("Prof. Dr. Wan Hashim");
    s.signatoryTitle = QStringLiteral("Director, Centre for Flexible Learning");
    s.verificationContact = QStringLiteral("cflex@unimas.my, +60 82-581 000");
    s.verificationUrl = QStringLiteral("https://verify.unimas.my/mms/abc");
    return s;
}

QString decodeQr(const QString &pngPath)
{
    QProcess p;
    p.start(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("--nodbus"), pngPath});
    if (!p.waitForStarted(10000))
        return QStringLiteral("<zbarimg not installed>");
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

void keepArtifact(const QString &path)
{
    const QString dir = qEnvironmentVariable("MCS_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
    QFile::remove(target);
    QFile::copy(path, target);
}

} // namespace mcs::test

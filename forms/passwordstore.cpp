#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace mcs {
namespace {

const QString kService = QStringLiteral("MC Studio");

// qtkeychain's jobs are asynchronous; the dialog that asks waits for the answer.
bool runJob(QKeychain::Job &job, const QString &key, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

} // namespace

std::optional<QString> KeychainPasswordStore::read(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(kService);
    if (!runJob(job, key, error))
        return std::nullopt;
    return job.textData();
}

bool KeychainPasswordStore::write(const QString &key, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(password);
    return runJob(job, key, error);
}

bool KeychainPasswordStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(kService);
    QString why;
    if (runJob(job, key, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace mcs
